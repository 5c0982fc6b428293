package no.kriteriebank.render.outline;

import java.util.Objects;

/**
 * A run of text in one style. A line break inside a cell is a {@code \n} in the text.
 *
 * @param text the text, never null
 * @param strong whether it is set in bold
 * @param emphasis whether it is set in italics
 */
public record Span(String text, boolean strong, boolean emphasis) {

    /**
     * Checks the text.
     *
     * @param text the text
     * @param strong bold
     * @param emphasis italics
     */
    public Span {
        Objects.requireNonNull(text, "text");
    }

    /**
     * {@return plain text}
     *
     * @param text the text
     */
    public static Span plain(String text) {
        return new Span(text, false, false);
    }

    /**
     * {@return bold text}
     *
     * @param text the text
     */
    public static Span strong(String text) {
        return new Span(text, true, false);
    }
}
