package no.kriteriebank.render;

import java.util.List;
import java.util.Map;
import no.kriteriebank.render.outline.Block;

/**
 * A clause in a document section, as the document layout sees it ({@code sections[].clauses[]}): every key of
 * {@link ClauseView} and the clause as the clause layout rendered it.
 *
 * @param clause the clause
 * @param rendered the clause layout's output, stripped, as markup of the format (a template prints it unescaped)
 * @param outline the clause in the document outline (not template data)
 */
record SectionClauseView(ClauseView clause, Object rendered, List<Block> outline) {
    Map<String, Object> toTemplateData() {
        return clause.into(TemplateData.of(17)).put("rendered", rendered).map();
    }
}
