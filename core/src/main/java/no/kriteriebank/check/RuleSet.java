package no.kriteriebank.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import no.kriteriebank.tender.Regime;

/**
 * A version of the climate rule a tender is checked against, for one regime and period: for example
 * anskaffelsesforskriften § 7-9 as in force from 2024-01-01 ({@code foa-7-9-2024}). Its citation and parameters are
 * data, read from {@code law.yaml}, and its notes say which points are confirmed and which must still be checked
 * against the law. Its title is its citation and period, in the reader's language.
 *
 * @param id a stable id, e.g. {@code foa-7-9-2024}
 * @param regime the regulations it belongs to
 * @param citation where the rule is written, and whether that is confirmed
 * @param validFrom the first day it applies
 * @param validTo the last day it applies, or null while it has no known end
 * @param parameters the numbers and choices the checks use
 * @param notes what each point rests on and whether it is confirmed
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RuleSet(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and dashes") String id,
        @NotNull Regime regime,
        @NotNull @Valid Citation citation,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        @NotNull @Valid RuleParameters parameters,
        List<@NotNull @Valid RuleNote> notes) {

    /** The point a note names when it is about the citation rather than a parameter. */
    public static final String CITATION = "citation";
    /** The point a note names when it is about the period the rule set applies in. */
    public static final String VALIDITY = "validity";

    /**
     * Normalises absent notes to an empty list.
     *
     * @param id a stable id, e.g. {@code foa-7-9-2024}
     * @param regime the regulations it belongs to
     * @param citation where the rule is written
     * @param validFrom the first day it applies
     * @param validTo the last day it applies, or null while it has no known end
     * @param parameters the numbers and choices the checks use
     * @param notes what each point rests on, or null for none
     */
    public RuleSet {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /**
     * Whether the rule set is in force on a day.
     *
     * @param date the day, e.g. the tender's announcement date
     * @return true when {@code date} lies within {@code validFrom} and {@code validTo}, both included
     */
    public boolean appliesOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /**
     * Whether a point may be relied on: false when the citation is asked about and is unconfirmed, or when any note
     * about the point is {@link RuleNote.Status#UNCONFIRMED}; true otherwise.
     *
     * @param point a component name of {@link RuleParameters} (e.g. {@code minimumEnvironmentWeight}),
     *     {@link #CITATION} or {@link #VALIDITY}
     * @return whether the point is confirmed
     */
    public boolean isConfirmed(String point) {
        if (CITATION.equals(point) && !citation.confirmed()) {
            return false;
        }
        return notes.stream().noneMatch(n -> point.equals(n.parameter())
                && n.status() == RuleNote.Status.UNCONFIRMED);
    }

    /**
     * The unconfirmed notes about some points, in the order of the notes.
     *
     * @param points parameter names, {@link #CITATION} or {@link #VALIDITY}
     * @return the notes about those points that are {@link RuleNote.Status#UNCONFIRMED}
     */
    public List<RuleNote> unconfirmed(Collection<String> points) {
        return notes.stream().filter(n -> n.status() == RuleNote.Status.UNCONFIRMED && points.contains(n.parameter()))
                .toList();
    }
}
