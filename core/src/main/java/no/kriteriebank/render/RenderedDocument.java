package no.kriteriebank.render;

import java.util.List;
import no.kriteriebank.model.Language;

/**
 * A rendered document: the whole text in one format and language, and the same content as sections and clauses.
 *
 * @param text the full document
 * @param format the format of {@code text}
 * @param language the language rendered
 * @param sections the sections that have clauses, in document order
 */
public record RenderedDocument(String text, Format format, Language language, List<RenderedSection> sections) {

    /**
     * Copies the section list.
     *
     * @param sections the sections, in document order
     * @param text the whole document in the output format
     * @param format the output format
     * @param language the language it is written in
     */
    public RenderedDocument {
        sections = List.copyOf(sections);
    }

    /** {@return all clauses of all sections, in document order} */
    public List<RenderedClause> clauses() {
        return sections.stream().flatMap(s -> s.clauses().stream()).toList();
    }
}
