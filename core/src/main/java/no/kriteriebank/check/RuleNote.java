package no.kriteriebank.check;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One point of a rule set's documentation: what a parameter or rule rests on, and whether that has been confirmed
 * against a primary source or still has to be checked (for example against the regulation's text on lovdata.no).
 *
 * @param point the point, e.g. {@code § 7-9 (2): minimum weight}
 * @param parameter the name of the {@link RuleParameters} component the point is about, or null for the rule set
 *     as a whole
 * @param status whether the point is confirmed
 * @param text what is known and, when unconfirmed, what must be checked
 * @param source where it comes from (a URL or a named document), or null
 */
public record RuleNote(
        @NotBlank String point,
        String parameter,
        @NotNull Status status,
        @NotBlank String text,
        String source) {

    /** Whether a point has been confirmed against a primary source. */
    public enum Status {
        /** Confirmed by the source named. */
        CONFIRMED,
        /** Not confirmed: the value is the best knowledge at hand and must be checked before it is relied on. */
        UNCONFIRMED
    }
}
