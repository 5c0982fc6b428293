package no.kriteriebank.render;

/**
 * One rendered clause, for systems that place clauses in their own documents.
 *
 * @param id the criterion id
 * @param revision the criterion revision the text comes from
 * @param kind the kind ({@code QUALIFICATION}, {@code SPECIFICATION}, {@code AWARD}, {@code CONTRACT_CLAUSE})
 * @param title the title in the rendered language
 * @param text the clause in the rendered format: heading, text, note and documentation
 * @param plainText the clause body as plain text, without heading or documentation
 * @param fallback whether bokmål was used because the language's text is missing
 */
public record RenderedClause(String id, int revision, String kind, String title, String text, String plainText,
        boolean fallback) {

    /** {@return the pinned key, {@code TRA-01@2}} */
    public String key() {
        return no.kriteriebank.model.CriterionRef.key(id, revision);
    }
}
