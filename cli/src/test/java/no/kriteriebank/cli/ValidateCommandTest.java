package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void goodFilesGetAnOkLine() {
        Path tender = Fixtures.write(dir, "tender.yaml", Fixtures.TENDER);
        Path bank = Fixtures.resource("banks/gki");
        Cli.Result r = Cli.run("validate", tender.toString(), bank.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("OK " + tender + "\nOK " + bank + "\n");
    }

    @Test
    void aMalformedTenderIsReportedAtFileLineColumn() {
        Path good = Fixtures.write(dir, "good.yaml", Fixtures.TENDER);
        Path bad = Fixtures.write(dir, "bad.yaml", Fixtures.MALFORMED);
        Cli.Result r = Cli.run("validate", good.toString(), bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("OK " + good + "\n");
        assertThat(r.err().lines()).hasSize(2).allSatisfy(line -> assertThat(line).matches(
                Pattern.quote(bad.toString()) + ":\\d+:\\d+: \\S+: .+"));
        assertThat(r.err()).contains(bad + ":4:1: ");
    }

    @Test
    void aTendersCriteriaMustExistInTheBank() {
        Path typo = Fixtures.write(dir, "typo.yaml", Fixtures.UNKNOWN_CRITERION);
        Cli.Result r = Cli.run("validate", typo.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(typo + ":6:5: criteria[1].id: unknown criterion 'TRA-001' (did you mean TRA-01?) in "
                + "kriteriebank 2026.2\n");
    }

    @Test
    void aTendersValuesMustNameParameters() {
        Path tender = Fixtures.write(dir, "values.yaml", """
                title: Skoleskyss
                buyer: Vinje kommune
                language: nb
                criteria:
                  - id: TRA-01
                    values: {zeroEmisionShare: "60"}
                  - id: TRA-01@7
                  - id: TRA-01@1
                """);
        Cli.Result r = Cli.run("validate", tender.toString());
        assertThat(r.exit()).isEqualTo(1);
        // each with the position of the value or id in the file
        assertThat(r.err()).contains(tender + ":6:14: criteria[0].values.zeroEmisionShare: TRA-01 has no parameter "
                + "'zeroEmisionShare'; it has [zeroEmissionShare]")
                .contains(tender + ":7:5: criteria[1].id: TRA-01@7 is pinned to a revision that kriteriebank 2026.2 does "
                        + "not have; it has TRA-01@2")
                .doesNotContain("criteria[2]"); // TRA-01@1 is kept under history
    }

    @Test
    void anUnknownFieldHoldingAMappingIsNamedOnce() {
        // Regression (design review 2026-12): the path came out as criteria[0].valuez.valuez.
        Path tender = Fixtures.write(dir, "bad.yaml", """
                title: Skoleskyss
                buyer: Vinje kommune
                language: nb
                criteria:
                  - id: TRA-01
                    valuez: {x: 1}
                """);
        Cli.Result r = Cli.run("validate", tender.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(tender + ":6:5: criteria[0].valuez: unknown field 'valuez' (did you mean "
                + "'values'?); expected one of [id, note, values]\n");
    }

    @Test
    void overlayCriteriaCountWhenTheOverlayIsGiven() {
        Path tender = Fixtures.write(dir, "gki.yaml",
                Fixtures.TENDER.replace("  - id: GEN-01\n", "  - id: GEN-01\n  - id: gki:TRA-01\n"));
        assertThat(Cli.run("validate", tender.toString()).exit()).isEqualTo(1);
        Cli.Result r = Cli.run("--bank", Fixtures.resource("banks/gki").toString(), "validate", tender.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
    }

    @Test
    void aMalformedBankFileIsReportedAtFileLineColumn() {
        Path bank = Fixtures.write(dir, "bank.yaml", """
                id: test
                version: "2026.1"
                releaseDate: 2026-10-01
                publisher: Test
                criteria:
                  - id: test:TRA-01
                    revision: 1
                    area: TRANSPORT
                    kind: CONTRACT_CLAUSE
                    level: BASIC
                    title: {nb: Tittel}
                    text:
                      nb: Minst ${andel} skal være elektriske.
                    documentation:
                      - type: VEHICLE_LST
                        due: WITH_TENDER
                        description: {nb: Liste.}
                """);
        Cli.Result r = Cli.run("validate", bank.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(bank + ":15:9: criteria[0].documentation[0].type: must be one of [")
                .contains(bank + ":13:7: criteria[0].text.nb: uses ${andel}");
    }

    @Test
    void aBankDirectoryIsLoadedWithItsFiles() throws IOException {
        Path bankDir = Files.createDirectory(dir.resolve("network"));
        Fixtures.write(bankDir, "bank.yaml", """
                id: network
                version: "2026.1"
                releaseDate: 2026-10-01
                publisher: Test
                files: [transport.yaml]
                """);
        Fixtures.write(bankDir, "transport.yaml", "criteria:\n  - id: network:TRA-01\n    revision: one\n");
        Cli.Result r = Cli.run("validate", bankDir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(bankDir.resolve("transport.yaml") + ":3:5: criteria[0].revision: must be a "
                + "whole number, not 'one'");
    }

    @Test
    void anOverlayMayNotRedefineAStandardCriterion() {
        Path clash = Fixtures.resource("banks/clash");
        Cli.Result r = Cli.run("validate", clash.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(clash + ": criteria[0].id: overlay clash 2026.1 redefines TRA-01 of "
                + "kriteriebank 2026.2");
    }

    @Test
    void aMissingPathIsBadInputButTheOthersAreStillChecked() {
        Path good = Fixtures.write(dir, "good.yaml", Fixtures.TENDER);
        Path missing = dir.resolve("missing.yaml");
        Cli.Result r = Cli.run("validate", missing.toString(), good.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(missing + ": no such file or directory\n");
        assertThat(r.out()).isEqualTo("OK " + good + "\n");
    }

    @Test
    void filesAreRequired() {
        assertThat(Cli.run("validate").exit()).isEqualTo(2);
    }
}
