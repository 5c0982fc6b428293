package no.kriteriebank.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tender files for the tests, using only GEN-01 and TRA-01 of the standard bank, and paths to the test banks and
 * layouts under {@code src/test/resources}. Line numbers in tests refer to the texts here.
 */
final class Fixtures {
    /** A valid tender in nynorsk. */
    static final String TENDER = """
            title: Skuleskyss 2027–2031
            buyer: Vinje kommune
            reference: 2026/123
            language: nn
            procedure: PART_II
            cpv: ["60130000"]
            estimatedValue: 4500000
            criteria:
              - id: GEN-01
              - id: TRA-01
                values: {zeroEmissionShare: "60"}
                note: Gjeld alle ruter.
            environment:
              option: AWARD_CRITERIA
            award:
              weighting: WEIGHTS
              components:
                - {name: Pris, category: PRICE, weight: 70}
                - {name: Klima og miljø, category: ENVIRONMENT, weight: 30}
            """;

    /** A tender with an unknown field on line 4 and a bad language on line 3. */
    static final String MALFORMED = """
            title: Skoleskyss
            buyer: Vinje kommune
            language: se
            criterai:
              - id: TRA-01
            """;

    /** A well-formed tender whose second criterion does not exist: TRA-001 is a typo for TRA-01. */
    static final String UNKNOWN_CRITERION = """
            title: Skoleskyss
            buyer: Vinje kommune
            language: nb
            criteria:
              - id: GEN-01
              - id: TRA-001
            """;

    private Fixtures() {
    }

    /** Writes a file into a directory and returns its path. */
    static Path write(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource as a path, e.g. {@code banks/gki}. */
    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file's content. */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
