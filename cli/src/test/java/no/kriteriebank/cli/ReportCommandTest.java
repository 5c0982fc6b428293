package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report}: each file once, periods, last year beside this year, and what ends the run with which code. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private Path archive() throws Exception {
        Path archive = Files.createDirectories(dir.resolve("vår 2026"));
        Fixtures.write(archive, "skyss-vår.yaml", Fixtures.TENDER.replace("procedure:", "announcementDate: 2026-03-01\n"
                + "procedure:"));
        Fixtures.write(archive, "b.yaml", Fixtures.TENDER.replace("4500000", "500000")
                .replace("procedure:", "announcementDate: 2025-11-30\nprocedure:"));
        return archive;
    }

    @Test
    void aProgressLineOnlyWhenStderrIsATerminalAndNeverInTheOutput() throws Exception {
        Path archive = archive();
        Fixtures.write(archive, "broken.yaml", "title: [\n");
        Cli.Result redirected = Cli.run(java.util.Map.of(), false, false, "report", archive.toString());
        Cli.Result terminal = Cli.run(java.util.Map.of(), false, true, "report", archive.toString());
        Cli.Result oneThread = Cli.run(java.util.Map.of(), false, true, "report", archive.toString(), "--threads", "1");
        assertThat(terminal.exit()).as(terminal.toString()).isEqualTo(1);
        assertThat(terminal.out()).isEqualTo(redirected.out()).isEqualTo(oneThread.out()).doesNotContain("files/s");
        assertThat(redirected.err()).doesNotContain("\r").doesNotContain("files/s");
        String line = "report: 1 of 3 files, ";
        assertThat(terminal.err()).startsWith("\r" + line).contains(" files/s").contains(" left");
        // wiped before the diagnostics, which then read as without the line
        String wiped = terminal.err().substring(terminal.err().lastIndexOf('\r') + 1);
        assertThat(wiped).isEqualTo(redirected.err());
        assertThat(terminal.err().substring(0, terminal.err().lastIndexOf('\r'))).endsWith("\r" + " ".repeat(
                terminal.err().substring(1, terminal.err().indexOf('\r', 1)).length()));
        Cli.Result none = Cli.run("report", archive.toString(), "--threads", "0");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("report: --threads must be at least 1, not 0\n");
    }

    @Test
    void theProgressLineSaysFilesDoneRateAndTimeLeftAtMostFourTimesASecond() {
        java.io.StringWriter text = new java.io.StringWriter();
        long[] now = {0};
        ProgressLine line = new ProgressLine(new java.io.PrintWriter(text), "report", 100_000, () -> now[0]);
        assertThat(line.text(25_000, 5_000_000_000L)).isEqualTo("report: 25,000 of 100,000 files, 5,000 files/s, 15 s left");
        assertThat(line.text(10_000, 2_000_000_000L)).isEqualTo("report: 10,000 of 100,000 files, 5,000 files/s, 18 s left");
        assertThat(line.text(1_000, 1_000_000_000L)).isEqualTo("report: 1,000 of 100,000 files, 1,000 files/s, 1 min 39 s left");
        assertThat(new ProgressLine(new java.io.PrintWriter(text), "report", -1, () -> 0).text(7, 1_000_000_000L))
                .isEqualTo("report: 7 files, 7 files/s");
        now[0] = 1_000_000;
        line.update(1);
        now[0] = 200_000_000;
        line.update(2);
        now[0] = 251_000_000;
        line.update(3);
        line.end();
        String last = "report: 3 of 100,000 files, 12 files/s, 139 min 27 s left";
        assertThat(line.text(3, 251_000_000)).isEqualTo(last);
        assertThat(text.toString()).isEqualTo("\rreport: 1 of 100,000 files, 1,000 files/s, 1 min 40 s left"
                + "\r" + last + " " + "\r" + " ".repeat(last.length()) + "\r"); // padded over the longer first line
    }

    @Test
    void aFileNamedTwiceCountsOnce() throws Exception {
        Path archive = archive();
        Cli.Result r = Cli.run("report", archive.toString(), archive.resolve("skyss-vår.yaml").toString(),
                archive.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\r\ntendersRead,,2\r\n").contains("\r\nvalue,,5000000\r\n")
                .contains("\r\nperYear.tenders,2026,1\r\n").contains("\r\nperYear.tenders,2025,1\r\n")
                .contains("\r\nperBuyer.tenders,Vinje kommune,2\r\n");
    }

    @Test
    void aPeriodByYearOrByDates() throws Exception {
        Path archive = archive();
        Cli.Result year = Cli.run("report", archive.toString(), "--period", "2026", "--format", "json");
        assertThat(year.exit()).as(year.toString()).isZero();
        assertThat(year.out()).contains("\"from\" : \"2026-01-01\",").contains("\"to\" : \"2026-12-31\",")
                .contains("\"tenders\" : 1,").contains("\"outsidePeriod\" : 1,");
        Cli.Result dates = Cli.run("report", archive.toString(), "--from", "2025-11-30", "--to", "2025-11-30");
        assertThat(dates.out()).contains("\r\ntenders,,1\r\n").contains("\r\nvalue,,500000\r\n");
        Cli.Result both = Cli.run("report", archive.toString(), "--period", "2026", "--from", "2026-01-01");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).isEqualTo("report: give either --period or --from/--to, not both\n");
        assertThat(Cli.run("report", archive.toString(), "--from", "2026-02-01", "--to", "2026-01-01").exit())
                .isEqualTo(2);
    }

    @Test
    void eachFigureBesideLastYears() throws Exception {
        Path archive = archive();
        Path last = dir.resolve("2025.json");
        Cli.Result before = Cli.run("report", archive.resolve("b.yaml").toString(), "--format", "json", "-o",
                last.toString());
        assertThat(before.exit()).as(before.toString()).isZero();
        Cli.Result r = Cli.run("report", archive.toString(), "--compare", last.toString(), "--excel");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("\uFEFFfigure;key;value;previous;change\r\n")
                .contains("\r\ntenders;;2;1;1\r\n").contains("\r\nvalue;;5000000;500000;4500000\r\n");
        Cli.Result json = Cli.run("report", archive.toString(), "--compare", last.toString(), "--format", "json");
        assertThat(json.out()).contains("\"previous\" : {");

        Path bad = Fixtures.write(dir, "bad.json", "{\n  \"tenders\": [1,\n");
        Cli.Result broken = Cli.run("report", archive.toString(), "--compare", bad.toString());
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.out()).isEmpty();
        assertThat(broken.err()).startsWith("report: --compare: " + bad + ":3:");
        Cli.Result missing = Cli.run("report", archive.toString(), "--compare", dir.resolve("2024.json").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("report: --compare: " + dir.resolve("2024.json") + ": no such file\n");
    }

    @Test
    void aMissingDirectoryIsBadUsageAndWritesNothing() throws Exception {
        Path archive = archive();
        Path out = dir.resolve("rapport.csv");
        Cli.Result r = Cli.run("report", archive.toString(), dir.resolve("anskaffelser/2026").toString(), "-o",
                out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("report: cannot read " + dir.resolve("anskaffelser/2026")
                + ": no such file or directory\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownCriteriaAndOddEntriesAreNamedAndTheRunGoesOn() throws Exception {
        Path archive = archive();
        Fixtures.write(archive, "ukjend.yaml", Fixtures.TENDER.replace("id: GEN-01", "id: TRA-99"));
        Files.createDirectories(archive.resolve("mappe.yaml"));
        Files.createSymbolicLink(archive.resolve("borte.yaml"), archive.resolve("finst-ikkje.yaml"));
        Files.writeString(archive.resolve("stor.yaml"), Fixtures.TENDER.replace("4500000", "1e999999999"));
        Cli.Result r = Cli.run("report", archive.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("\r\ntendersRead,,3\r\n").contains("\r\nwithUnknownCriteria,,1\r\n")
                .contains("\r\nunknownCriteria," + archive.resolve("ukjend.yaml") + ",");
        assertThat(r.err()).contains("report: " + archive.resolve("borte.yaml") + ": is a dangling symbolic link")
                .contains("report: " + archive.resolve("mappe.yaml") + ": is a directory, not a tender file")
                .contains("report: " + archive.resolve("stor.yaml") + ":")
                .contains("report: " + archive.resolve("ukjend.yaml") + ": criteria[0].id: unknown criterion 'TRA-99'")
                .doesNotContain("Exception");
    }
}
