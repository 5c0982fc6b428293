package no.kriteriebank.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.kriteriebank.model.Language;
import no.kriteriebank.render.Format;
import no.kriteriebank.tender.SelectedCriterion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rendered output compared byte for byte with reviewed files in {@code src/test/resources/golden}. After a deliberate
 * change, regenerate with {@code mvn -pl templates test -Dgolden.update=true}, read the diff, and commit it.
 */
class GoldenFilesTest {
    private static final Path DIR = Path.of("src/test/resources/golden");

    static Stream<Arguments> documents() {
        List<Arguments> all = new ArrayList<>();
        for (Format f : Format.values()) {
            for (Language l : Language.values()) {
                all.add(Arguments.of(f, l));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "tender {1} {0}")
    @MethodSource("documents")
    void tenderDocument(Format format, Language language) throws IOException {
        String text = RenderFixtures.RENDERER.render(RenderFixtures.tender(language), format).text();
        compare("tender-" + language.code() + "." + format.extension(), text);
    }

    static Stream<Arguments> clauses() {
        List<Arguments> all = new ArrayList<>();
        for (String id : List.of("GEN-01", "TRA-01", "TRA-02", "TRA-03")) {
            for (Format f : Format.values()) {
                all.add(Arguments.of(id, f));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "clause {0} {1}")
    @MethodSource("clauses")
    void singleClause(String id, Format format) throws IOException {
        String text = RenderFixtures.RENDERER.renderClause(SelectedCriterion.of(id), Language.NN, format).text();
        compare("clause-" + id + "-nn." + format.extension(), text);
    }

    static void compare(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("no golden file " + file + "; run with -Dgolden.update=true, review it and commit it");
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
