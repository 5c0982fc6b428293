package no.kriteriebank.problem;

/**
 * A place in a text file: 1-based line and column, or {@link #UNKNOWN} (both 0) when a problem has no place, such
 * as a criterion built in code. Problems carry it, and readers hand it on, instead of two loose numbers.
 *
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 */
public record Position(int line, int column) {
    /** No known place. */
    public static final Position UNKNOWN = new Position(0, 0);

    /**
     * Reads a negative number, which parsers give for a place they do not know, as 0.
     *
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     */
    public Position {
        line = Math.max(line, 0);
        column = Math.max(column, 0);
    }

    /** {@return whether the place is known, that is, has a line} */
    public boolean known() {
        return line > 0;
    }

    /** {@return {@code line:column}, as problems print it} */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
