package no.kriteriebank.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Whether a path given to {@code validate} is a bank or a tender. A directory is a bank; so is a file with a
 * top-level {@code publisher} key, which every bank has and no tender may have. Anything else is read as a tender,
 * whose loader then says precisely what is wrong with it.
 */
enum FileKind {
    /** A bank directory or single-file bank. */
    BANK,
    /** A tender file. */
    TENDER;

    private static final Pattern YAML_PUBLISHER = Pattern.compile("^[\"']?publisher[\"']?\\s*:", Pattern.MULTILINE);
    private static final Pattern JSON_PUBLISHER = Pattern.compile("\"publisher\"\\s*:");

    /** The kind of the file or directory; an unreadable file counts as a tender. */
    static FileKind of(Path path) {
        if (Files.isDirectory(path)) {
            return BANK;
        }
        String text;
        try {
            text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return TENDER;
        }
        boolean json = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        return (json ? JSON_PUBLISHER : YAML_PUBLISHER).matcher(text).find() ? BANK : TENDER;
    }
}
