package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GlobalOptionsTest {
    @TempDir
    Path dir;

    @Test
    void versionNamesTheApplicationAndTheStandardBank() {
        Cli.Result r = Cli.run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().toList()).hasSize(3);
        assertThat(r.out().lines().findFirst().orElseThrow()).matches("kriteriebank \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(r.out()).contains("standard bank kriteriebank 2026.2, released 2026-12-01 by Kriteriebank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "show", "search", "clauses", "render", "check", "validate", "export", "diff",
        "report"})
    void everyCommandHasHelp(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("Usage: kriteriebank " + command).contains("--bank=DIR", "--debug");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void topLevelHelpListsTheCommandsAndExitCodes() {
        Cli.Result r = Cli.run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("list", "show", "search", "clauses", "render", "check", "validate", "export",
                "diff", "report", "Exit codes:");
        assertThat(Cli.run("help", "render").out()).startsWith("Usage: kriteriebank render");
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result r = Cli.run();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("kriteriebank: missing command\nUsage: kriteriebank");
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        Cli.Result r = Cli.run("lst");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unmatched argument at index 0: 'lst'", "Did you mean: kriteriebank list?");
    }

    @Test
    void anOverlayAddsANetworksCriteriaBeforeOrAfterTheCommand() {
        String gki = Fixtures.resource("banks/gki").toString();
        assertThat(Cli.run("--bank", gki, "list").out()).contains("GEN-01", "TRA-01", "gki:TRA-01",
                "Opplæring i økokjøring");
        Cli.Result r = Cli.run("show", "gki:TRA-01", "--bank", gki);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("innen 6 måneder");
    }

    @Test
    void anOverlayThatRedefinesAStandardCriterionIsRejected() {
        Cli.Result r = Cli.run("--bank", Fixtures.resource("banks/clash").toString(), "list");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("criteria[0].id: overlay clash 2026.1 redefines TRA-01 of kriteriebank 2026.2");
    }

    @Test
    void aMissingOverlayIsUnreadableInput() {
        Path missing = dir.resolve("missing");
        Cli.Result r = Cli.run("list", "--bank", missing.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(missing + ": no such file or directory\n");
    }

    @Test
    void templatesOverrideTheStandardLayouts() {
        Path tender = Fixtures.write(dir, "tender.yaml", Fixtures.TENDER);
        Cli.Result r = Cli.run("render", tender.toString(), "--templates", Fixtures.resource("layouts").toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("NETTVERKSMAL: Skuleskyss 2027–2031\n* GEN-01\n* TRA-01\n");
    }

    @Test
    void aMissingTemplateDirectoryIsAUsageError() {
        Path tender = Fixtures.write(dir, "tender.yaml", Fixtures.TENDER);
        Cli.Result r = Cli.run("render", tender.toString(), "--templates", dir.resolve("nope").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("render: --templates " + dir.resolve("nope") + ": no such directory\n");
    }

    @Test
    void stackTracesOnlyWithDebug() {
        Path tender = Fixtures.write(dir, "typo.yaml", Fixtures.UNKNOWN_CRITERION);
        assertThat(Cli.run("render", tender.toString()).err()).doesNotContain("\tat ");
        Cli.Result debug = Cli.run("render", tender.toString(), "--debug");
        assertThat(debug.exit()).isEqualTo(2);
        assertThat(debug.err()).contains("RenderException", "\tat ")
                .endsWith("render: unknown criterion 'TRA-001' (did you mean TRA-01?) in kriteriebank 2026.2\n");
    }
}
