package no.kriteriebank.check;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.Weighting;

/**
 * The award model's arithmetic: weights are positive and sum to exactly 100 (compared as decimals, so 99.99 fails);
 * with priorities, each component has its own place from 1.
 */
final class WeightingRule implements StandardRule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void apply(TenderContext context, Report report) {
        if (context.tender().award() == null) {
            return;
        }
        if (context.tender().award().weighting() == Weighting.PRIORITY) {
            checkPriorities(context.components(), report);
        } else {
            checkWeights(context.components(), report);
        }
    }

    private static void checkWeights(List<AwardComponent> components, Report report) {
        Wording w = report.wording();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < components.size(); i++) {
            AwardComponent c = components.get(i);
            if (c == null) {
                continue;
            }
            String path = "award.components[" + i + "].weight";
            if (c.weight() == null) {
                report.add(FindingCode.AWARD_WEIGHT_MISSING, path, Map.of("component", TenderContext.name(c, i)));
                continue;
            }
            if (c.weight().signum() <= 0) {
                report.add(FindingCode.AWARD_WEIGHT_POSITIVE, path, Map.of(
                        "component", TenderContext.name(c, i), "weight", w.percent(c.weight())));
            }
            total = total.add(c.weight());
        }
        if (total.compareTo(HUNDRED) != 0) {
            report.add(FindingCode.AWARD_WEIGHT_SUM, "award.components",
                    Map.of("total", w.percent(total), "hundred", w.percent(HUNDRED)));
        }
    }

    private static void checkPriorities(List<AwardComponent> components, Report report) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (AwardComponent c : components) {
            if (c != null && c.priority() != null) {
                counts.merge(c.priority(), 1, Integer::sum);
            }
        }
        for (int i = 0; i < components.size(); i++) {
            AwardComponent c = components.get(i);
            if (c == null) {
                continue;
            }
            // Every component that shares a place is reported, so the result does not depend on their order.
            if (c.priority() == null || c.priority() < 1 || counts.get(c.priority()) > 1) {
                report.add(FindingCode.AWARD_PRIORITY, "award.components[" + i + "].priority",
                        Map.of("component", TenderContext.name(c, i)));
            }
        }
    }
}
