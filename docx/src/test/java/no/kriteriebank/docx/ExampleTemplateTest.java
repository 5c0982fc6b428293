package no.kriteriebank.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.kriteriebank.model.Language;
import org.junit.jupiter.api.Test;

/**
 * The example template {@code docx/examples/konkurransegrunnlag-mal.docx}, which the README and
 * {@code check-render.sh} use: it is {@link SampleTemplate} saved with fixed dates, and fills without warnings.
 * Regenerate it with {@code -Dgolden.update=true}.
 */
class ExampleTemplateTest {
    private static final Path FILE = Path.of("examples/konkurransegrunnlag-mal.docx");

    @Test
    void theExampleTemplateIsTheSampleAndFillsWithoutWarnings() throws IOException {
        byte[] expected = example();
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(FILE.getParent());
            Files.write(FILE, expected);
        }
        if (!Files.exists(FILE)) {
            fail("no " + FILE + "; run with -Dgolden.update=true, review it and commit it");
        }
        byte[] actual = Files.readAllBytes(FILE);
        assertThat(DocxFormatTest.canonical(actual)).isEqualTo(DocxFormatTest.canonical(expected));
        FilledTemplate filled = WordTemplate.open(FILE).fill(Fixtures.document(Language.NN));
        assertThat(filled.warnings()).isEmpty();
    }

    /** The sample template with POI's creation date fixed and entries written by {@link PackageWriter}. */
    private static byte[] example() {
        PackageWriter writer = new PackageWriter();
        for (Map.Entry<String, byte[]> e : SampleTemplate.entries(SampleTemplate.create(true)).entrySet()) {
            byte[] content = e.getValue();
            if (e.getKey().equals("docProps/core.xml")) {
                content = new String(content, StandardCharsets.UTF_8)
                        .replaceAll("(<dcterms:created[^>]*>)[^<]*", "$12026-12-01T00:00:00Z")
                        .getBytes(StandardCharsets.UTF_8);
            }
            writer.put(e.getKey(), content);
        }
        return writer.toBytes();
    }
}
