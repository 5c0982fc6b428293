package no.kriteriebank.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One permitted value of a {@link ParameterType#CHOICE} parameter.
 *
 * @param value the value stored in tender files, e.g. {@code euro-vi}
 * @param label how the value reads in the tender text, per language
 */
public record Choice(@NotBlank String value, @NotNull @Valid LocalizedText label) {
}
