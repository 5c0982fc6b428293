package no.kriteriebank.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.kriteriebank.internal.DidYouMean;
import no.kriteriebank.internal.ModelValidation;
import no.kriteriebank.tender.Regime;
import no.kriteriebank.tender.Tender;

/**
 * The rule sets a {@link TenderChecker} can check against, in date order, with no two of one regime in force on the
 * same day.
 *
 * <p>{@link #standard()} holds the rule sets shipped with Kriteriebank, read from {@code law.yaml} (see {@link Law}):
 * a change in the law is a change of that file, not new code. Instances are immutable and thread-safe.
 */
public final class RuleSets {
    static final String RESOURCE_DIRECTORY = "no/kriteriebank/check/";

    private final List<RuleSet> all;
    private final Map<String, RuleSet> byId;

    private RuleSets(List<RuleSet> sorted) {
        this.all = List.copyOf(sorted);
        Map<String, RuleSet> index = new LinkedHashMap<>();
        for (RuleSet r : all) {
            index.put(r.id(), r);
        }
        this.byId = Collections.unmodifiableMap(index);
    }

    /** {@return the rule sets shipped with Kriteriebank, read once on first use} */
    public static RuleSets standard() {
        return Law.standard().ruleSets();
    }

    /**
     * Rule sets of your own, e.g. a rule set for a change in the law that Kriteriebank does not ship yet.
     *
     * @param ruleSets the rule sets, in any order
     * @return the rule sets, sorted by the day they come into force
     * @throws IllegalArgumentException when a rule set is invalid, two share an id, two periods of one regime
     *     overlap, or a note names no known point (every unconfirmed note must name one)
     */
    public static RuleSets of(List<RuleSet> ruleSets) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> points = Arrays.stream(RuleParameters.class.getRecordComponents())
                .map(c -> c.getName()).collect(Collectors.toCollection(HashSet::new));
        points.add(RuleSet.CITATION);
        points.add(RuleSet.VALIDITY);
        for (RuleSet r : ruleSets) {
            if (r == null) {
                problems.add("a rule set is null");
                continue;
            }
            for (ModelValidation.Violation v : ModelValidation.validate(r)) {
                problems.add(r.id() + ": " + v.path() + ": " + v.message());
            }
            if (r.id() != null && !ids.add(r.id())) {
                problems.add(r.id() + ": the id is used twice");
            }
            if (r.validFrom() != null && r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
                problems.add(r.id() + ": validTo " + r.validTo() + " is before validFrom " + r.validFrom());
            }
            if (r.parameters() != null && !r.parameters().options().containsAll(r.parameters().justificationRequired())) {
                problems.add(r.id() + ": parameters.justificationRequired names options that are not in parameters.options");
            }
            for (int i = 0; i < r.notes().size(); i++) {
                RuleNote note = r.notes().get(i);
                String name = note == null ? null : note.parameter();
                if (name != null && !points.contains(name)) {
                    problems.add(r.id() + ": notes[" + i + "].parameter: there is no parameter '" + name + "'");
                }
                if (note != null && name == null && note.status() == RuleNote.Status.UNCONFIRMED) {
                    problems.add(r.id() + ": notes[" + i + "].parameter: an unconfirmed note must name the point it "
                            + "is about, or it would be ignored");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid rule sets:\n" + String.join("\n", problems));
        }
        List<RuleSet> sorted = new ArrayList<>(ruleSets);
        sorted.sort(Comparator.comparing(RuleSet::validFrom).thenComparing(RuleSet::id));
        for (Regime regime : Regime.values()) {
            List<RuleSet> ofRegime = sorted.stream().filter(r -> r.regime() == regime).toList();
            for (int i = 1; i < ofRegime.size(); i++) {
                RuleSet before = ofRegime.get(i - 1);
                RuleSet after = ofRegime.get(i);
                if (before.validTo() == null || !before.validTo().isBefore(after.validFrom())) {
                    problems.add(before.id() + " and " + after.id() + " are both in force on " + after.validFrom());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("overlapping rule sets:\n" + String.join("\n", problems));
        }
        return new RuleSets(sorted);
    }

    /**
     * Rule sets that {@link #of(List)} accepted, in the order it gave them, without checking them again: for the
     * law's build-time snapshot, which is only ever written from rule sets {@link #of(List)} made.
     *
     * @param sorted the rule sets of {@link #all()}
     * @return the rule sets
     */
    static RuleSets checked(List<RuleSet> sorted) {
        return new RuleSets(sorted);
    }

    /** {@return all rule sets, earliest first} */
    public List<RuleSet> all() {
        return all;
    }

    /**
     * The rule sets of one regime.
     *
     * @param regime the regime
     * @return its rule sets, earliest first
     */
    public List<RuleSet> all(Regime regime) {
        return all.stream().filter(r -> r.regime() == regime).toList();
    }

    /**
     * The rule set with an id.
     *
     * @param id a rule set id, e.g. {@code foa-7-9-2024}
     * @return the rule set, or empty when no rule set has that id
     */
    public Optional<RuleSet> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The rule set of classic procurement in force on a day.
     *
     * @param date the day, e.g. a tender's announcement date
     * @return the rule set in force on {@code date}, or empty when none is
     */
    public Optional<RuleSet> on(LocalDate date) {
        return on(Regime.PROCUREMENT, date);
    }

    /**
     * The rule set of a regime in force on a day.
     *
     * @param regime the regime
     * @param date the day, e.g. a tender's announcement date
     * @return the rule set in force on {@code date}, or empty when none is
     */
    public Optional<RuleSet> on(Regime regime, LocalDate date) {
        Objects.requireNonNull(regime, "regime");
        return all.stream().filter(r -> r.regime() == regime && r.appliesOn(date)).findFirst();
    }

    /**
     * The rule set a tender names, else the one of its regime in force on its announcement date (or, when it is not
     * announced, its invitation date). Never today's date: the answer depends on the tender alone.
     *
     * @param tender the tender
     * @return the rule set, or empty when the tender names none that exists and gives no date covered by one
     */
    public Optional<RuleSet> forTender(Tender tender) {
        String named = tender.ruleSet() == null ? null : tender.ruleSet().trim();
        if (named != null && byId.containsKey(named)) {
            return Optional.of(byId.get(named));
        }
        LocalDate date = tender.decisiveDate();
        return date == null ? Optional.empty() : on(tender.effectiveRegime(), date);
    }

    /**
     * The known id closest to a misspelt one, for "did you mean" hints.
     *
     * @param id an id that matched no rule set
     * @return the closest known id, or empty when none is close
     */
    public Optional<String> suggest(String id) {
        return DidYouMean.closest(id, byId.keySet());
    }

    @Override
    public String toString() {
        return "RuleSets" + byId.keySet();
    }
}
