package no.kriteriebank.cli;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON the commands print ({@code --json}), indented. The mapper is built on first use, so commands that print
 * no JSON never load Jackson's writer.
 */
final class JsonOutput {
    private JsonOutput() {
    }

    private static final class Holder {
        static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /**
     * {@return the value as indented JSON}
     *
     * @param value maps, lists, strings, numbers and records
     */
    static String of(Object value) {
        return Holder.JSON.writeValueAsString(value);
    }
}
