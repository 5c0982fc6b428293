package no.kriteriebank.render;

/**
 * An output format that writes a rendered document as bytes, from its {@link RenderedDocument#outline() outline}
 * rather than its text, such as Word (DOCX) in the module {@code kriteriebank-docx}. Core knows no binary format
 * itself, so it stays free of their libraries.
 */
public interface BinaryFormat {

    /** {@return the format's name as the command line takes it, e.g. {@code docx}} */
    String name();

    /** {@return the usual file extension, without the dot} */
    String extension();

    /**
     * Writes a document. The same document always gives the same bytes.
     *
     * @param document a rendered document, in any text format
     * @return the file's bytes
     */
    byte[] write(RenderedDocument document);
}
