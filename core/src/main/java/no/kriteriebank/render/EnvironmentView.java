package no.kriteriebank.render;

import java.util.Map;

/**
 * How the tender meets the climate and environment rule, as the layouts see it ({@code environment}).
 *
 * @param heading the section heading, with the provision when it is confirmed
 * @param option the chosen option in words
 * @param justification the buyer's justification, or null
 */
record EnvironmentView(String heading, String option, String justification) {
    Map<String, Object> toTemplateData() {
        return TemplateData.of(3).put("heading", heading).put("option", option).put("justification", justification)
                .map();
    }
}
