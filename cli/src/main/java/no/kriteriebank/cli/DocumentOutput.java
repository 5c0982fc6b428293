package no.kriteriebank.cli;

import java.nio.file.Path;
import no.kriteriebank.render.Format;
import picocli.CommandLine.Option;

/**
 * Where and how a rendered document goes: {@code --format} and {@code -o FILE}. Without {@code --format} the format
 * follows the output file's extension ({@code .md}, {@code .html}, {@code .txt}), else plain text.
 */
final class DocumentOutput {
    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "text, markdown or html (default: from the -o file's extension, else text).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the document to FILE (atomically: all or nothing) instead of stdout.")
    private Path file;

    /** The format chosen, or implied by the output file's name. */
    Format format() {
        if (format != null) {
            return format;
        }
        if (file != null) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot > 0) {
                return Format.parse(name.substring(dot + 1)).orElse(Format.TEXT);
            }
        }
        return Format.TEXT;
    }

    /** Writes the document to the file, or to stdout. */
    void write(Terminal terminal, String text) {
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
