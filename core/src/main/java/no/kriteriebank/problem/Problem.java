package no.kriteriebank.problem;

import java.util.Comparator;

/**
 * One thing wrong with a bank or tender file, where it is and what was expected.
 *
 * @param file the file name as given to the loader, or null for objects built in code
 * @param position the line and column, or {@link Position#UNKNOWN}
 * @param path the field path inside the file, e.g. {@code criteria[3].documentation[0].type}; empty for the whole file
 * @param message what is wrong and what was expected
 */
public record Problem(String file, Position position, String path, String message) {

    /** Orders problems by file, position, path and message, so reports are stable. */
    public static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.file == null ? "" : p.file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::path)
            .thenComparing(Problem::message);

    /**
     * Requires a position, possibly {@link Position#UNKNOWN}.
     *
     * @param file the file name as given to the loader, or null for objects built in code
     * @param position the line and column, or {@link Position#UNKNOWN}
     * @param path the field path inside the file; empty for the whole file
     * @param message what is wrong and what was expected
     */
    public Problem {
        java.util.Objects.requireNonNull(position, "position");
    }

    /**
     * A problem at a line and column given as numbers.
     *
     * @param file the file name as given to the loader, or null for objects built in code
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param path the field path inside the file; empty for the whole file
     * @param message what is wrong and what was expected
     */
    public Problem(String file, int line, int column, String path, String message) {
        this(file, new Position(line, column), path, message);
    }

    /** {@return the 1-based line, or 0 when unknown} */
    public int line() {
        return position.line();
    }

    /** {@return the 1-based column, or 0 when unknown} */
    public int column() {
        return position.column();
    }

    /**
     * {@code file:line:column: path: message}, leaving out the parts that are unknown; control characters are written
     * as visible escapes, so a hostile key cannot drive the terminal that shows the problem.
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (file != null) {
            out.append(file).append(':');
            if (position.known()) {
                out.append(position).append(':');
            }
            out.append(' ');
        }
        if (!path.isEmpty()) {
            out.append(path).append(": ");
        }
        // a file name, key or value quoted in a message may hold control characters: show them, never send them
        return visible(out.append(message).toString());
    }

    /**
     * Each control character (C0 except tab, line feed and carriage return; DEL; C1) written as <code>&#92;uXXXX</code>.
     * The same as the internal {@code ControlCharacters.escape}, which this leaf package may not depend on;
     * {@code ProblemTest} holds the two together.
     */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
