package no.kriteriebank.render;

import java.util.Map;
import no.kriteriebank.model.DocumentationDue;

/**
 * One documentation requirement of a clause, as the layouts see it ({@code clause.documentation[]}).
 *
 * @param type the kind of document, in words
 * @param dueCode when it is due
 * @param due when it is due, in words
 * @param text what the supplier hands in
 * @param equivalent whether equivalent documentation is accepted
 */
record DocumentationView(String type, DocumentationDue dueCode, String due, String text, boolean equivalent) {
    Map<String, Object> toTemplateData() {
        return into(TemplateData.of(5)).map();
    }

    /** {@return the data with this requirement's keys added} */
    TemplateData into(TemplateData data) {
        return data.put("type", type).put("due", due).put("dueCode", dueCode.name()).put("text", text)
                .put("equivalent", equivalent);
    }
}
