package no.kriteriebank.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A value the buyer sets when using a criterion, such as the share of zero-emission vehicles. The criterion text
 * refers to it as {@code ${name}}.
 *
 * @param name the placeholder name, a Java-style identifier starting in lower case
 * @param type how values are checked and formatted
 * @param label what the value means, per language (shown to buyers filling in a tender)
 * @param unit the unit written after the value, per language (e.g. {@code år} / {@code years}); null for none
 * @param min the smallest permitted value for numeric types, or null
 * @param max the largest permitted value for numeric types, or null
 * @param defaultValue the value used when the tender gives none; written {@code default} in files
 * @param choices the permitted values of a {@link ParameterType#CHOICE} parameter
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Parameter(
        @NotNull @Pattern(regexp = "[a-z][A-Za-z0-9]*", message = "must be an identifier such as zeroEmissionShare") String name,
        @NotNull ParameterType type,
        @NotNull @Valid LocalizedText label,
        @Valid LocalizedText unit,
        BigDecimal min,
        BigDecimal max,
        @JsonProperty("default") String defaultValue,
        List<@NotNull @Valid Choice> choices) {

    /**
     * Normalises absent choices to an empty list.
     *
     * @param choices the choices
     * @param name the placeholder name
     * @param type the type
     * @param label the label
     * @param unit the unit
     * @param min the smallest value
     * @param max the largest value
     * @param defaultValue the default value
     */
    public Parameter {
        choices = Values.list(choices);
    }

    /** {@return the default value, if the parameter has one} */
    public Optional<String> defaultIfAny() {
        return Optional.ofNullable(defaultValue);
    }

    /**
     * The choice with the given value, if any.
     *
     * @param value a choice value
     * @return the choice, or empty
     */
    public Optional<Choice> choice(String value) {
        return choices.stream().filter(choice -> choice.value().equals(value)).findFirst();
    }
}
