package no.kriteriebank.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.kriteriebank.bank.BankWriter;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.TenderLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed JSON Schemas in {@code templates/schema/} (generated from the model by core's FileSchemasTest) accept
 * the standard bank's files and tenders as the library writes them, reject unknown fields, and are where the bank's
 * {@code # yaml-language-server: $schema=...} line points.
 */
class SchemaFilesTest {
    private static final Path BANK_DIR = Path.of("src/main/resources", StandardBank.RESOURCE_DIRECTORY);
    private static final Schema BANK = schema("bank.schema.json");
    private static final Schema TENDER = schema("tender.schema.json");

    private static Schema schema(String name) {
        try {
            String text = Files.readString(Path.of("schema", name), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, english()).getSchema(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read templates/schema/" + name, e);
        }
    }

    static Stream<Path> bankFiles() throws IOException {
        try (Stream<Path> files = Files.list(BANK_DIR)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bankFiles")
    void standardBankFilesMatchTheBankSchema(Path file) throws IOException {
        assertThat(BANK.validate(Files.readString(file, StandardCharsets.UTF_8), InputFormat.YAML)).isEmpty();
    }

    @Test
    void singleFileBanksAsWrittenMatch() {
        assertThat(BANK.validate(BankWriter.toYaml(StandardBank.load()), InputFormat.YAML)).isEmpty();
        assertThat(BANK.validate(BankWriter.toJson(RenderFixtures.BANK), InputFormat.JSON)).isEmpty();
    }

    @Test
    void tendersAsWrittenMatchTheTenderSchema() {
        for (Language language : Language.values()) {
            String yaml = TenderLoader.toYaml(RenderFixtures.tender(language));
            assertThat(TENDER.validate(yaml, InputFormat.YAML)).as(yaml).isEmpty();
        }
    }

    @Test
    void unknownFieldsAndMalformedValuesAreRejected() {
        List<Error> errors = TENDER.validate("title: T\nbuyer: B\nlanguage: nb\nbudget: 100\n", InputFormat.YAML);
        assertThat(errors).extracting(Error::getKeyword).contains("additionalProperties");
        assertThat(TENDER.validate("title: T\nbuyer: B\nlanguage: nb\ncpv: ['x60130000']\n", InputFormat.YAML))
                .extracting(Error::getKeyword).contains("pattern");
        assertThat(TENDER.validate("title: T\nlanguage: se\n", InputFormat.YAML)).extracting(Error::getKeyword)
                .contains("required", "enum");
        assertThat(BANK.validate("criteria:\n  - id: TRA-01\n    revison: 2\n", InputFormat.YAML))
                .extracting(Error::getKeyword).contains("additionalProperties", "required");
    }

    @Test
    void theBankFileNamesItsSchema() throws IOException {
        String first = Files.readAllLines(BANK_DIR.resolve("bank.yaml"), StandardCharsets.UTF_8).get(0);
        String prefix = "# yaml-language-server: $schema=";
        assertThat(first).startsWith(prefix);
        Path target = BANK_DIR.resolve(first.substring(prefix.length()).trim()).normalize();
        assertThat(target).isEqualTo(Path.of("schema", "bank.schema.json"));
        assertThat(target).isRegularFile();
    }

    /** Messages in English, whatever the machine's locale (the tests run under Turkish). */
    private static java.util.function.Consumer<SchemaRegistry.Builder> english() {
        return b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().locale(java.util.Locale.ENGLISH).build());
    }
}
