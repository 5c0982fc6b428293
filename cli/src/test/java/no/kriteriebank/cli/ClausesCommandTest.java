package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClausesCommandTest {
    @Test
    void rendersTheAreasClauseSetWithALocalisedTitleAndGuidance() {
        Cli.Result r = Cli.run("clauses", "--area", "transport", "--level", "advanced");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("Standardkrav: Transport, avansert nivå\n=====")
                .contains("Andel nullutslippskjøretøy i oppdraget [TRA-01, revisjon 2]")
                .contains("Minst 50\u00a0%")
                .contains("Veiledning til oppdragsgiver:")
                .doesNotContain("GEN-01");
    }

    @Test
    void titlesInNynorskAndEnglish() {
        assertThat(Cli.run("clauses", "--area", "TRA", "--level", "avansert", "--lang", "nn").out())
                .startsWith("Standardkrav: Transport, avansert nivå");
        assertThat(Cli.run("clauses", "--area", "general", "--lang", "en").out())
                .startsWith("Standard requirements: General\n");
        assertThat(Cli.run("clauses", "--area", "general", "--level", "basic", "--lang", "nn").out())
                .startsWith("Standardkrav: Generelt, grunnleggjande nivå");
    }

    @Test
    void levelsBuildOnEachOther() {
        // TRA-01 is advanced: it belongs to the advanced and leading sets, not the basic one
        assertThat(Cli.run("clauses", "--area", "transport", "--level", "leading").out()).contains("[TRA-01,");
        assertThat(Cli.run("clauses", "--area", "transport", "--level", "basic").out()).doesNotContain("[TRA-01,");
    }

    @Test
    void anEmptySetIsReportedAndNothingIsWritten(@TempDir Path dir) {
        // the standard bank has no basic qualification requirement for transport (TRA-09 is advanced)
        Path out = dir.resolve("empty.md");
        Cli.Result r = Cli.run("clauses", "--area", "transport", "--kind", "qualification", "--level", "basic",
                "-o", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("clauses: kriteriebank 2026.2 has no transport criteria of kind qualification "
                + "up to level basic; nothing to render\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void formatFollowsTheOutputFileUnlessGiven(@TempDir Path dir) {
        Path md = dir.resolve("transport.md");
        Cli.Result r = Cli.run("clauses", "--area", "transport", "-o", md.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Fixtures.read(md)).startsWith("# Standardkrav: Transport");

        Path html = dir.resolve("transport.txt");
        Cli.run("clauses", "--area", "transport", "--format", "html", "-o", html.toString());
        assertThat(Fixtures.read(html)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void areaIsRequired() {
        Cli.Result r = Cli.run("clauses", "--level", "advanced");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("clauses: Missing required option: '--area=AREA'");
    }

    @Test
    void aBadFormatIsAUsageError() {
        Cli.Result r = Cli.run("clauses", "--area", "transport", "--format", "pdf");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'pdf' is not a document format; expected one of text, markdown, html, docx");
    }
}
