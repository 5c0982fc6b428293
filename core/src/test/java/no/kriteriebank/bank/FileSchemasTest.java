package no.kriteriebank.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.kriteriebank.internal.Mappers;
import no.kriteriebank.tender.Tender;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schemas for bank and tender files from the model records and keeps the committed copies in
 * {@code templates/schema/} in step with them: a field added to, renamed in or removed from {@code BankFile},
 * {@code Criterion}, {@code Tender} or the records they hold fails this test until the schemas are regenerated with
 * {@code mvn -pl core test -Dtest=FileSchemasTest -Dgolden.update=true} and the diff is committed.
 *
 * <p>The generator lives here, beside the package-private {@code BankFile} that defines the main file of a bank,
 * because generating from the record itself (rather than a hand-kept copy) is what makes a changed field show.
 * Editors that read {@code # yaml-language-server: $schema=...} use the schemas to complete and check files as they
 * are typed; the loader stays the authority (it also checks cross-field rules the schema cannot say).
 */
class FileSchemasTest {
    /** Where the committed schemas live, from the core module's directory. */
    static final Path DIR = Path.of("..", "templates", "schema");

    @Test
    void bankSchemaIsCurrent() throws IOException {
        ObjectNode schema = generator().generateSchema(BankFile.class);
        describe(schema, "Kriteriebank bank file",
                "A bank's main file (bank.yaml) with its info and the files to read, a single-file bank with all its"
                        + " criteria and earlier revisions (history), or one of a bank directory's area files"
                        + " (criteria and history only). Generated from the model; do not edit by hand.");
        compare("bank.schema.json", schema);
    }

    @Test
    void tenderSchemaIsCurrent() throws IOException {
        ObjectNode schema = generator().generateSchema(Tender.class);
        describe(schema, "Kriteriebank tender file",
                "One procurement: the criteria selected from the bank with their values, the § 7-9 approach and the"
                        + " award model. Generated from the model; do not edit by hand.");
        compare("tender.schema.json", schema);
    }

    /**
     * The generator: draft 2020-12; record fields by their Jackson names and order, enums by their file values;
     * required, pattern and bounds from the Bean Validation annotations; no field the loader would reject.
     */
    static SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE,
                        JacksonOption.RESPECT_JSONPROPERTY_ORDER))
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                        JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
                        Option.PLAIN_DEFINITION_KEYS, Option.STANDARD_FORMATS);
        // A primitive that must be at least 1 (a criterion's revision) reads as 0 when left out, which the loader
        // rejects: it is required, although a primitive is never null.
        config.forFields().withRequiredCheck(field -> {
            Min min = field.getAnnotationConsideringFieldAndGetter(Min.class);
            // the raw field, not classmate's resolved type: the core module does not read classmate
            return field.getRawMember().getType().isPrimitive() && min != null && min.value() > 0;
        });
        return new SchemaGenerator(config.build());
    }

    /**
     * Anchors every {@code pattern}: Bean Validation matches a whole value, a JSON Schema pattern any part of it.
     */
    private static void anchorPatterns(JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) node;
            JsonNode pattern = object.get("pattern");
            if (pattern != null && pattern.isString() && "string".equals(object.path("type").asString(""))) {
                object.put("pattern", "^(?:" + pattern.asString() + ")$");
            }
        }
        node.forEach(FileSchemasTest::anchorPatterns);
    }

    private static void describe(ObjectNode schema, String title, String description) {
        anchorPatterns(schema);
        ObjectNode ordered = Mappers.json().createObjectNode();
        ordered.set("$schema", schema.remove("$schema"));
        ordered.put("title", title);
        ordered.put("description", description);
        ordered.setAll(schema);
        schema.removeAll();
        schema.setAll(ordered);
    }

    private static void compare(String name, ObjectNode schema) throws IOException {
        String actual = Mappers.json().writeValueAsString(schema) + "\n";
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("no schema " + file.toAbsolutePath().normalize() + "; run mvn -pl core test -Dtest=FileSchemasTest"
                    + " -Dgolden.update=true, review it and commit it");
        }
        assertThat(actual).as("templates/schema/%s is out of step with the model; regenerate it with mvn -pl core"
                + " test -Dtest=FileSchemasTest -Dgolden.update=true and commit the diff", name)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
