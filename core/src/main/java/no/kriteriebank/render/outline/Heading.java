package no.kriteriebank.render.outline;

import java.util.Objects;

/**
 * A heading. Level 0 is the document title, 1 a section (qualification requirements, award criteria, ...), 2 a
 * clause, 3 a part of a clause (documentation, evaluation, note, guidance).
 *
 * @param level 0 to 3
 * @param text the heading text, with its number where the document numbers it
 */
public record Heading(int level, String text) implements Block {

    /**
     * Checks level and text.
     *
     * @param level 0 to 3
     * @param text the text
     * @throws IllegalArgumentException when the level is outside 0 to 3
     */
    public Heading {
        if (level < 0 || level > 3) {
            throw new IllegalArgumentException("heading level must be 0 to 3, not " + level);
        }
        Objects.requireNonNull(text, "text");
    }
}
