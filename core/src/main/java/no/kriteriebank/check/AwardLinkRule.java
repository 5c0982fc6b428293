package no.kriteriebank.check;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;

/**
 * The links between the award model and the selected criteria: every criterion a component uses is selected and is
 * an award criterion; every selected award criterion is used by a component; a climate and environment component
 * uses at least one award criterion, so suppliers know what is evaluated.
 */
final class AwardLinkRule implements StandardRule {

    @Override
    public void apply(TenderContext context, Report report) {
        Wording w = report.wording();
        List<AwardComponent> components = context.components();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < components.size(); i++) {
            AwardComponent component = components.get(i);
            if (component == null) {
                continue;
            }
            String name = TenderContext.name(component, i);
            int awardCriteria = 0;
            for (int j = 0; j < component.criteria().size(); j++) {
                String reference = component.criteria().get(j);
                if (reference == null) {
                    continue;
                }
                String id = TenderContext.unpinned(reference);
                used.add(id);
                String path = "award.components[" + i + "].criteria[" + j + "]";
                Optional<TenderContext.Selection> selection = context.selection(id);
                if (selection.isEmpty()) {
                    report.add(FindingCode.AWARD_CRITERION_NOT_SELECTED, path,
                            Map.of("criterion", id, "component", name));
                    continue;
                }
                TenderContext.Selection s = selection.get();
                if (s.criterion() == null) {
                    continue; // unknown to the bank: reported once, at the selection
                }
                if (s.criterion().kind() != CriterionKind.AWARD) {
                    report.add(FindingCode.AWARD_CRITERION_KIND, path, Map.of(
                            "criterion", id,
                            "kind", w.text(s.criterion().kind().label()),
                            "component", name));
                    continue;
                }
                awardCriteria++;
                if (component.category() == AwardCategory.QUALITY && !PriceAdditionRule.isPriceAddition(s.criterion())) {
                    report.add(FindingCode.AWARD_ENV_CRITERION_CATEGORY, path, Map.of(
                            "criterion", id,
                            "component", name,
                            "category", w.category(AwardCategory.QUALITY),
                            "environment", w.category(AwardCategory.ENVIRONMENT)));
                }
            }
            if (component.category() == AwardCategory.ENVIRONMENT && awardCriteria == 0) {
                report.add(FindingCode.AWARD_ENV_NO_CRITERION, "award.components[" + i + "].criteria",
                        Map.of("component", name));
            }
        }
        for (TenderContext.Selection s : context.selections()) {
            if (s.isKind(CriterionKind.AWARD) && !used.contains(s.id())) {
                report.add(FindingCode.AWARD_CRITERION_UNUSED, s.path(), Map.of("criterion", s.id()));
            }
        }
    }
}
