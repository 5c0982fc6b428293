package no.kriteriebank.check;

import java.util.Optional;

/**
 * Every code a {@link TenderChecker} can report, with its usual severity. Codes are stable: programs may match on
 * {@link #code()}, and a code is never reused for another meaning.
 *
 * <p>Codes that start with {@code FOA-7-9-} concern the climate and environment rule as the chosen {@link RuleSet}
 * states it (the code keeps its name whatever provision the rule set cites: anskaffelsesforskriften § 7-9, its
 * successors, or the same rule for utilities and concessions). In a part I procurement that uses no award criteria
 * and states no option, where the rule set says so, their errors are reported as warnings.
 */
public enum FindingCode implements Code {
    /** The tender does not say how § 7-9 is met, and its award model weights no climate and environment. */
    FOA_7_9_APPROACH_MISSING(Severity.ERROR, true),
    /** The tender does not say how § 7-9 is met; it was checked as weighted award criteria. */
    FOA_7_9_APPROACH_INFERRED(Severity.INFO, false),
    /** The chosen § 7-9 option does not exist under the rule set in force (e.g. the old exemption after 2026-06-30). */
    FOA_7_9_OPTION_NOT_VALID(Severity.ERROR, true),
    /** The chosen § 7-9 option must be justified in writing, and the tender records no justification. */
    FOA_7_9_JUSTIFICATION_MISSING(Severity.ERROR, true),
    /**
     * The specification route is claimed, but the tender holds no specification requirement: neither a selected
     * SPECIFICATION criterion nor a requirement of its own (an addition of kind SPECIFICATION).
     */
    FOA_7_9_SPEC_CRITERIA_MISSING(Severity.ERROR, true),
    /** Climate and environment weigh less than the rule set's minimum. */
    FOA_7_9_MIN_WEIGHT(Severity.ERROR, true),
    /**
     * With priorities instead of weights, climate and environment rank below the highest places. An error when the
     * rule set makes the place a duty, or when the lawful alternative (specification requirements and a
     * justification) is not taken either; a note when it is.
     */
    FOA_7_9_PRIORITY_RANK(Severity.ERROR, true),
    /** Weighted award criteria are claimed, but the award model has no climate and environment component. */
    FOA_7_9_ENV_COMPONENT_MISSING(Severity.ERROR, true),
    /** Part I without award criteria: not weighting climate and environment is reported as a warning. */
    FOA_7_9_PART_I(Severity.INFO, false),
    /** The tender names a rule set that does not exist. */
    RULESET_UNKNOWN(Severity.ERROR, false),
    /** No rule set applies on the tender's date, so § 7-9 was not checked. */
    RULESET_NONE(Severity.WARNING, false),
    /** The tender names a rule set that does not apply on its announcement (or invitation) date. */
    RULESET_DATE(Severity.WARNING, false),
    /** The tender gives neither an announcement nor an invitation date, so the rules were chosen by an assumed date. */
    RULESET_DATE_ASSUMED(Severity.WARNING, false),
    /** The tender names a rule set of another regime than its own. */
    RULESET_REGIME(Severity.WARNING, false),
    /** The weights do not sum to exactly 100 %. */
    AWARD_WEIGHT_SUM(Severity.ERROR, false),
    /** A component of a weighted model has no weight. */
    AWARD_WEIGHT_MISSING(Severity.ERROR, false),
    /** A component's weight is zero or negative. */
    AWARD_WEIGHT_POSITIVE(Severity.ERROR, false),
    /** In a priority model, a component has no priority, one below 1, or the same as another component. */
    AWARD_PRIORITY(Severity.ERROR, false),
    /** A component uses a criterion that the tender has not selected. */
    AWARD_CRITERION_NOT_SELECTED(Severity.ERROR, false),
    /** A component uses a selected criterion that is not an award criterion. */
    AWARD_CRITERION_KIND(Severity.ERROR, false),
    /** A selected award criterion is used by no component. */
    AWARD_CRITERION_UNUSED(Severity.ERROR, false),
    /** A climate and environment component uses no award criterion from the bank. */
    AWARD_ENV_NO_CRITERION(Severity.WARNING, false),
    /**
     * A climate and environment award criterion is weighted under another category, which the checker's counting rule
     * (only the category Climate and environment counts towards the minimum weight) leaves out.
     */
    AWARD_ENV_CRITERION_CATEGORY(Severity.INFO, false),
    /**
     * A criterion that adds an amount to the evaluated price (such as a carbon price) is weighted as climate and
     * environment or quality: price counts twice and the declared climate weight does not exist.
     */
    AWARD_PRICE_ADDITION_CATEGORY(Severity.ERROR, false),
    /** A criterion adds an amount to the evaluated price; the finding states its share of the evaluated price. */
    AWARD_PRICE_ADDITION_SHARE(Severity.INFO, false),
    /** A selected criterion is not in the bank. */
    CRITERION_UNKNOWN(Severity.ERROR, false),
    /** A selected criterion is deprecated. */
    CRITERION_DEPRECATED(Severity.WARNING, false),
    /** A selected criterion is pinned to a revision the bank does not have. */
    CRITERION_REVISION(Severity.ERROR, false),
    /** A selected criterion is pinned to an earlier revision that the bank keeps; a newer one exists. */
    CRITERION_REVISION_EARLIER(Severity.INFO, false),
    /** A criterion is selected more than once. */
    CRITERION_DUPLICATE(Severity.WARNING, false),
    /** A selected award criterion asks for no documentation. */
    CRITERION_DOCUMENTATION_MISSING(Severity.ERROR, false),
    /** A selected criterion asks for a label or certificate without accepting equivalents. */
    CRITERION_EQUIVALENT_MISSING(Severity.ERROR, false),
    /** A value is given for a parameter the criterion does not have. */
    CRITERION_PARAMETER_UNKNOWN(Severity.ERROR, false),
    /** A parameter value is of the wrong type or out of bounds. */
    CRITERION_PARAMETER_VALUE(Severity.ERROR, false),
    /** A parameter without a default has no value. */
    CRITERION_PARAMETER_MISSING(Severity.ERROR, false);

    private final String code;
    private final Severity severity;
    private final boolean climateDuty;

    FindingCode(Severity severity, boolean climateDuty) {
        this.code = name().replace('_', '-');
        this.severity = severity;
        this.climateDuty = climateDuty;
    }

    /** {@return the stable code programs match on, e.g. {@code FOA-7-9-MIN-WEIGHT}; JSON writes the code so} */
    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return code;
    }

    /** {@return the severity the code is reported with, before any part I adjustment} */
    public Severity severity() {
        return severity;
    }

    /** Whether the finding enforces the duty of § 7-9, which part I procurements may only be advised on. */
    boolean climateDuty() {
        return climateDuty;
    }

    /**
     * The code for a string such as {@code FOA-7-9-MIN-WEIGHT}.
     *
     * @param code the code as it appears in a finding or a report
     * @return the matching constant, or empty when the string is no known code
     */
    public static Optional<FindingCode> of(String code) {
        for (FindingCode c : values()) {
            if (c.code.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
