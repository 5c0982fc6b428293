package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** check, diff and report, driven in-process. */
class CheckDiffReportTest {
    @TempDir
    Path dir;

    private static final String WEAK = Fixtures.TENDER.replace("weight: 70}", "weight: 75}")
            .replace("weight: 30}", "weight: 25}").replace("procedure: PART_II", "procedure: PART_II\n"
                    + "announcementDate: 2025-03-01");

    @Test
    void aLawfulTenderPassesWithExitZero() {
        Path tender = Fixtures.write(dir, "ok.yaml", Fixtures.TENDER.replace("procedure: PART_II",
                "procedure: PART_II\nannouncementDate: 2025-03-01"));
        Cli.Result r = Cli.run("check", tender.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith(tender + ": rule set foa-7-9-2024, 0 errors");
        assertThat(r.exit()).as(r.toString()).isZero();
    }

    @Test
    void tooLittleClimateWeightIsAnErrorInTheTendersLanguage() {
        Path tender = Fixtures.write(dir, "weak.yaml", WEAK);
        Cli.Result r = Cli.run("check", tender.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("ERROR FOA-7-9-MIN-WEIGHT award.components[1].weight: ")
                .contains("25\u00a0%");
        Cli.Result json = Cli.run("check", tender.toString(), "--json");
        JsonNode node = JsonMapper.builder().build().readTree(json.out());
        assertThat(node.get("ruleSet").asString()).isEqualTo("foa-7-9-2024");
        assertThat(node.get("errors").asInt()).isPositive();
        java.util.List<String> codes = new java.util.ArrayList<>();
        node.get("findings").forEach(f -> codes.add(f.get("code").asString()));
        assertThat(codes).contains("FOA-7-9-MIN-WEIGHT"); // the printed code, not the enum constant's name
        assertThat(json.exit()).isEqualTo(1);
    }

    @Test
    void anExplicitRuleSetAndAnUnknownOne() {
        Path tender = Fixtures.write(dir, "weak.yaml", WEAK);
        assertThat(Cli.run("check", tender.toString(), "--rule-set", "foa-7-9-2026").out())
                .contains("rule set foa-7-9-2026");
        Cli.Result bad = Cli.run("check", tender.toString(), "--rule-set", "foa-7-9-2025");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("check: unknown rule set 'foa-7-9-2025' (did you mean foa-7-9-202");
    }

    @Test
    void checkReportsAMalformedTenderWithItsPosition() {
        Path tender = Fixtures.write(dir, "bad.yaml", Fixtures.MALFORMED);
        Cli.Result r = Cli.run("check", tender.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(tender + ":4:1: ");
    }

    static final String OLD = """
            id: net
            version: "2026.1"
            releaseDate: 2026-12-01
            publisher: Nettverk
            criteria:
              - id: GEN-01
                revision: 1
                area: GENERAL
                kind: CONTRACT_CLAUSE
                level: BASIC
                title: {nb: Rapport}
                text: {nb: Leverandøren skal rapportere.}
                documentation:
                  - {type: PERIODIC_REPORT, due: DURING_CONTRACT, description: {nb: Rapport.}}
            """;

    @Test
    void diffListsChangesAndFailsOnAnUnbumpedText() throws Exception {
        Path old = Fixtures.write(dir, "old.yaml", OLD);
        Path bumped = Fixtures.write(dir, "bumped.yaml", OLD.replace("version: \"2026.1\"", "version: \"2027.1\"")
                .replace("revision: 1", "revision: 2").replace("skal rapportere.", "skal rapportere hvert år."));
        Cli.Result r = Cli.run("diff", old.toString(), bumped.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("net 2026.1 -> net 2027.1: 1 change\n"
                + "CHANGED    GEN-01       GEN-01@1 -> GEN-01@2  text.nb\n");
        Path silent = Fixtures.write(dir, "silent.yaml", OLD.replace("skal rapportere.", "skal rapportere hvert år."));
        Cli.Result s = Cli.run("diff", old.toString(), silent.toString(), "--json");
        assertThat(s.exit()).isEqualTo(1);
        assertThat(s.out()).contains("\"type\" : \"CHANGED\"");
        assertThat(s.err()).isEqualTo("diff: GEN-01 changed text.nb without a new revision; tenders pinned to "
                + "GEN-01@1 would change\n");
        assertThat(Cli.run("diff", old.toString(), dir.resolve("missing").toString()).exit()).isEqualTo(2);
    }

    @Test
    void reportReadsFilesAndDirectoriesAndListsBrokenOnes() throws Exception {
        Path archive = Files.createDirectories(dir.resolve("2026"));
        Fixtures.write(archive, "a.yaml", Fixtures.TENDER);
        Fixtures.write(archive, "b.yaml", Fixtures.TENDER.replace("4500000", "500000"));
        Path broken = Fixtures.write(dir, "broken.yaml", Fixtures.MALFORMED);
        Cli.Result r = Cli.run("report", archive.toString(), broken.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).startsWith("figure,key,value\r\n").contains("\r\ntenders,,2\r\n")
                .contains("\r\nmedianWeight,,30\r\n").contains("\r\nvalue,,5000000\r\n")
                .contains("\r\nfailures," + broken);
        assertThat(r.err()).startsWith("report: " + broken + ":");
        Cli.Result json = Cli.run("report", archive.toString(), "--format", "json");
        assertThat(json.exit()).isZero();
        assertThat(JsonMapper.builder().build().readTree(json.out()).get("withClimateCriteria").asInt()).isEqualTo(2);
        Path out = dir.resolve("report.csv");
        Cli.Result excel = Cli.run("report", archive.toString(), "--excel", "-o", out.toString());
        assertThat(excel.exit()).isZero();
        assertThat(Files.readString(out)).startsWith("\uFEFFfigure;key;value\r\n");
    }
}
