package no.kriteriebank.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.Tender;
import no.kriteriebank.tender.Weighting;

/**
 * The climate and environment rule as the rule set in force states it: the chosen option must exist in the rule set
 * and be justified where it says so; the specification route needs specification requirements (from the bank or the
 * buyer's own) and rests on a better effect; weighted award criteria need a climate and environment component that
 * reaches the minimum weight, or with priorities, one of the highest places or the rule set's alternative to them.
 * Every parameter it reads is recorded, so the unconfirmed points behind a result can be shown.
 */
final class ClimateRule implements StandardRule {

    @Override
    public void apply(TenderContext context, Report report) {
        RuleSet ruleSet = context.ruleSet();
        if (ruleSet == null) {
            return;
        }
        RuleParameters p = ruleSet.parameters();
        Tender tender = context.tender();
        Wording w = report.wording();
        List<Integer> environment = context.environmentComponents();

        report.consult("options");
        EnvironmentOption option = tender.environment() == null ? null : tender.environment().option();
        if (option == null) {
            if (!environment.isEmpty() && p.options().contains(EnvironmentOption.AWARD_CRITERIA)) {
                option = EnvironmentOption.AWARD_CRITERIA;
                report.add(FindingCode.FOA_7_9_APPROACH_INFERRED, "environment",
                        Map.of("option", w.option(option), "citation", w.citation(ruleSet)));
            } else {
                report.add(FindingCode.FOA_7_9_APPROACH_MISSING, "environment",
                        Map.of("options", w.options(p.options()), "citation", w.citation(ruleSet)));
                return;
            }
        }
        if (!p.options().contains(option)) {
            report.add(FindingCode.FOA_7_9_OPTION_NOT_VALID, "environment.option", Map.of(
                    "option", w.option(option),
                    "ruleSet", w.ruleSet(ruleSet),
                    "options", w.options(p.options())));
            return;
        }
        report.consult("justificationRequired");
        if (p.justificationRequired().contains(option) && !context.hasJustification()) {
            if (option == EnvironmentOption.SPECIFICATION) {
                report.consult("specificationCondition");
                report.add(FindingCode.FOA_7_9_JUSTIFICATION_MISSING, Severity.ERROR,
                        "FOA-7-9-JUSTIFICATION-MISSING.specification", "environment.justification", Map.of(
                                "option", w.option(option),
                                "ruleSet", w.ruleSet(ruleSet),
                                "condition", w.text(p.specificationCondition()),
                                "unconfirmed", unconfirmed(w, ruleSet, "justificationRequired")));
            } else {
                report.add(FindingCode.FOA_7_9_JUSTIFICATION_MISSING, "environment.justification", Map.of(
                        "option", w.option(option),
                        "ruleSet", w.ruleSet(ruleSet),
                        "unconfirmed", unconfirmed(w, ruleSet, "justificationRequired")));
            }
        }
        if (option == EnvironmentOption.SPECIFICATION) {
            report.consult("specificationCriteriaRequired");
            if (p.specificationCriteriaRequired() && !context.hasSpecificationRequirement()) {
                report.add(FindingCode.FOA_7_9_SPEC_CRITERIA_MISSING, "environment.option", Map.of(
                        "option", w.option(option),
                        "kind", w.text(CriterionKind.SPECIFICATION.label())));
            }
        }
        if (option != EnvironmentOption.AWARD_CRITERIA) {
            return;
        }
        if (environment.isEmpty()) {
            report.add(FindingCode.FOA_7_9_ENV_COMPONENT_MISSING, tender.award() == null ? "award" : "award.components",
                    Map.of("option", w.option(option), "category", w.category(AwardCategory.ENVIRONMENT)));
            return;
        }
        if (tender.award().weighting() == Weighting.PRIORITY) {
            checkPriority(context, report, environment, ruleSet);
        } else {
            checkWeight(context, report, environment, ruleSet);
        }
    }

