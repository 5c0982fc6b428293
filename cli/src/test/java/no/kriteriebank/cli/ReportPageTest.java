package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Language;
import no.kriteriebank.report.ClimateReport;
import no.kriteriebank.report.ReportBuilder;
import no.kriteriebank.templates.StandardBank;
import no.kriteriebank.templates.StandardLayouts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report: its SVG bars are the report's figures, drawn to scale, and the same numbers are in tables. */
class ReportPageTest {
    private static final Pattern BAR = Pattern.compile(
            "<rect x=\"250\" y=\"\\d+\" width=\"(\\d+)\" height=\"20\" data-label=\"([^\"]+)\" data-value=\"([^\"]+)\">");
    private static final Pattern COLUMN = Pattern.compile(
            "<rect x=\"\\d+\" y=\"\\d+\" width=\"\\d+\" height=\"(\\d+)\" data-from=\"(\\d+)\" data-value=\"(\\d+)\">");

    /** Twelve tenders: weights 10 to 60 in steps that fill several bands, criteria from three areas. */
    private static Path fixtures(Path dir) throws IOException {
        String[] weights = {"30", "30", "33.333", "35", "40", "45", "25", "20", "50", "60", "10", "30"};
        String[][] criteria = {{"TRA-01", "TRA-06"}, {"TRA-06"}, {"BYG-01", "TRA-06"}, {"MAT-01", "TRA-06"},
            {"TRA-06"}, {"GEN-01", "TRA-06"}, {"TRA-06"}, {"TRA-02", "TRA-06"}, {"TRA-06"}, {"TRA-06", "TRA-08"},
            {"TRA-06"}, {"BYG-01", "TRA-06"}};
        for (int i = 0; i < weights.length; i++) {
            StringBuilder yaml = new StringBuilder("title: Anbud " + i + "\nbuyer: Kommune " + (i % 3)
                    + "\nlanguage: nb\nannouncementDate: 2026-0" + (1 + i % 6) + "-15\nprocedure: PART_III\n"
                    + "estimatedValue: " + (1_000_000 * (i + 1)) + "\ncriteria:\n");
            for (String c : criteria[i]) {
                yaml.append("  - id: ").append(c).append('\n');
            }
            BigDecimal env = new BigDecimal(weights[i]);
            yaml.append("environment:\n  option: AWARD_CRITERIA\naward:\n  weighting: WEIGHTS\n  components:\n"
                    + "    - name: Pris\n      category: PRICE\n      weight: " + BigDecimal.valueOf(100).subtract(env)
                    + "\n    - name: Klima\n      category: ENVIRONMENT\n      weight: " + env
                    + "\n      criteria: [TRA-06]\n");
            Files.writeString(dir.resolve("anbud-" + i + ".yaml"), yaml);
        }
        return dir;
    }

    @Test
    void theBarsAreTheReportsFiguresDrawnToScale(@TempDir Path dir) throws IOException {
        CriteriaBank bank = StandardBank.load();
        ClimateReport report = new ReportBuilder(bank).addDirectory(fixtures(dir)).build();
        assertThat(report.failures()).isEmpty();
        String html = StandardLayouts.site(bank).build().report(report, Language.NB);

        Map<String, Long> expectedAreas = new LinkedHashMap<>();
        report.perArea().forEach((a, n) -> expectedAreas.put(a.label().nb(), n));
        assertThat(bars(chart(html, "perArea"))).isEqualTo(scaled(expectedAreas));
        assertThat(expectedAreas.get(Area.TRANSPORT.label().nb())).isEqualTo(12);

        Map<String, Long> expectedTop = new LinkedHashMap<>(report.topCriteria());
        assertThat(bars(chart(html, "topCriteria"))).isEqualTo(scaled(expectedTop));
        assertThat(expectedTop.keySet()).startsWith("TRA-06");

        // the histogram: weighted tenders per 10-point band, counted here from the weights written above
        Map<Integer, Long> bands = new TreeMap<>();
        for (int b = 0; b < 100; b += 10) {
            bands.put(b, 0L);
        }
        for (String w : List.of("30", "30", "33.333", "35", "40", "45", "25", "20", "50", "60", "10", "30")) {
            bands.merge(new BigDecimal(w).intValue() / 10 * 10, 1L, Long::sum);
        }
        Map<Integer, Long> drawn = new TreeMap<>();
        Map<Integer, Integer> heights = new TreeMap<>();
        Matcher m = COLUMN.matcher(chart(html, "weights"));
        while (m.find()) {
            drawn.put(Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
            heights.put(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        assertThat(drawn).isEqualTo(bands);
        long max = bands.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        bands.forEach((b, n) -> assertThat(heights.get(b)).as("band " + b)
                .isEqualTo(n == 0 ? 0 : (int) Math.max(1, Math.round(n * 180.0 / max))));
        assertThat(chart(html, "weights")).contains("data-minimum=\"30\u00a0%\"").contains("Minstevekt 30\u00a0%");

        assertThat(html).contains("<dd data-figure=\"tenders\">12</dd>")
                // median of 12: the mean of 30 and 33.333, kept exact
                .contains("<dd data-figure=\"weights\">10\u00a0% / 31,6665\u00a0% / 60\u00a0%</dd>")
                .contains("<style>").doesNotContain("<script").doesNotContain("href=\"area-");
        // the numbers are also in a table for screen readers
        assertThat(html).contains("<tr><th scope=\"row\">Transport</th><td>12</td></tr>");
    }

    @Test
    void theReportCommandWritesHtmlAndTheSiteGetsAReportPage(@TempDir Path dir) throws IOException {
        Path tenders = fixtures(Files.createDirectories(dir.resolve("anbud")));
        Path page = dir.resolve("rapport.html");
        Cli.Result r = Cli.run("report", tenders.toString(), "--format", "html", "--lang", "en", "-o",
                page.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(Fixtures.read(page)).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("<h2 id=\"c-perArea\">Tenders with criteria per area</h2>").contains("Minimum weight 30%");

        Path site = dir.resolve("site");
        Cli.Result s = Cli.run("site", "-o", site.toString(), "--report", tenders.toString());
        assertThat(s.exit()).as(s.toString()).isZero();
        assertThat(Fixtures.read(site.resolve("nn/report.html"))).contains("<svg class=\"chart bars\"")
                .contains("href=\"../assets/site.css\"");
        assertThat(Fixtures.read(site.resolve("nn/index.html"))).contains("<a href=\"report.html\">Klimarapport</a>");
        assertThat(Fixtures.read(site.resolve("nn/index.html"))).doesNotContain("aria-current=\"page\">Klimarapport");
    }

    private static String chart(String html, String id) {
        int start = html.indexOf("data-chart=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        return html.substring(start, html.indexOf("</svg>", start));
    }

    private static Map<String, String> bars(String svg) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = BAR.matcher(svg);
        while (m.find()) {
            out.put(m.group(2), m.group(3) + "@" + m.group(1));
        }
        return out;
    }

    /** Each value with the bar length it must have: proportional to the largest, 360 units at most. */
    private static Map<String, String> scaled(Map<String, Long> values) {
        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v + "@" + (v == 0 ? 0 : Math.max(1, Math.round(v * 360.0 / max)))));
        return out;
    }
}
