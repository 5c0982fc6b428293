package no.kriteriebank.render;

import java.util.Map;

/**
 * A criterion an award component is scored by, as the layouts see it ({@code award.components[].criteria[]}).
 *
 * @param id the criterion id
 * @param title its title in the document, or the id when the tender does not select it
 * @param anchor the anchor of its clause
 */
record AwardCriterionView(String id, String title, String anchor) {
    Map<String, Object> toTemplateData() {
        return TemplateData.of(3).put("id", id).put("title", title).put("anchor", anchor).map();
    }
}
