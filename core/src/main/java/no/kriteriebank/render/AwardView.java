package no.kriteriebank.render;

import java.util.List;
import java.util.Map;

/**
 * A tender's award model, as the layouts see it ({@code award}).
 *
 * @param weighting {@code WEIGHTS} or {@code PRIORITY}
 * @param components the lines of the model
 * @param total the sum of the weights, {@code 100 %}
 */
record AwardView(String weighting, List<AwardComponentView> components, String total) {
    Map<String, Object> toTemplateData() {
        return TemplateData.of(3).put("weighting", weighting)
                .put("components", TemplateData.list(components, AwardComponentView::toTemplateData))
                .put("total", total).map();
    }
}
