package no.kriteriebank.cli;

import java.nio.file.Path;
import java.util.Optional;
import no.kriteriebank.docx.DocxException;
import no.kriteriebank.docx.FilledTemplate;
import no.kriteriebank.docx.WordTemplate;
import no.kriteriebank.render.Format;
import no.kriteriebank.render.RenderedDocument;
import picocli.CommandLine.Option;

/**
 * Where and how a rendered document goes: {@code --format}, {@code -o FILE} and {@code --into TEMPLATE}. Without
 * {@code --format} the format follows the output file's extension ({@code .md}, {@code .html}, {@code .txt},
 * {@code .docx}), else plain text; {@code --into} implies DOCX.
 *
 * <p>DOCX is binary and is written only to a file: without {@code -o} the command fails with a usage error rather
 * than put a zip on stdout, whether or not stdout is a terminal; the file is written atomically.
 */
final class DocumentOutput {
    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "text, markdown, html or docx (default: from the -o file's extension, else text).")
    private DocumentFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the document to FILE (atomically: all or nothing) instead of stdout; "
                    + "required for docx.")
    private Path file;

    @Option(names = "--into", paramLabel = "TEMPLATE",
            description = "Pour the document into this Word template (.docx/.dotx) at its {{kriteriebank}} or "
                    + "{{kriteriebank:SECTION}} marker paragraphs; implies --format docx.")
    private Path template;

    /** The format chosen, or implied by {@code --into} or the output file's name. */
    DocumentFormat documentFormat() {
        if (format != null) {
            return format;
        }
        if (template != null) {
            return DocumentFormat.DOCX;
        }
        if (file != null) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot > 0) {
                Optional<DocumentFormat> implied = OutputFormats.STANDARD.document(name.substring(dot + 1));
                if (implied.isPresent()) {
                    return implied.get();
                }
            }
        }
        return new DocumentFormat(Format.TEXT, null);
    }

    /** The format the renderer renders in: the text format, or plain text for a binary format. */
    Format format() {
        DocumentFormat f = documentFormat();
        if (f.binary() != null && file == null) {
            throw new CommandException(ExitCode.USAGE, f.binary().name() + " is a binary format and is not written "
                    + "to stdout; give -o FILE." + f.binary().extension());
        }
        if (template != null && f.binary() == null) {
            throw new CommandException(ExitCode.USAGE, "--into fills a Word template; it needs --format docx, not "
                    + f.text().name());
        }
        return f.text();
    }

    /** Writes the document to the file, or to stdout; warnings of a template go to stderr. */
    void write(Terminal terminal, RenderedDocument document) {
        DocumentFormat f = documentFormat();
        if (f.binary() != null) {
            byte[] bytes;
            try {
                if (template == null) {
                    bytes = f.binary().write(document);
                } else {
                    FilledTemplate filled = WordTemplate.open(template).fill(document);
                    filled.warnings().forEach(w -> terminal.err().println("warning: " + w));
                    bytes = filled.bytes();
                }
            } catch (DocxException e) {
                throw new CommandException(ExitCode.USAGE, e.getMessage(), e);
            }
            new OutputFile(file).write(bytes);
            return;
        }
        String text = document.text();
        if (file == null) {
            terminal.out().print(text);
            if (!text.endsWith("\n")) {
                terminal.out().println();
            }
        } else {
            new OutputFile(file).write(text);
        }
    }
}
