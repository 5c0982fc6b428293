package no.kriteriebank.cli;

import no.kriteriebank.docx.DocxFormat;
import no.kriteriebank.render.BinaryFormat;
import no.kriteriebank.render.Format;

/**
 * A document format of {@code --format}: a text format of the renderer, or a binary one (DOCX) written from the
 * document's outline, for which the renderer renders plain text.
 *
 * @param text the renderer's format
 * @param binary the binary format, or null for a text format
 */
record DocumentFormat(Format text, BinaryFormat binary) {
    static final DocumentFormat DOCX = new DocumentFormat(Format.TEXT, DocxFormat.INSTANCE);

    /** The format with this name or extension, or null. */
    static DocumentFormat parse(String name) {
        if (name != null && name.trim().equalsIgnoreCase(DOCX.binary.name())) {
            return DOCX;
        }
        return Format.parse(name).map(f -> new DocumentFormat(f, null)).orElse(null);
    }
}
