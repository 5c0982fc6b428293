package no.kriteriebank.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads texts as Jackson does, then refuses one holding a control character (an escape such as {@code "\e"} or
 * {@code "\0"} in a quoted YAML string): such characters would reach documents and terminals unseen, where an ESC can
 * rewrite what a reader sees. Tab, line feed and carriage return are text and stay.
 */
final class PlainTextDeserializer extends StringDeserializer {
    static final PlainTextDeserializer INSTANCE = new PlainTextDeserializer();

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        String text = super.deserialize(p, ctxt);
        if (text != null && ControlCharacters.first(text) >= 0) {
            return (String) ctxt.handleWeirdStringValue(String.class, text, "control character");
        }
        return text;
    }
}
