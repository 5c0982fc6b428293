package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Colours only on a terminal, and never when NO_COLOR is set (no-color.org). */
class ColourTest {
    private static final String ESC = "\u001B[";

    @Test
    void aTerminalGetsColours() {
        Cli.Result r = Cli.run(Map.of(), true, "list");
        assertThat(r.out()).startsWith(ESC + "1mID ");
    }

    @Test
    void noColorTurnsThemOff() {
        Cli.Result r = Cli.run(Map.of("NO_COLOR", "1"), true, "list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("ID ").doesNotContain(ESC);
        assertThat(Cli.run(Map.of("NO_COLOR", "1"), true, "--help").out()).doesNotContain(ESC);
        assertThat(Cli.run(Map.of("NO_COLOR", "1"), true, "show", "TRA-1").err()).doesNotContain(ESC);
    }

    @Test
    void pipesAndFilesGetNone() {
        assertThat(Cli.run(Map.of(), false, "list").out()).doesNotContain(ESC);
        assertThat(Cli.run(Map.of(), false, "--help").out()).doesNotContain(ESC);
    }

    @Test
    void documentsAreNeverColoured(@TempDir Path dir) {
        Path tender = Fixtures.write(dir, "tender.yaml", Fixtures.TENDER);
        assertThat(Cli.run(Map.of(), true, "render", tender.toString()).out()).doesNotContain(ESC);
        assertThat(Cli.run(Map.of(), true, "show", "TRA-01").out()).doesNotContain(ESC);
    }

    @Test
    void errorsAreColouredOnATerminal() {
        assertThat(Cli.run(Map.of(), true, "show", "TRA-1").err()).startsWith(ESC + "31mshow:");
    }
}
