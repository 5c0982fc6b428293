package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export command is planned but not in this build: it fails clearly with exit code 2. */
class PlannedCommandsTest {
    @TempDir
    Path dir;

    @Test
    void exportIsNotAvailable() {
        Path tender = Fixtures.write(dir, "tender.yaml", Fixtures.TENDER);
        Cli.Result export = Cli.run("export", tender.toString(), "--to", "ocds");
        assertThat(export.exit()).isEqualTo(2);
        assertThat(export.err()).isEqualTo("export: exporting to OCDS is not available in this build yet\n");
    }

    @Test
    void itsUsageIsStillChecked() {
        Cli.Result r = Cli.run("export", "tender.yaml", "--to", "pdf");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Invalid value for option '--to'");
        assertThat(Cli.run("export", "tender.yaml").err()).contains("Missing required option: '--to=FORMAT'");
    }
}
