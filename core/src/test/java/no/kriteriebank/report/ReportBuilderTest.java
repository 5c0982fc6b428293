package no.kriteriebank.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kriteriebank.Fixtures;
import no.kriteriebank.bank.CriteriaBank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report over a fixture set of tenders gives exact figures; broken files are listed, not fatal. */
class ReportBuilderTest {
    static final CriteriaBank BANK = CriteriaBank.of(Fixtures.info(), List.of(
            Fixtures.specification().build(), Fixtures.award().build(),
            Fixtures.specification().id("BYG-01").area(no.kriteriebank.model.Area.BUILDING_AND_CONSTRUCTION)
                    .scope3Category(2).cpv("45").build(),
            Fixtures.award().id("GEN-01").area(no.kriteriebank.model.Area.GENERAL).build()));

    static String tender(String title, String criteria, String award, String environment, String value) {
        return "title: " + title + "\nbuyer: Vinje kommune\nlanguage: nn\n"
                + (value == null ? "" : "estimatedValue: " + value + "\n")
                + "criteria:\n" + criteria
                + (environment == null ? "" : "environment:\n" + environment)
                + (award == null ? "" : "award:\n" + award);
    }

    static void write(Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), tender("A", "  - id: TRA-01\n  - id: TRA-02\n",
                "  weighting: WEIGHTS\n  components:\n    - {name: Pris, category: PRICE, weight: 70}\n"
                        + "    - {name: Miljø, category: ENVIRONMENT, weight: 30, criteria: [TRA-02]}\n",
                "  option: AWARD_CRITERIA\n", "1000000"));
        Files.writeString(dir.resolve("b.yaml"), tender("B", "  - id: BYG-01\n  - id: GEN-01\n",
                "  weighting: WEIGHTS\n  components:\n    - {name: Pris, category: PRICE, weight: 60}\n"
                        + "    - {name: Miljø, category: ENVIRONMENT, weight: 40, criteria: [GEN-01]}\n",
                null, "2500000.50"));
        Files.writeString(dir.resolve("c.yaml"), tender("C", "  - id: TRA-01@1\n", null,
                "  option: SPECIFICATION\n  justification: Krava gir betre effekt.\n", "500000"));
        Files.writeString(dir.resolve("d.yaml"), tender("D", "  []\n",
                "  weighting: WEIGHTS\n  components:\n    - {name: Pris, category: PRICE, weight: 65}\n"
                        + "    - {name: Miljø, category: ENVIRONMENT, weight: 35}\n", null, null));
        Files.writeString(dir.resolve("e.yaml"), tender("E", "  []\n", null,
                "  option: NEGLIGIBLE_FOOTPRINT\n  justification: Lite innkjøp.\n", "100000"));
        Files.writeString(dir.resolve("f-broken.yaml"), "title: [\n");
        Files.writeString(dir.resolve("notes.txt"), "not a tender");
    }

    @Test
    void exactFiguresOverAFixtureSet(@TempDir Path dir) throws Exception {
        write(dir);
        ClimateReport r = new ReportBuilder(BANK).addDirectory(dir).build();
        assertThat(r.bank()).isEqualTo("test 2026.1");
        assertThat(r.tenders()).isEqualTo(5);
        assertThat(r.withClimateCriteria()).isEqualTo(4);
        assertThat(r.perArea()).isEqualTo(Map.of("TRANSPORT", 2L, "BUILDING_AND_CONSTRUCTION", 1L, "GENERAL", 1L));
        assertThat(r.perKind()).isEqualTo(Map.of("SPECIFICATION", 3L, "AWARD", 2L));
        assertThat(r.weighted()).isEqualTo(3);
        assertThat(r.minWeight()).isEqualByComparingTo("30");
        assertThat(r.medianWeight()).isEqualByComparingTo("35");
        assertThat(r.maxWeight()).isEqualByComparingTo("40");
        assertThat(r.exceptions()).isEqualTo(Map.of("quality-nor-env-spec", 1L, "quality-nor-env-none", 1L));
        assertThat(r.value()).isEqualByComparingTo("4100000.50");
        assertThat(r.valuePerArea()).containsOnlyKeys("TRANSPORT", "BUILDING_AND_CONSTRUCTION");
        assertThat(r.valuePerArea().get("TRANSPORT")).isEqualByComparingTo("1500000");
        assertThat(r.valuePerArea().get("BUILDING_AND_CONSTRUCTION")).isEqualByComparingTo("2500000.50");
        assertThat(r.valuePerScope3()).containsOnlyKeys("1", "2");
        assertThat(r.valuePerScope3().get("1")).isEqualByComparingTo("1500000");
        assertThat(r.topCriteria()).containsExactly(Map.entry("TRA-01", 2L), Map.entry("BYG-01", 1L),
                Map.entry("GEN-01", 1L), Map.entry("TRA-02", 1L));
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.file()).endsWith("f-broken.yaml");
            assertThat(f.problem()).contains("f-broken.yaml:1:9: title: syntax error");
        });
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        WeightHistogram h = new WeightHistogram();
        for (String w : List.of("30", "30.5", "45", "29.99")) {
            h.add(new BigDecimal(w));
        }
        assertThat(h.min()).isEqualByComparingTo("29.99");
        assertThat(h.median()).isEqualByComparingTo("30.25");
        assertThat(h.max()).isEqualByComparingTo("45");
        assertThat(new WeightHistogram().median()).isNull();
    }

    @Test
    void csvAndJson(@TempDir Path dir) throws Exception {
        write(dir);
        ClimateReport r = new ReportBuilder(BANK).addDirectory(dir).build();
        String csv = ReportWriter.csv(r);
        assertThat(csv).startsWith("section,key,value\r\nbank,,test 2026.1\r\ntenders,,5\r\n")
                .contains("climate weight,median,35\r\n").contains("value NOK,all,4100000.50\r\n");
        String excel = ReportWriter.csvForExcel(r);
        assertThat(excel).startsWith("\uFEFFsection;key;value\r\n").contains("value NOK;all;4100000,50\r\n");
        assertThat(ReportWriter.json(r)).contains("\"tenders\" : 5").contains("\"medianWeight\" : 35");
    }

    /**
     * A network's archive: generated tender files read in one pass. 2,000 files by default; run with
     * {@code -Dreport.files=100000} for the full-size measurement stated in README.
     */
    @Test
    void manyFilesInOnePass(@TempDir Path dir) throws Exception {
        int n = Integer.getInteger("report.files", 2000);
        String a = tender("Skyss", "  - id: TRA-01\n    values: {share: \"70\"}\n  - id: TRA-02\n",
                "  weighting: WEIGHTS\n  components:\n    - {name: Pris, category: PRICE, weight: 70}\n"
                        + "    - {name: Miljø, category: ENVIRONMENT, weight: 30, criteria: [TRA-02]}\n",
                "  option: AWARD_CRITERIA\n", "1000000");
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "t%06d.yaml", i)), a);
        }
        long start = System.nanoTime();
        ClimateReport r = new ReportBuilder(BANK).addDirectory(dir).build();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "report over %d tender files: %.1f s (%.0f files/s)%n", n, seconds,
                n / seconds);
        assertThat(r.tenders()).isEqualTo(n);
        assertThat(r.value()).isEqualByComparingTo(BigDecimal.valueOf(1_000_000L * n));
        assertThat(r.medianWeight()).isEqualByComparingTo("30");
    }
}
