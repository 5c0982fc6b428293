package no.kriteriebank.render;

import java.util.List;
import java.util.Map;

/**
 * One line of the award model, as the layouts see it ({@code award.components[]}).
 *
 * @param name the component's name
 * @param category its category, in words
 * @param weight its weight, {@code 60 %}, or null under priority weighting
 * @param priority its rank, or null under weights
 * @param criteria the criteria it is scored by
 * @param description the buyer's description, or null
 */
record AwardComponentView(String name, String category, String weight, String priority,
        List<AwardCriterionView> criteria, String description) {
    Map<String, Object> toTemplateData() {
        return TemplateData.of(6).put("name", name).put("category", category).put("weight", weight)
                .put("priority", priority).put("criteria", TemplateData.list(criteria, AwardCriterionView::toTemplateData))
                .put("description", description).map();
    }
}
