package no.kriteriebank.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One permitted value of a {@link ParameterType#CHOICE} parameter.
 *
 * @param value the value stored in tender files, e.g. {@code euro-vi}
 * @param label how the value reads in the tender text, per language
 * @param signed true when a value measured this way can be zero or negative (such as GWP-total of a biogenic
 *     product), so it must not feed a scoring that divides by the offered value; null or false otherwise
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record Choice(@NotBlank String value, @NotNull @Valid LocalizedText label, Boolean signed) {

    /**
     * A choice whose values are never zero or negative.
     *
     * @param value the value stored in tender files
     * @param label how the value reads in the tender text, per language
     */
    public Choice(String value, LocalizedText label) {
        this(value, label, null);
    }

    /** {@return whether values measured this way can be zero or negative} */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isSigned() {
        return Boolean.TRUE.equals(signed);
    }
}
