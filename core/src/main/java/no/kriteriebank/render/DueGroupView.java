package no.kriteriebank.render;

import java.util.List;
import java.util.Map;

/**
 * The documentation rows due at one time, as the layouts see them ({@code documentation[]}).
 *
 * @param due when they are due, in words
 * @param items the rows, in document order
 */
record DueGroupView(String due, List<DocumentationRow> items) {
    Map<String, Object> toTemplateData() {
        return TemplateData.of(2).put("due", due).put("items", TemplateData.list(items, DocumentationRow::toTemplateData))
                .map();
    }
}
