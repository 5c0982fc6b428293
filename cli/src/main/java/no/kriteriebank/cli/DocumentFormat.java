package no.kriteriebank.cli;

import java.util.Locale;
import no.kriteriebank.docx.DocxFormat;
import no.kriteriebank.render.BinaryFormat;
import no.kriteriebank.render.Format;

/**
 * A document format of {@code --format}: a text format of the renderer, or a binary one (DOCX) written from the
 * document's outline, for which the renderer renders plain text. {@link OutputFormats} lists them.
 *
 * @param text the renderer's format
 * @param binary the binary format, or null for a text format
 */
record DocumentFormat(Format text, BinaryFormat binary) {
    /** Word, which {@code --into} implies. */
    static final DocumentFormat DOCX = new DocumentFormat(Format.TEXT, DocxFormat.INSTANCE);

    /** {@return the name {@code --format} takes} */
    String name() {
        return binary == null ? text.name() : binary.name();
    }

    /** Whether this is the format of that name or file extension, ignoring case and surrounding blanks. */
    boolean matches(String nameOrExtension) {
        String n = nameOrExtension == null ? "" : nameOrExtension.trim().toLowerCase(Locale.ROOT);
        return binary == null ? n.equals(text.name()) || n.equals(text.extension())
                : n.equals(binary.name()) || n.equals(binary.extension());
    }
}
