package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    @TempDir
    Path dir;

    @Test
    void rendersATenderInItsOwnLanguage() {
        Path tender = Fixtures.write(dir, "skuleskyss.yaml", Fixtures.TENDER);
        Cli.Result r = Cli.run("render", tender.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Skuleskyss 2027–2031\n")
                .contains("Oppdragsgivar: Vinje kommune")
                .contains("Miljøleiingssystem [GEN-01, revisjon 2]")
                .contains("Minst 60\u00a0% av køyretøya")
                .contains("Gjeld alle ruter.")
                .contains("- Pris: 70\u00a0%\n- Klima og miljø: 30\u00a0%\nSum: 100\u00a0%")
                .doesNotContain("Rettleiing til oppdragsgivar");
    }

    @Test
    void languageAndFormatCanBeChosen() {
        Path tender = Fixtures.write(dir, "skuleskyss.yaml", Fixtures.TENDER);
        Cli.Result r = Cli.run("render", tender.toString(), "--lang", "en", "--format", "html");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">")
                .contains("At least 60% of the vehicles");
    }

    @Test
    void writesTheOutputFileWithNothingOnStdout() {
        Path tender = Fixtures.write(dir, "skuleskyss.yaml", Fixtures.TENDER);
        Path out = dir.resolve("skuleskyss.md");
        Cli.Result r = Cli.run("render", tender.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Fixtures.read(out)).startsWith("# Skuleskyss 2027–2031");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aSuccessfulRenderReplacesAnExistingFile() {
        Path tender = Fixtures.write(dir, "skuleskyss.yaml", Fixtures.TENDER);
        Path out = Fixtures.write(dir, "skuleskyss.txt", "old text\n");
        assertThat(Cli.run("render", tender.toString(), "-o", out.toString()).exit()).isZero();
        assertThat(Fixtures.read(out)).startsWith("Skuleskyss 2027–2031");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aFailingRenderLeavesAnExistingOutputFileUntouched() {
        Path tender = Fixtures.write(dir, "broken.yaml", Fixtures.UNKNOWN_CRITERION);
        Path out = Fixtures.write(dir, "tender.html", "<p>the good version</p>\n");
        Cli.Result r = Cli.run("render", tender.toString(), "-o", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(Fixtures.read(out)).isEqualTo("<p>the good version</p>\n");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void anUnknownCriterionSuggestsTheClosest() {
        Path tender = Fixtures.write(dir, "typo.yaml", Fixtures.UNKNOWN_CRITERION);
        Cli.Result r = Cli.run("render", tender.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(
                "render: unknown criterion 'TRA-001' (did you mean TRA-01?) in kriteriebank 2026.2\n");
    }

    @Test
    void aMalformedTenderReportsEveryProblemWithFileLineAndColumn() {
        Path tender = Fixtures.write(dir, "malformed.yaml", Fixtures.MALFORMED);
        Cli.Result r = Cli.run("render", tender.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).anySatisfy(line -> assertThat(line)
                .startsWith(tender + ":3:").contains("language").contains("must be one of [nb, nn, en], not 'se'"));
        assertThat(r.err().lines()).anySatisfy(line -> assertThat(line)
                .startsWith(tender + ":4:1: ").contains("unknown field 'criterai' (did you mean 'criteria'?)"));
        assertThat(r.err()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void aMissingFileIsUnreadableInput() {
        Path missing = dir.resolve("nope.yaml");
        Cli.Result r = Cli.run("render", missing.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(missing + ": no such file\n");
    }

    @Test
    void anUnwritableOutputIsAnError() {
        Path tender = Fixtures.write(dir, "skuleskyss.yaml", Fixtures.TENDER);
        Path out = dir.resolve("no-such-dir").resolve("out.txt");
        Cli.Result r = Cli.run("render", tender.toString(), "-o", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("render: cannot write " + out + ": no such directory\n");
    }

    @Test
    void aDirectoryIsNeverReplacedByTheOutput() throws IOException {
        Path tender = Fixtures.write(dir, "skuleskyss.yaml", Fixtures.TENDER);
        Path out = Files.createDirectory(dir.resolve("out"));
        Cli.Result r = Cli.run("render", tender.toString(), "-o", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("render: cannot write " + out + ": it is a directory\n");
        assertThat(out).isDirectory();
    }

    @Test
    void aSymbolicLinkIsWrittenThrough() throws IOException {
        Path tender = Fixtures.write(dir, "skuleskyss.yaml", Fixtures.TENDER);
        Path real = Fixtures.write(dir, "real.txt", "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
        assertThat(Cli.run("render", tender.toString(), "-o", link.toString()).exit()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Fixtures.read(real)).startsWith("Skuleskyss 2027–2031");
    }

    @Test
    void aMissingTranslationFailsUnlessFallbackIsAllowed() {
        Path tender = Fixtures.write(dir, "gki.yaml", """
                title: Skoleskyss
                buyer: Vinje kommune
                language: nn
                criteria:
                  - id: TRA-01
                """);
        Path bank = Fixtures.write(dir, "nb-only.yaml", """
                id: nbonly
                version: "2026.1"
                releaseDate: 2026-10-01
                publisher: Test
                criteria:
                  - id: nbonly:TRA-01
                    revision: 1
                    area: TRANSPORT
                    kind: CONTRACT_CLAUSE
                    level: BASIC
                    title: {nb: Bare bokmål}
                    text: {nb: Denne teksten finnes bare på bokmål.}
                """);
        Path withOverlay = Fixtures.write(dir, "overlay.yaml", Fixtures.read(tender)
                + "  - id: nbonly:TRA-01\n");
        Cli.Result strict = Cli.run("render", withOverlay.toString(), "--bank", bank.toString());
        assertThat(strict.exit()).isEqualTo(2);
        assertThat(strict.err()).startsWith("render: nbonly:TRA-01@1 has no nn text for title")
                .contains("hint: --fallback");
        Cli.Result lenient = Cli.run("render", withOverlay.toString(), "--bank", bank.toString(), "--fallback");
        assertThat(lenient.exit()).as(lenient.toString()).isZero();
        assertThat(lenient.out()).contains("Denne teksten finnes bare på bokmål.");
    }

    private List<Path> temporaryFiles() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
