package no.kriteriebank.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A reference to a criterion as tenders and award components write it: an id ({@code TRA-01}, {@code gki:TRA-01}),
 * or a pinned key that holds a tender to one revision ({@code TRA-01@2}). This is the one place that reads and
 * writes the {@code id@revision} form; {@link #parse(String)} and {@link #toString()} are each other's inverse.
 *
 * @param id the criterion id, without a revision
 * @param revision the pinned revision, or empty for whatever revision is current
 */
public record CriterionRef(String id, OptionalInt revision) {

    /** The separator between id and revision in a pinned key. */
    private static final char AT = '@';

    /** The largest revision a key may pin: nine digits, so every revision fits an {@code int}. */
    public static final int MAX_REVISION = 999_999_999;

    /** The regular expression a well-formed id or pinned key matches. */
    public static final String PATTERN = Criterion.ID_PATTERN + "(@[1-9][0-9]{0,8})?";

    private static final Pattern ID = Pattern.compile(Criterion.ID_PATTERN);
    private static final Pattern WELL_FORMED = Pattern.compile(PATTERN);
    private static final Pattern REVISION = Pattern.compile("[1-9][0-9]{0,8}");

    /**
     * Checks that the parts make a reference that prints and parses back to itself.
     *
     * @param id the criterion id, without a revision
     * @param revision the pinned revision, or empty
     * @throws IllegalArgumentException when the id is not a well-formed criterion id, or the revision is not from 1
     *     to {@link #MAX_REVISION}
     */
    public CriterionRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(revision, "revision");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not a criterion id such as TRA-01 or gki:TRA-01");
        }
        if (revision.isPresent() && (revision.getAsInt() < 1 || revision.getAsInt() > MAX_REVISION)) {
            throw new IllegalArgumentException("revision " + revision.getAsInt() + " of " + id
                    + " is not a whole number from 1 to " + MAX_REVISION);
        }
    }

    /**
     * A reference to whatever revision of a criterion is current.
     *
     * @param id the criterion id
     * @return the reference
     * @throws IllegalArgumentException when the id is not well formed
     */
    public static CriterionRef of(String id) {
        return new CriterionRef(id, OptionalInt.empty());
    }

    /**
     * A reference pinned to one revision.
     *
     * @param id the criterion id
     * @param revision the revision, from 1
     * @return the reference
     * @throws IllegalArgumentException when the id is not well formed or the revision out of range
     */
    public static CriterionRef of(String id, int revision) {
        return new CriterionRef(id, OptionalInt.of(revision));
    }

    /**
     * Reads an id or a pinned key.
     *
     * @param text {@code TRA-01}, {@code gki:TRA-01} or {@code TRA-01@2}
     * @return the reference
     * @throws IllegalArgumentException when the text is not an id or a pinned key; the message says which part is
     *     wrong. No other exception is thrown for any non-null text.
     */
    public static CriterionRef parse(String text) {
        Objects.requireNonNull(text, "text");
        int at = text.indexOf(AT);
        if (at < 0) {
            return of(text);
        }
        String id = text.substring(0, at);
        String digits = text.substring(at + 1);
        if (!REVISION.matcher(digits).matches()) {
            throw new IllegalArgumentException("'" + text + "' does not end in a revision from 1 to " + MAX_REVISION
                    + " after '@', as in TRA-01@2");
        }
        return of(id, Integer.parseInt(digits));
    }

    /**
     * Reads an id or a pinned key that may be malformed.
     *
     * @param text the text as written, or null
     * @return the reference, or empty when the text is null or not an id or pinned key
     */
    public static Optional<CriterionRef> tryParse(String text) {
        if (text == null || !WELL_FORMED.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(parse(text));
    }

    /**
     * The id part of text that may be malformed: everything before a pinned revision's {@code @}. For messages and
     * lookups about input that has not been validated (a tender built in code), which must be reported, not refused.
     *
     * @param text an id or pinned key as written
     * @return the text without its {@code @} and what follows
     */
    public static String idOf(String text) {
        int at = text.indexOf(AT);
        return at < 0 ? text : text.substring(0, at);
    }

    /**
     * Whether text that may be malformed pins a revision, that is, has an {@code @}.
     *
     * @param text an id or pinned key as written
     * @return true when the text names a revision, well formed or not
     */
    public static boolean isPinned(String text) {
        return text.indexOf(AT) >= 0;
    }

    /**
     * The key of one revision, {@code TRA-01@2}, for criteria that may not yet be validated (so it never throws).
     *
     * @param id the criterion id
     * @param revision the revision
     * @return the id, {@code @} and the revision
     */
    public static String key(String id, int revision) {
        return id + AT + revision;
    }

    /** {@return whether this reference pins a revision} */
    public boolean pinned() {
        return revision.isPresent();
    }

    /** {@return the reference to whatever revision of this criterion is current} */
    public CriterionRef unpinned() {
        return pinned() ? of(id) : this;
    }

    /** {@return the id, or the pinned key {@code TRA-01@2}, as {@link #parse(String)} reads it} */
    @Override
    public String toString() {
        return revision.isPresent() ? key(id, revision.getAsInt()) : id;
    }
}
