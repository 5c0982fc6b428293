package no.kriteriebank.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.time.LocalDate;
import no.kriteriebank.Fixtures;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.ProcedurePart;
import no.kriteriebank.tender.Tender;
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
        assertThat(r.tendersRead()).isEqualTo(5);
        assertThat(r.tenders()).isEqualTo(5);
        assertThat(r.withClimateCriteria()).isEqualTo(4);
        assertThat(r.shareOfTendersWithClimateCriteria()).isEqualByComparingTo("80.00");
        assertThat(r.perArea()).containsEntry(Area.TRANSPORT, 2L).containsEntry(Area.BUILDING_AND_CONSTRUCTION, 1L)
                .containsEntry(Area.GENERAL, 1L).containsEntry(Area.FOOD, 0L).hasSize(Area.values().length);
        assertThat(r.perArea().keySet()).containsExactly(Area.values());
        assertThat(r.perKind()).containsEntry(CriterionKind.SPECIFICATION, 3L).containsEntry(CriterionKind.AWARD, 2L);
        assertThat(r.weighted()).isEqualTo(3);
        assertThat(r.minWeight()).isEqualByComparingTo("30");
        assertThat(r.medianWeight()).isEqualByComparingTo("35");
        assertThat(r.maxWeight()).isEqualByComparingTo("40");
        assertThat(r.options()).containsEntry(EnvironmentOption.AWARD_CRITERIA, 1L)
                .containsEntry(EnvironmentOption.SPECIFICATION, 1L)
                .containsEntry(EnvironmentOption.NEGLIGIBLE_FOOTPRINT, 1L);
        assertThat(r.noOption()).isEqualTo(2);
        assertThat(r.value()).isEqualByComparingTo("4100000.50");
        assertThat(r.value().toPlainString()).isEqualTo("4100000.50");
        // d has no value; e has no climate criteria: 4,000,000.50 of 4,100,000.50
        assertThat(r.valueWithClimateCriteria()).isEqualByComparingTo("4000000.50");
        assertThat(r.shareOfValueWithClimateCriteria()).isEqualByComparingTo("97.56");
        assertThat(r.withoutValue()).isEqualTo(1);
        assertThat(r.withoutDate()).isEqualTo(5);
        // b has BYG-01 and GEN-01: its value goes to building, not to GENERAL
        assertThat(r.valuePerArea().get(Area.TRANSPORT)).isEqualByComparingTo("1500000");
        assertThat(r.valuePerArea().get(Area.BUILDING_AND_CONSTRUCTION)).isEqualByComparingTo("2500000.50");
        assertThat(r.valuePerArea().get(Area.GENERAL)).isEqualByComparingTo("0");
        assertThat(r.perScope3()).containsExactly(Map.entry(1, 2L), Map.entry(2, 1L));
        assertThat(r.valuePerScope3().get(1)).isEqualByComparingTo("1500000");
        assertThat(r.topCriteria()).containsExactly(Map.entry("TRA-01", 2L), Map.entry("BYG-01", 1L),
                Map.entry("GEN-01", 1L), Map.entry("TRA-02", 1L));
        assertThat(r.perBuyer()).containsOnlyKeys("Vinje kommune");
        assertThat(r.perLevel().get(AmbitionLevel.ADVANCED).tenders()).isEqualTo(3);
        assertThat(r.perProcedure().get(ProcedurePart.PART_II).tenders()).isZero();
        assertThat(r.withoutProcedure()).isEqualTo(5);
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.file()).endsWith("f-broken.yaml");
            assertThat(f.problem()).contains("f-broken.yaml:1:9: title: syntax error");
        });
    }

    @Test
    void weightsAreExactAndTheMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        WeightStatistics w = new WeightStatistics();
        for (String weight : List.of("41.675", "16.667", "33.333", "30.125", "33.3330")) {
            w.add(new BigDecimal(weight));
        }
        assertThat(w.min()).isEqualTo(new BigDecimal("16.667"));
        assertThat(w.median()).isEqualTo(new BigDecimal("33.333"));
        assertThat(w.max()).isEqualTo(new BigDecimal("41.675"));
        w.add(new BigDecimal("10"));
        // 10, 16.667, 30.125, 33.333, 33.333, 41.675: (30.125 + 33.333) / 2
        assertThat(w.median()).isEqualTo(new BigDecimal("31.729"));
        WeightStatistics round = new WeightStatistics();
        round.add(new BigDecimal("30"));
        round.add(new BigDecimal("3E+1"));
        assertThat(round.median().toString()).isEqualTo("30");
        assertThat(new WeightStatistics().median()).isNull();
    }

    @Test
    void belowTheRuleSetsMinimumAsTheCheckerFindsIt() {
        Tender low = Tender.builder("Lav", "Vinje kommune", Language.NN).announcementDate(LocalDate.of(2026, 8, 1))
                .environment(EnvironmentOption.AWARD_CRITERIA, null)
                .award(AwardModel.weighted(AwardComponent.weighted("Pris", AwardCategory.PRICE, "75"),
                        AwardComponent.weighted("Miljø", AwardCategory.ENVIRONMENT, "25")))
                .build();
        Tender enough = Tender.builder("Nok", "Vinje kommune", Language.NN).announcementDate(LocalDate.of(2026, 8, 1))
                .award(AwardModel.weighted(AwardComponent.weighted("Pris", AwardCategory.PRICE, "70"),
                        AwardComponent.weighted("Miljø", AwardCategory.ENVIRONMENT, "30")))
                .build();
        ClimateReport r = new ReportBuilder(BANK).add(low).add(enough).build();
        assertThat(r.belowMinimumWeight()).isEqualTo(1);
        assertThat(r.withClimateCriteria()).isEqualTo(2);
    }

    @Test
    void oneBadFileNeverAbortsTheRunAndUnknownCriteriaAreNamed(@TempDir Path dir) throws Exception {
        write(dir);
        Files.writeString(dir.resolve("g-huge.yaml"), tender("G", "  - id: TRA-01\n", null, null, "1e999999999"));
        Files.writeString(dir.resolve("h-weight.yaml"), tender("H", "  []\n",
                "  weighting: WEIGHTS\n  components:\n    - {name: Pris, category: PRICE, weight: 70}\n"
                        + "    - {name: Miljø, category: ENVIRONMENT, weight: 1e-999999999}\n", null, "1"));
        Files.writeString(dir.resolve("h-zero.yaml"), tender("H0", "  []\n", null, null, "0E-999999999"));
        Files.writeString(dir.resolve("i-unknown.yaml"), tender("I", "  - id: TRA-01\n  - id: TRA-99\n", null, null,
                "10"));
        long start = System.nanoTime();
        ClimateReport r = new ReportBuilder(BANK).addDirectory(dir).build();
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
        assertThat(r.tendersRead()).isEqualTo(6);
        assertThat(r.failures()).extracting(ClimateReport.FileProblem::file)
                .containsExactly(dir.resolve("f-broken.yaml").toString(), dir.resolve("g-huge.yaml").toString(),
                        dir.resolve("h-weight.yaml").toString(), dir.resolve("h-zero.yaml").toString());
        assertThat(r.withUnknownCriteria()).isEqualTo(1);
        assertThat(r.unknownCriteria()).singleElement().isEqualTo(new ClimateReport.FileProblem(
                dir.resolve("i-unknown.yaml").toString(),
                dir.resolve("i-unknown.yaml") + ": criteria[1].id: unknown criterion 'TRA-99'"));
        assertThat(r.topCriteria()).containsEntry("TRA-01", 3L);
    }

    @Test
    void eachFileCountsOnceAndOddEntriesAreListed(@TempDir Path dir) throws Exception {
        Path archive = Files.createDirectories(dir.resolve("arkiv"));
        write(archive);
        Path outside = Files.createDirectories(dir.resolve("utanfor"));
        Files.writeString(outside.resolve("x.yaml"), tender("X", "  - id: TRA-01\n", null, null, "7"));
        Files.createDirectories(archive.resolve("mappe.yaml"));
        Files.writeString(archive.resolve("mappe.yaml").resolve("inni.yaml"), tender("Inni", "  []\n", null, null, "1"));
        Files.createSymbolicLink(archive.resolve("dangling.yaml"), archive.resolve("gone.yaml"));
        Files.createSymbolicLink(archive.resolve("loop.yaml"), archive.resolve("loop.yaml"));
        Files.createSymbolicLink(archive.resolve("up"), archive);
        Files.createSymbolicLink(archive.resolve("same-a.yaml"), archive.resolve("a.yaml"));
        Files.createSymbolicLink(archive.resolve("ut"), outside);
        Files.createSymbolicLink(archive.resolve("ut-igjen"), outside);
        Files.createSymbolicLink(archive.resolve("x.yaml"), outside.resolve("x.yaml"));

        ClimateReport r = new ReportBuilder(BANK).add(archive.resolve("a.yaml")).addDirectory(archive)
                .add(archive.resolve("a.yaml")).addDirectory(archive).add(outside.resolve("x.yaml"))
                .addDirectory(outside).build();
        assertThat(r.tendersRead()).as(r.failures().toString()).isEqualTo(6);  // a-e once, x once
        assertThat(r.value()).isEqualByComparingTo("4100007.50");
        assertThat(r.failures()).extracting(ClimateReport.FileProblem::problem).containsExactly(
                archive.resolve("dangling.yaml") + ": is a dangling symbolic link: its target does not exist",
                archive.resolve("f-broken.yaml") + ":1:9: title: syntax error: while parsing a flow node expected the "
                        + "node content, but found '<stream end>'",
                archive.resolve("loop.yaml") + ": is a symbolic link loop",
                archive.resolve("mappe.yaml") + ": is a directory, not a tender file; not read",
                archive.resolve("up") + ": is a symbolic link loop: it points to " + archive.toRealPath()
                        + ", which contains it");
    }

    @Test
    void aMissingDirectoryIsAnError(@TempDir Path dir) {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new ReportBuilder(BANK).addDirectory(dir.resolve("finst-ikkje")))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void aPeriodCountsOnlyTheTendersAnnouncedInIt() {
        Tender.Builder t = Tender.builder("T", "Vinje kommune", Language.NB).criterion("TRA-01");
        ClimateReport r = new ReportBuilder(BANK).period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                .add(t.announcementDate(LocalDate.of(2025, 12, 31)).build())
                .add(t.announcementDate(LocalDate.of(2026, 1, 1)).build())
                .add(t.announcementDate(LocalDate.of(2026, 12, 31)).build())
                .add(t.announcementDate(null).build())
                .build();
        assertThat(r.tendersRead()).isEqualTo(4);
        assertThat(r.tenders()).isEqualTo(2);
        assertThat(r.outsidePeriod()).isEqualTo(2);
        assertThat(r.withoutDate()).isEqualTo(1);
        assertThat(r.perYear()).containsOnlyKeys(2026);
    }

    @Test
    void csvAndJsonNameTheSameFigures(@TempDir Path dir) throws Exception {
        write(dir);
        ClimateReport r = new ReportBuilder(BANK).addDirectory(dir).build();
        String csv = ReportWriter.csv(r);
        assertThat(csv).startsWith("figure,key,value\r\nbank,,test 2026.1\r\nfrom,,\r\nto,,\r\ntendersRead,,5\r\n")
                .contains("\r\nmedianWeight,,35\r\n").contains("\r\nvalue,,4100000.50\r\n")
                .contains("\r\nperArea,TRANSPORT,2\r\n").contains("\r\nperScope3,1,2\r\n")
                .contains("\r\nperLevel.tenders,ADVANCED,3\r\n").contains("\r\nperBuyer.value,Vinje kommune,4100000.50\r\n")
                .contains("\r\nfailures," + dir.resolve("f-broken.yaml") + ",");
        String excel = ReportWriter.csvForExcel(r);
        assertThat(excel).startsWith("\uFEFFfigure;key;value\r\n").contains("\r\nvalue;;4100000,50\r\n")
                .contains("\r\nshareOfValueWithClimateCriteria;;97,56\r\n");
        String json = ReportWriter.json(r);
        assertThat(json).contains("\"tenders\" : 5").contains("\"medianWeight\" : 35,").contains("\"minWeight\" : 30,")
                .contains("\"value\" : 4100000.50,").doesNotContain("E+");
        Set<String> fields = new java.util.LinkedHashSet<>();
        ReportJson.MAPPER.readTree(json).propertyNames().forEach(fields::add);
        Set<String> components = new java.util.LinkedHashSet<>();
        for (var c : ClimateReport.class.getRecordComponents()) {
            components.add(c.getName());
        }
        assertThat(fields).containsExactlyElementsOf(components);
        Set<String> figures = new java.util.LinkedHashSet<>();
        csv.lines().skip(1).forEach(l -> figures.add(l.substring(0, l.indexOf(',')).replaceAll("\\..*", "")));
        assertThat(figures).isSubsetOf(components);
    }

    @Test
    void excelNeverRunsATextAsAFormula() {
        Tender t = Tender.builder("T", "=HYPERLINK(\"http://x\")", Language.NB).criterion("TRA-01").build();
        ClimateReport r = new ReportBuilder(BANK).add(t).build();
        assertThat(ReportWriter.csvForExcel(r)).contains("\r\nperBuyer.tenders;\"'=HYPERLINK(\"\"http://x\"\")\";1\r\n");
        assertThat(ReportWriter.csv(r)).contains("\r\nperBuyer.tenders,\"=HYPERLINK(\"\"http://x\"\")\",1\r\n");
    }

    @Test
    void eachFigureBesideLastYears(@TempDir Path dir) throws Exception {
        write(dir);
        ClimateReport now = new ReportBuilder(BANK).addDirectory(dir).build();
        Files.delete(dir.resolve("a.yaml"));
        ClimateReport then = new ReportBuilder(BANK).addDirectory(dir).build();
        PreviousReport previous = PreviousReport.parse("2025.json", ReportWriter.json(then));
        String csv = ReportWriter.csv(now, previous);
        assertThat(csv).startsWith("figure,key,value,previous,change\r\nbank,,test 2026.1,test 2026.1,\r\n")
                .contains("\r\ntenders,,5,4,1\r\n").contains("\r\nvalue,,4100000.50,3100000.50,1000000\r\n")
                .contains("\r\nminWeight,,30,35,-5\r\n").contains("\r\nperArea,TRANSPORT,2,1,1\r\n");
        assertThat(ReportWriter.csvForExcel(now, previous)).contains("\r\nvalue;;4100000,50;3100000,50;1000000\r\n");
        var tree = ReportJson.MAPPER.readTree(ReportWriter.json(now, previous));
        assertThat(tree.path("tenders").asInt()).isEqualTo(5);
        assertThat(tree.path("previous").path("tenders").asInt()).isEqualTo(4);
        // a report from an older version lacks figures: they are shown empty, its extra ones follow
        PreviousReport old = PreviousReport.parse("old.json", "{\"bank\": \"kriteriebank 2026.1\", \"tenders\": 3, "
                + "\"exceptions\": {\"quality-nor-env-spec\": 1}}");
        assertThat(ReportWriter.csv(now, old)).contains("\r\ntenders,,5,3,2\r\n").contains("\r\nnoOption,,2,,\r\n")
                .endsWith("\r\nexceptions,quality-nor-env-spec,,1,\r\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PreviousReport.parse("bad.json", "{\n  \"tenders\": ,"))
                .isInstanceOf(no.kriteriebank.problem.InvalidInputException.class)
                .isNotInstanceOf(no.kriteriebank.bank.BankLoadException.class) // a report is not a bank
                .hasMessageContaining("bad.json:2:");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PreviousReport.parse("list.json", "[1, 2]"))
                .hasMessageContaining("list.json: not a report written by 'kriteriebank report --format json'");
    }

    /** Tender files whose spellings would differ if they were counted out of order or twice: 700, over 4 windows. */
    static void writeMany(Path dir) throws Exception {
        String[] weights = {"30", "30.0", "3E+1", "33.333", "33.3330", "25", "41.675"};
        String[] values = {"1000000", "1000000.0", "2500000.50", "1E+6", null, "0.001"};
        String[] buyers = {"Vinje kommune", "  Vinje   kommune ", "Voss herad", "Ålesund kommune", "ålesund kommune"};
        String[] criteria = {"  - id: TRA-01\n", "  - id: TRA-02\n  - id: TRA-01@1\n", "  - id: BYG-01\n",
            "  - id: GEN-01\n  - id: TRA-99\n", "  []\n"};
        for (int i = 0; i < 700; i++) {
            Path sub = Files.createDirectories(dir.resolve(String.format(Locale.ROOT, "d%02d", i % 13)));
            String name = String.format(Locale.ROOT, "t%04d.yaml", i);
            if (i % 97 == 5) {
                Files.writeString(sub.resolve(name), "title: [\n");
                continue;
            }
            String award = i % 4 == 3 ? null : "  weighting: WEIGHTS\n  components:\n"
                    + "    - {name: Pris, category: PRICE, weight: 50}\n"
                    + "    - {name: Miljø, category: ENVIRONMENT, weight: " + weights[i % weights.length] + "}\n";
            String text = tender("T" + i, criteria[i % criteria.length], award,
                    i % 3 == 0 ? "  option: AWARD_CRITERIA\n" : null, values[i % values.length])
                    .replace("buyer: Vinje kommune", "buyer: \"" + buyers[i % buyers.length] + "\"")
                    + (i % 5 == 0 ? "announcementDate: 202" + (4 + i % 3) + "-0" + (1 + i % 9) + "-15\n" : "");
            Files.writeString(sub.resolve(name), text);
        }
        Files.createSymbolicLink(dir.resolve("d00").resolve("dangling.yaml"), dir.resolve("gone.yaml"));
        Files.createSymbolicLink(dir.resolve("d01").resolve("again.yaml"), dir.resolve("d02").resolve("t0002.yaml"));
    }

    @Test
    void theParallelReportIsTheSequentialOneByteForByte(@TempDir Path dir) throws Exception {
        writeMany(dir);
        Tender extra = Tender.builder("Ekstra", "Voss herad", Language.NN).criterion("TRA-01").build();
        java.util.function.IntFunction<ClimateReport> run = threads -> {
            try {
                return new ReportBuilder(BANK).threads(threads)
                        .add(dir.resolve("d03").resolve("t0003.yaml")).add(extra).addDirectory(dir)
                        .add(dir.resolve("d05").resolve("t0005.yaml")).build();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        ClimateReport sequential = run.apply(1);
        assertThat(sequential.failures()).hasSize(9);
        assertThat(sequential.unknownCriteria()).isNotEmpty();
        assertThat(sequential.tendersRead()).isEqualTo(700 - 8 + 1);
        for (int threads : new int[] {2, 3}) {
            ClimateReport parallel = run.apply(threads);
            assertThat(parallel).isEqualTo(sequential);
            assertThat(ReportWriter.json(parallel)).isEqualTo(ReportWriter.json(sequential));
            assertThat(ReportWriter.csv(parallel)).isEqualTo(ReportWriter.csv(sequential));
            assertThat(ReportWriter.csvForExcel(parallel)).isEqualTo(ReportWriter.csvForExcel(sequential));
        }
    }

    @Test
    void progressIsToldOnTheCallersThreadOnceForEachFileInOrder(@TempDir Path dir) throws Exception {
        writeMany(dir);
        List<Long> seen = new java.util.ArrayList<>();
        Thread caller = Thread.currentThread();
        ClimateReport r = new ReportBuilder(BANK).threads(2).progress(n -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            seen.add(n);
        }).addDirectory(dir).build();
        // 700 files, of which 7 broken, and the dangling link; the second name of t0002 is not read again
        assertThat(r.tendersRead() + r.failures().size()).isEqualTo(701);
        assertThat(seen).hasSize(701);
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i)).isEqualTo(i + 1L);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReportBuilder(BANK).threads(0))
                .isInstanceOf(IllegalArgumentException.class);
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
        assertThat(r.belowMinimumWeight()).isZero();
        assertThat(r.value()).isEqualByComparingTo(BigDecimal.valueOf(1_000_000L * n));
        assertThat(r.medianWeight()).isEqualByComparingTo("30");
    }
}
