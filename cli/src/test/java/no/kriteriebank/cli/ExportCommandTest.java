package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export command: eForms and OCDS from a tender file, and clear refusals. */
class ExportCommandTest {
    @TempDir
    Path dir;

    private static final String DATED = Fixtures.TENDER.replace("procedure: PART_II",
            "procedure: PART_II\nannouncementDate: 2025-03-01");

    @Test
    void eformsForDoffinUsesTheNorwegianCodes() {
        Path tender = Fixtures.write(dir, "tender.yaml", DATED);
        Cli.Result r = Cli.run("export", tender.toString(), "--to", "eforms");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("cac:ProcurementProjectLot").contains("quality-nor-env-criteria")
                .contains("per-exa").contains("languageID=\"NNO\"");
    }

    @Test
    void tedRefusesANynorskTenderWithoutEnglishNamesWithAReason() {
        Path tender = Fixtures.write(dir, "tender.yaml", DATED);
        Cli.Result r = Cli.run("export", tender.toString(), "--to", "eforms", "--profile", "TED");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        // Regression (design review 2026-12): the path and the code were printed twice.
        assertThat(r.err()).isEqualTo("export: " + tender + ": award.components[0].nameEn: "
                + "'Pris' has no English name (nameEn); TED takes no bokmål or nynorsk, and eForms wants every text in "
                + "every notice language [EXPORT-TRANSLATION-MISSING]\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aTenderWithCheckerErrorsIsRefusedUnlessForced() {
        Path tender = Fixtures.write(dir, "tender.yaml", DATED.replace("weight: 30", "weight: 0")
                .replace("weight: 70", "weight: 100"));
        for (String to : new String[] {"eforms", "ocds"}) {
            Cli.Result r = Cli.run("export", tender.toString(), "--to", to);
            assertThat(r.exit()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).contains("[EXPORT-TENDER-INVALID]").contains("FOA-7-9-MIN-WEIGHT");
            assertThat(r.out()).isEmpty();
            Cli.Result forced = Cli.run("export", tender.toString(), "--to", to, "--force");
            assertThat(forced.exit()).as(forced.toString()).isZero();
        }
    }

    @Test
    void ocdsToAFile() throws Exception {
        Path tender = Fixtures.write(dir, "tender.yaml", DATED);
        Path out = dir.resolve("release.json");
        Cli.Result r = Cli.run("export", tender.toString(), "--to", "ocds", "-o", out.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(Files.readString(out)).contains("\"awardCriteria\"").contains("\"hasSustainability\" : true");
    }

    @Test
    void usageIsChecked() {
        Cli.Result r = Cli.run("export", "tender.yaml", "--to", "pdf");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Invalid value for option '--to'");
        assertThat(Cli.run("export", "tender.yaml").err()).contains("Missing required option: '--to=FORMAT'");
        assertThat(Cli.run("export", dir.resolve("missing.yaml").toString(), "--to", "ocds").exit()).isEqualTo(2);
    }
}
