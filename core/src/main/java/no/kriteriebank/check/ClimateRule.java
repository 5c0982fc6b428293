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
 * The climate and environment rule of § 7-9, as the rule set in force states it: the chosen option must exist in
 * the rule set and be justified where it says so; the specification route needs specification requirements; weighted
 * award criteria need a climate and environment component that reaches the minimum weight, or with priorities, one
 * of the highest places.
 */
final class ClimateRule implements Rule {

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

        EnvironmentOption option = tender.environment() == null ? null : tender.environment().option();
        if (option == null) {
            if (!environment.isEmpty() && p.options().contains(EnvironmentOption.AWARD_CRITERIA)) {
                option = EnvironmentOption.AWARD_CRITERIA;
                report.add(FindingCode.FOA_7_9_APPROACH_INFERRED, "environment", Map.of("option", w.option(option)));
            } else {
                report.add(FindingCode.FOA_7_9_APPROACH_MISSING, "environment",
                        Map.of("options", w.options(p.options())));
                return;
            }
        }
        if (!p.options().contains(option)) {
            report.add(FindingCode.FOA_7_9_OPTION_NOT_VALID, "environment.option", Map.of(
                    "option", w.option(option),
                    "ruleSet", w.ruleSet(ruleSet),
                    "period", w.period(ruleSet),
                    "options", w.options(p.options())));
            return;
        }
        String justification = tender.environment() == null ? null : tender.environment().justification();
        if (p.justificationRequired().contains(option) && (justification == null || justification.isBlank())) {
            report.add(FindingCode.FOA_7_9_JUSTIFICATION_MISSING, "environment.justification",
                    Map.of("option", w.option(option), "ruleSet", w.ruleSet(ruleSet)));
        }
        if (option == EnvironmentOption.SPECIFICATION && p.specificationCriteriaRequired()
                && context.selections().stream().noneMatch(s -> s.isKind(CriterionKind.SPECIFICATION))) {
            report.add(FindingCode.FOA_7_9_SPEC_CRITERIA_MISSING, "environment.option",
                    Map.of("option", w.option(option), "kind", w.text(CriterionKind.SPECIFICATION.label())));
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
     * gaps (1, 2, 5) and ties cannot lift climate and environment above where they really stand.
     */
    private static void checkPriority(TenderContext context, Report report, List<Integer> environment,
            RuleSet ruleSet) {
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
        if (rank > highest) {
            List<Integer> atBest = new ArrayList<>();
            for (int i : environment) {
                if (best.equals(components.get(i).priority())) {
                    atBest.add(i);
                }
            }
            String path = atBest.size() == 1 ? "award.components[" + atBest.get(0) + "].priority" : "award.components";
            Wording w = report.wording();
            report.add(FindingCode.FOA_7_9_PRIORITY_RANK, path, Map.of(
                    "rank", Integer.toString(rank),
                    "highest", Integer.toString(highest),
                    "ruleSet", w.ruleSet(ruleSet),
                    "unconfirmed", unconfirmed(w, ruleSet, "highestEnvironmentPriority")));
        }
    }

    /** A sentence saying the value is not confirmed against the law, when the rule set's notes say so. */
    private static String unconfirmed(Wording w, RuleSet ruleSet, String parameter) {
        return ruleSet.isConfirmed(parameter) ? "" : w.phrase("note.unconfirmed", Map.of("ruleSetId", ruleSet.id()));
    }
}
