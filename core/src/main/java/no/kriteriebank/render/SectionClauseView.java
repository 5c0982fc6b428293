package no.kriteriebank.render;

import java.util.Map;

/**
 * A clause in a document section, as the document layout sees it ({@code sections[].clauses[]}): every key of
 * {@link ClauseView} and the clause as the clause layout rendered it.
 *
 * @param clause the clause
 * @param rendered the clause layout's output, stripped, as markup of the format (a template prints it unescaped)
 */
record SectionClauseView(ClauseView clause, Object rendered) {
    Map<String, Object> toTemplateData() {
        return clause.into(TemplateData.of(17)).put("rendered", rendered).map();
    }
}
