package no.kriteriebank.render;

import java.util.List;
import java.util.Map;

/**
 * A section of the buyer's own text, as the layouts see it ({@code additions[]}).
 *
 * @param title the heading
 * @param blocks the text as blocks ({@link Blocks})
 */
record AdditionView(String title, List<Map<String, Object>> blocks) {
    Map<String, Object> toTemplateData() {
        return TemplateData.of(2).put("title", title).put("blocks", blocks).map();
    }
}
