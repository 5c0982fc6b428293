package no.kriteriebank.internal;

import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads every decimal number of a bank or tender file from its text and refuses one outside {@link NumberLimits}
 * before it becomes a {@link BigDecimal}: {@code 1e1000000} is 9 bytes in a file but a million digits when printed.
 */
final class BoundedDecimalDeserializer extends ValueDeserializer<BigDecimal> {
    static final BoundedDecimalDeserializer INSTANCE = new BoundedDecimalDeserializer();

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_STRING) {
            String text = p.getString();
            Optional<BigDecimal> value = text.indexOf(',') >= 0 ? Optional.empty() : NumberLimits.parse(text);
            if (value.isPresent()) {
                return value.get();
            }
            return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, text, "not within the limits");
        }
        return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
    }
}
