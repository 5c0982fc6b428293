package no.kriteriebank.render;

import java.util.Map;

/**
 * One row of a document's consolidated documentation list, as the layouts see it
 * ({@code documentation[].items[]}): the requirement and the clause it belongs to.
 *
 * @param requirement the requirement
 * @param clauseKey the clause's pinned key, {@code BYG-02@2}
 * @param clauseNumber the clause's number in the document, {@code 2.1}
 * @param clauseTitle the clause's title
 * @param anchor the clause's anchor
 */
record DocumentationRow(DocumentationView requirement, String clauseKey, String clauseNumber, String clauseTitle,
        String anchor) {
    Map<String, Object> toTemplateData() {
        return requirement.into(TemplateData.of(9)).put("clauseKey", clauseKey).put("clauseNumber", clauseNumber)
                .put("clauseTitle", clauseTitle).put("anchor", anchor).map();
    }
}
