package no.kriteriebank.render;

import java.util.List;
import no.kriteriebank.model.Language;
import no.kriteriebank.render.outline.DocumentOutline;

/**
 * A rendered document: the whole text in one format and language, the same content as sections and clauses, and as
 * a format-neutral outline from which binary formats such as DOCX are written.
 *
 * @param text the full document
 * @param format the format of {@code text}
 * @param language the language rendered
 * @param sections the sections that have clauses, in document order
 * @param outline the whole document as headings, paragraphs, lists and tables, in the order of {@code text}
 */
public record RenderedDocument(String text, Format format, Language language, List<RenderedSection> sections,
        DocumentOutline outline) {

    /**
     * Copies the section list.
     *
     * @param sections the sections, in document order
     * @param text the whole document in the output format
     * @param format the output format
     * @param language the language it is written in
     * @param outline the document outline
     */
    public RenderedDocument {
        sections = List.copyOf(sections);
    }

    /**
     * A document without an outline, as before outlines existed.
     *
     * @param text the whole document in the output format
     * @param format the output format
     * @param language the language it is written in
     * @param sections the sections, in document order
     */
    public RenderedDocument(String text, Format format, Language language, List<RenderedSection> sections) {
        this(text, format, language, sections, new DocumentOutline("", null, "", "", "", List.of()));
    }

    /** {@return all clauses of all sections, in document order} */
    public List<RenderedClause> clauses() {
        return sections.stream().flatMap(s -> s.clauses().stream()).toList();
    }
}
