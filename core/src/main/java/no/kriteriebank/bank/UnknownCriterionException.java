package no.kriteriebank.bank;

import java.util.NoSuchElementException;
import java.util.Optional;

/** Thrown when a criterion id is not in the bank; the message suggests the closest id that is. */
public class UnknownCriterionException extends NoSuchElementException {
    private static final long serialVersionUID = 1L;

    /** The id that was not found. */
    private final String id;
    /** The closest known id, or null. */
    private final String suggestion;

    UnknownCriterionException(String id, String suggestion) {
        super("unknown criterion '" + id + "'" + (suggestion == null ? "" : " (did you mean " + suggestion + "?)"));
        this.id = id;
        this.suggestion = suggestion;
    }

    /** {@return the id that was not found} */
    public String id() {
        return id;
    }

    /** {@return the closest known id, if one is close enough to be a likely typo} */
    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }
}
