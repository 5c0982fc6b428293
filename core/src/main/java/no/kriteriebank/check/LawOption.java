package no.kriteriebank.check;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Objects;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.tender.EnvironmentOption;

/**
 * One way a tender may meet the climate rule, as the law data gives it: its Norwegian eForms code, the days a notice
 * may carry that code, and its names.
 *
 * @param option the option
 * @param eformsCode the Norwegian eForms award-criterion-type code, e.g. {@code quality-nor-env-criteria}
 * @param validFrom the first day a notice may carry the code
 * @param validTo the last day a notice may carry the code, or null while it has no known end
 * @param replacedBy the option that takes its place after {@code validTo}, or null
 * @param label the option's name in findings, per language
 * @param noticeName the name written on an exported criterion that only marks the option, per language
 * @param source where the code and its dates come from
 */
public record LawOption(
        @NotNull EnvironmentOption option,
        @NotNull @Pattern(regexp = "quality-nor-[a-z-]+", message = "must be a Norwegian code such as quality-nor-env-spec") String eformsCode,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        EnvironmentOption replacedBy,
        @NotNull @Valid LocalizedText label,
        @NotNull @Valid LocalizedText noticeName,
        @NotBlank String source) {

    /**
     * Whether a notice dated that day may carry the code.
     *
     * @param date the day, e.g. the announcement date
     * @return true when {@code date} lies within {@code validFrom} and {@code validTo}, both included
     */
    public boolean validOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