    private static void checkWeight(TenderContext context, Report report, List<Integer> environment, RuleSet ruleSet) {
        report.consult("minimumEnvironmentWeight");
        BigDecimal minimum = ruleSet.parameters().minimumEnvironmentWeight();
        BigDecimal weight = BigDecimal.ZERO;
        for (int i : environment) {
            BigDecimal w = context.components().get(i).weight();
            if (w != null) {
                weight = weight.add(w);
            }
        }
        if (weight.compareTo(minimum) < 0) {
            String path = environment.size() == 1 ? "award.components[" + environment.get(0) + "].weight"
                    : "award.components";
            Wording w = report.wording();
            report.add(FindingCode.FOA_7_9_MIN_WEIGHT, path, Map.of(
                    "weight", w.percent(weight),
                    "minimum", w.percent(minimum),
                    "ruleSet", w.ruleSet(ruleSet),
                    "unconfirmed", unconfirmed(w, ruleSet, "minimumEnvironmentWeight")));
        }
    }

    /**
     * Counts places, not numbers: a component stands after every component with a smaller priority number, so
     * gaps (1, 2, 5) and ties cannot lift climate and environment above where they really stand. Where the rule set
     * has an alternative to the place (2024: § 7-9 (3) "bør", (4) second sentence), a lower place is an error only
     * when the tender has neither specification requirements nor a justification.
     */
    private static void checkPriority(TenderContext context, Report report, List<Integer> environment,
            RuleSet ruleSet) {
        report.consult("highestEnvironmentPriority");
        List<AwardComponent> components = context.components();
        Integer best = null;
        for (int i : environment) {
            Integer priority = components.get(i).priority();
            if (priority != null && priority >= 1 && (best == null || priority < best)) {
                best = priority;
            }
        }
        if (best == null) {
            return; // every climate component lacks a valid priority; the weighting rule reports that
        }
        int rank = 1;
        for (AwardComponent c : components) {
            if (c != null && c.priority() != null && c.priority() >= 1 && c.priority() < best) {
                rank++;
            }
        }
        int highest = ruleSet.parameters().highestEnvironmentPriority();
        if (rank <= highest) {
            return;
        }
        List<Integer> atBest = new ArrayList<>();
        for (int i : environment) {
            if (best.equals(components.get(i).priority())) {
                atBest.add(i);
            }
        }
        String path = atBest.size() == 1 ? "award.components[" + atBest.get(0) + "].priority" : "award.components";
        Wording w = report.wording();
        report.consult("priorityFallback");
        String unconfirmed = unconfirmed(w, ruleSet, "highestEnvironmentPriority", "priorityFallback");
        Map<String, String> args = Map.of(
                "rank", Integer.toString(rank),
                "highest", Integer.toString(highest),
                "ruleSet", w.ruleSet(ruleSet),
                "missing", missing(w, context),
                "unconfirmed", unconfirmed);
        String key = FindingCode.FOA_7_9_PRIORITY_RANK.code();
        if (!ruleSet.parameters().priorityFallback()) {
            report.add(FindingCode.FOA_7_9_PRIORITY_RANK, Severity.ERROR, key + ".duty", path, args);
        } else if (context.hasSpecificationRequirement() && context.hasJustification()) {
            report.add(FindingCode.FOA_7_9_PRIORITY_RANK, Severity.INFO, key + ".alternative", path, args);
        } else {
            report.add(FindingCode.FOA_7_9_PRIORITY_RANK, Severity.ERROR, key, path, args);
        }
    }

    /** What the tender lacks of the alternative to a high place: specification requirements, a justification, both. */
    private static String missing(Wording w, TenderContext context) {
        boolean requirements = context.hasSpecificationRequirement();
        boolean justification = context.hasJustification();
        String key = !requirements && !justification ? "missing.both" : !requirements ? "missing.requirements"
                : "missing.justification";
        return w.phrase(key, Map.of());
    }

    /** A sentence saying a value is not confirmed against the law, when the rule set's notes say so of any point. */
    private static String unconfirmed(Wording w, RuleSet ruleSet, String... points) {
        for (String point : points) {
            if (!ruleSet.isConfirmed(point)) {
                return w.phrase("note.unconfirmed", Map.of("ruleSetId", ruleSet.id()));
            }
        }
        return "";
    }
}
