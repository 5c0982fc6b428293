package no.kriteriebank.internal;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The strict, shared Jackson mappers for bank and tender files. Internal: not part of the public API.
 *
 * <p>Mappers are immutable and thread-safe once built, so one pair serves the whole library.
 */
public final class Mappers {
    /** The YAML mapper, built on first use (each mapper costs tens of milliseconds in a cold JVM). */
    private static final class Yaml {
        static final YAMLMapper MAPPER = configure(YAMLMapper.builder()
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                // a version 2026.10 or a CPV code written bare would be a number to every other YAML reader
                .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
                .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR))
                .build();
    }

    /** The JSON mapper, built on first use. */
    private static final class Json {
        static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();
    }

    private Mappers() {
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
        return builder
                .addModule(new SimpleModule("kriteriebank-limits")
                        .addDeserializer(java.math.BigDecimal.class, BoundedDecimalDeserializer.INSTANCE)
                        .addDeserializer(String.class, PlainTextDeserializer.INSTANCE))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** {@return the YAML mapper} */
    public static YAMLMapper yaml() {
        return Yaml.MAPPER;
    }

    /** {@return the JSON mapper} */
    public static JsonMapper json() {
        return Json.MAPPER;
    }

    /**
     * The mapper for a file name: JSON for {@code .json}, YAML otherwise.
     *
     * @param fileName the file name
     * @return the mapper for that kind of file
     */
    public static ObjectMapper forFile(String fileName) {
        return isJson(fileName) ? json() : yaml();
    }

    /**
     * Whether a file is read as JSON: its name ends in {@code .json}, in any case.
     *
     * @param fileName the file name
     * @return whether it is JSON
     */
    public static boolean isJson(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }
}
