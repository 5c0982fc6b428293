package no.kriteriebank.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.kriteriebank.model.LocalizedText;

/**
 * A version of the rules a tender is checked against, in force for a period: for example anskaffelsesforskriften
 * § 7-9 as in force from 2024-01-01 ({@code foa-7-9-2024}). Its parameters are data, read from a YAML file, and its
 * notes say which points are confirmed and which must still be checked against the law.
 *
 * @param id a stable id, e.g. {@code foa-7-9-2024}
 * @param title the rule set's name per language, used in finding messages
 * @param validFrom the first day it applies
 * @param validTo the last day it applies, or null while it has no known end
 * @param parameters the numbers and choices the checks use
 * @param notes what each point rests on and whether it is confirmed
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RuleSet(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and dashes") String id,
        @NotNull @Valid LocalizedText title,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        @NotNull @Valid RuleParameters parameters,
        List<@NotNull @Valid RuleNote> notes) {

    /**
     * Normalises absent notes to an empty list.
     *
     * @param id a stable id, e.g. {@code foa-7-9-2024}
     * @param title the rule set's name per language
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
     * Whether the notes confirm a parameter: false when any note about it is {@link RuleNote.Status#UNCONFIRMED},
     * true otherwise (also when no note names it).
     *
     * @param parameter a component name of {@link RuleParameters}, e.g. {@code minimumEnvironmentWeight}
     * @return whether the parameter's value may be relied on
     */
    public boolean isConfirmed(String parameter) {
        return notes.stream().noneMatch(n -> parameter.equals(n.parameter())
                && n.status() == RuleNote.Status.UNCONFIRMED);
    }
}
