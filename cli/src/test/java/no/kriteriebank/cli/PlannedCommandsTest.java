package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands that are planned but not in this build fail clearly with exit code 2. */
class PlannedCommandsTest {
    @TempDir
    Path dir;

    @Test
    void checkReadsTheTenderThenSaysItIsNotAvailable() {
        Path tender = Fixtures.write(dir, "tender.yaml", Fixtures.TENDER);
        Cli.Result r = Cli.run("check", tender.toString(), "--json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("check: compliance checking is not available in this build yet\n");
    }

    @Test
    void checkReportsAMalformedTenderFirst() {
        Path tender = Fixtures.write(dir, "bad.yaml", Fixtures.MALFORMED);
        Cli.Result r = Cli.run("check", tender.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(tender + ":4:1: ").doesNotContain("not available");
    }

    @Test
    void exportDiffAndReportAreNotAvailable() {
        Path tender = Fixtures.write(dir, "tender.yaml", Fixtures.TENDER);
        Cli.Result export = Cli.run("export", tender.toString(), "--to", "ocds");
        assertThat(export.exit()).isEqualTo(2);
        assertThat(export.err()).isEqualTo("export: exporting to OCDS is not available in this build yet\n");

        Cli.Result diff = Cli.run("diff", "old", "new");
        assertThat(diff.exit()).isEqualTo(2);
        assertThat(diff.err()).isEqualTo("diff: comparing banks is not available in this build yet\n");

        Cli.Result report = Cli.run("report", tender.toString(), "--format", "json");
        assertThat(report.exit()).isEqualTo(2);
        assertThat(report.err()).isEqualTo("report: reporting on tenders is not available in this build yet\n");
    }

    @Test
    void theirUsageIsStillChecked() {
        Cli.Result r = Cli.run("export", "tender.yaml", "--to", "pdf");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Invalid value for option '--to'");
        assertThat(Cli.run("export", "tender.yaml").err()).contains("Missing required option: '--to=FORMAT'");
    }
}
