package no.kriteriebank.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.kriteriebank.Fixtures;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.check.TenderChecker;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.ProcedurePart;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;
import no.kriteriebank.tender.TenderLoader;
import no.kriteriebank.tender.Weighting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure of the report over 360 generated tender files (fixed seed) equals what a second, deliberately plain
 * implementation here computes from the same tenders held in a list: sorting for the median, streams for the rest.
 * Nothing here is shared with {@link ReportBuilder}.
 */
class ReportOracleTest {
    static final long SEED = 20261201L;
    static final int COUNT = 360;
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static final List<Criterion> CRITERIA = List.of(
            Fixtures.specification().build(),                                                       // TRA-01 spec, adv, s3 1
            Fixtures.award().build(),                                                               // TRA-02 award, basic
            Fixtures.specification().id("TRA-03").level(AmbitionLevel.LEADING).scope3Category(4).build(),
            Fixtures.specification().id("BYG-01").area(Area.BUILDING_AND_CONSTRUCTION).scope3Category(2).cpv("45")
                    .build(),
            Fixtures.specification().id("BYG-02").area(Area.BUILDING_AND_CONSTRUCTION).scope3Category(10)
                    .level(AmbitionLevel.BASIC).kind(CriterionKind.CONTRACT_CLAUSE).cpv("45").build(),
            Fixtures.award().id("GEN-01").area(Area.GENERAL).build(),
            Fixtures.specification().id("GEN-02").area(Area.GENERAL).kind(CriterionKind.QUALIFICATION)
                    .scope3Category(null).level(AmbitionLevel.BASIC).build(),
            Fixtures.specification().id("MAT-01").area(Area.FOOD).scope3Category(1).level(AmbitionLevel.LEADING)
                    .cpv("15").build(),
            Fixtures.specification().id("IKT-01").area(Area.IT_EQUIPMENT).scope3Category(11).cpv("30").build(),
            Fixtures.award().id("IKT-02").area(Area.IT_EQUIPMENT).level(AmbitionLevel.ADVANCED).build(),
            Fixtures.specification().id("KON-01").area(Area.OFFICE_SUPPLIES_AND_FURNITURE).scope3Category(12)
                    .cpv("39").build(),
            Fixtures.specification().id("VEG-01").area(Area.ROAD_MAINTENANCE).scope3Category(2).cpv("45").build());
    static final CriteriaBank BANK = CriteriaBank.of(Fixtures.info(), CRITERIA);
    static final List<String> WEIGHTS = List.of("16.667", "33.333", "41.675", "30", "25", "10.5", "35.125", "30.0");
    static final List<String> BUYERS = List.of("Vinje kommune", " Vinje  kommune", "Ålesund kommune", "Ås kommune",
            "Agder fylkeskommune", "Æsj AS", "Oslo kommune");

    @Test
    void everyFigureMatchesASecondImplementation(@TempDir Path dir) throws Exception {
        List<Tender> tenders = generate(new Random(SEED));
        Map<Tender, String> files = new LinkedHashMap<>();
        for (int i = 0; i < tenders.size(); i++) {
            Path sub = Files.createDirectories(dir.resolve("t" + (i % 7)));
            Path file = sub.resolve(String.format(Locale.ROOT, "anbod-%03d.yaml", i));
            Files.writeString(file, TenderLoader.toYaml(tenders.get(i)));
            files.put(tenders.get(i), file.toString());
        }
        Files.writeString(dir.resolve("t3").resolve("zz-broken.yaml"), "title: [\n");
        Files.writeString(dir.resolve("notes.txt"), "not a tender");

        TenderChecker checker = TenderChecker.builder().bank(BANK)
                .clock(Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneId.of("Europe/Oslo"))).build();
        Oracle all = new Oracle(tenders, files, checker, null, null);
        ClimateReport report = new ReportBuilder(BANK).checker(checker)
                .addDirectory(dir)
                .add(dir.resolve("t0").resolve("anbod-000.yaml"))  // named again: counted once
                .addDirectory(dir.resolve("t1"))                    // inside a directory already read
                .build();
        all.assertMatches(report);
        assertThat(report.failures()).extracting(ClimateReport.FileProblem::file)
                .containsExactly(dir.resolve("t3").resolve("zz-broken.yaml").toString());

        // the set is what the acceptance asks for: three-decimal weights and an even number of them
        assertThat(all.weights).hasSizeGreaterThan(100);
        assertThat(all.weights.size() % 2).isZero();
        List<BigDecimal> sorted = all.weights.stream().sorted().toList();
        BigDecimal lower = sorted.get(sorted.size() / 2 - 1);
        BigDecimal upper = sorted.get(sorted.size() / 2);
        assertThat(lower).isNotEqualByComparingTo(upper);
        assertThat(report.medianWeight().scale()).isGreaterThanOrEqualTo(3);
        assertThat(report.minWeight().scale()).isEqualTo(3);
        assertThat(report.belowMinimumWeight()).isPositive();
        assertThat(report.withUnknownCriteria()).isPositive();

        Oracle year = new Oracle(tenders, files, checker, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        ClimateReport in2026 = new ReportBuilder(BANK).checker(checker)
                .period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).addDirectory(dir).build();
        year.assertMatches(in2026);
        assertThat(in2026.outsidePeriod()).isPositive();
    }

    /** Tenders of every shape the report distinguishes, with an even number of weighted ones. */
    static List<Tender> generate(Random random) {
        List<Tender> tenders = new ArrayList<>();
        int weighted = 0;
        for (int i = 0; i < COUNT || weighted % 2 != 0; i++) {
            Tender.Builder b = Tender.builder("Anbod " + i, pick(random, BUYERS), Language.values()[random.nextInt(3)]);
            if (random.nextInt(10) > 0) {
                b.announcementDate(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(4 * 365)));
            }
            if (random.nextInt(5) > 0) {
                b.procedure(ProcedurePart.values()[random.nextInt(3)]);
            }
            if (random.nextInt(7) > 0) {
                b.estimatedValue(BigDecimal.valueOf(random.nextInt(50_000_000), random.nextInt(3)));
            }
            int n = random.nextInt(5);
            for (int c = 0; c < n; c++) {
                int which = random.nextInt(CRITERIA.size() + 2);
                String id = which == CRITERIA.size() ? "TRA-99" : which > CRITERIA.size() ? "IKT-77"
                        : CRITERIA.get(which).id();
                b.criterion(random.nextInt(6) == 0 && which < CRITERIA.size() ? id + "@1" : id);
            }
            if (random.nextInt(5) > 0) {
                EnvironmentOption option = random.nextInt(2) == 0 ? EnvironmentOption.AWARD_CRITERIA
                        : EnvironmentOption.values()[random.nextInt(EnvironmentOption.values().length)];
                b.environment(option, option == EnvironmentOption.AWARD_CRITERIA ? null : "Grunngjeving.");
            }
            switch (random.nextInt(6)) {
                case 0 -> { } // no award model
                case 1 -> b.award(AwardModel.weighted(AwardComponent.weighted("Pris", AwardCategory.PRICE, "100")));
                case 2 -> b.award(new AwardModel(Weighting.PRIORITY, List.of(
                        AwardComponent.ranked("Pris", AwardCategory.PRICE, 1),
                        AwardComponent.ranked("Klima", AwardCategory.ENVIRONMENT, 2))));
                case 3 -> {
                    BigDecimal a = new BigDecimal(random.nextInt(20) + "." + String.format(Locale.ROOT, "%03d",
                            random.nextInt(1000)));
                    BigDecimal c = new BigDecimal(pick(random, WEIGHTS));
                    b.award(new AwardModel(Weighting.WEIGHTS, List.of(
                            AwardComponent.weighted("Pris", AwardCategory.PRICE,
                                    BigDecimal.valueOf(100).subtract(a).subtract(c).toPlainString()),
                            new AwardComponent("Utslepp", AwardCategory.ENVIRONMENT, a, null, List.of(), null),
                            new AwardComponent("Miljø", AwardCategory.ENVIRONMENT, c, null, List.of(), null))));
                    weighted++;
                }
                default -> {
                    String w = random.nextInt(4) == 0 ? pick(random, WEIGHTS)
                            : (10 + random.nextInt(40)) + "." + String.format(Locale.ROOT, "%03d", random.nextInt(1000));
                    BigDecimal env = new BigDecimal(w);
                    b.award(AwardModel.weighted(
                            AwardComponent.weighted("Pris", AwardCategory.PRICE,
                                    BigDecimal.valueOf(100).subtract(env).toPlainString()),
                            new AwardComponent("Klima og miljø", AwardCategory.ENVIRONMENT, env, null, List.of(),
                                    null)));
                    weighted++;
                }
            }
            tenders.add(b.build());
        }
        return tenders;
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** The report's figures, computed plainly from all tenders in memory. */
    static final class Oracle {
        final List<Tender> counted = new ArrayList<>();
        final List<BigDecimal> weights = new ArrayList<>();
        final long read;
        final long withoutDate;
        final Map<Tender, String> files;
        final TenderChecker checker;
        final LocalDate from;
        final LocalDate to;

        Oracle(List<Tender> all, Map<Tender, String> files, TenderChecker checker, LocalDate from, LocalDate to) {
            this.files = files;
            this.checker = checker;
            this.from = from;
            this.to = to;
            this.read = all.size();
            this.withoutDate = all.stream().filter(t -> t.announcementDate() == null).count();
            for (Tender t : all) {
                LocalDate d = t.announcementDate();
                boolean in = from == null && to == null
                        || d != null && (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
                if (in) {
                    counted.add(t);
                }
            }
            for (Tender t : counted) {
                if (weightedClimate(t)) {
                    BigDecimal sum = BigDecimal.ZERO;
                    for (AwardComponent c : t.award().components()) {
                        if (c.category() == AwardCategory.ENVIRONMENT) {
                            sum = sum.add(c.weight());
                        }
                    }
                    weights.add(sum);
                }
            }
        }

        static boolean weightedClimate(Tender t) {
            return t.award() != null && t.award().weighting() == Weighting.WEIGHTS
                    && t.award().components().stream().anyMatch(c -> c.category() == AwardCategory.ENVIRONMENT);
        }

        static boolean rankedClimate(Tender t) {
            return t.award() != null && t.award().weighting() == Weighting.PRIORITY
                    && t.award().components().stream().anyMatch(c -> c.category() == AwardCategory.ENVIRONMENT);
        }

        /** The distinct bank criteria of a tender, in order. */
        static List<Criterion> known(Tender t) {
            Map<String, Criterion> out = new LinkedHashMap<>();
            for (SelectedCriterion s : t.criteria()) {
                String id = s.id().contains("@") ? s.id().substring(0, s.id().indexOf('@')) : s.id();
                CRITERIA.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(c -> out.put(c.id(), c));
            }
            return new ArrayList<>(out.values());
        }

        static boolean climate(Tender t) {
            return !known(t).isEmpty() || weightedClimate(t) || rankedClimate(t);
        }

        static BigDecimal sum(List<Tender> tenders) {
            BigDecimal total = BigDecimal.ZERO;
            for (Tender t : tenders) {
                if (t.estimatedValue() != null) {
                    total = total.add(t.estimatedValue());
                }
            }
            return total;
        }

        static BigDecimal percent(BigDecimal part, BigDecimal whole) {
            if (whole.signum() == 0) {
                return null;
            }
            return part.multiply(new BigDecimal("100")).divide(whole, 2, RoundingMode.HALF_UP);
        }

        static BigDecimal plain(BigDecimal b) {
            BigDecimal s = b.stripTrailingZeros();
            return s.scale() < 0 ? s.setScale(0) : s;
        }

        static ClimateReport.Breakdown breakdown(List<Tender> group) {
            List<Tender> climate = group.stream().filter(Oracle::climate).toList();
            return new ClimateReport.Breakdown(group.size(), climate.size(), sum(group), sum(climate));
        }

        static Area mainArea(Tender t) {
            List<Criterion> known = known(t);
            Map<Area, Long> counts = known.stream().collect(Collectors.groupingBy(Criterion::area, Collectors.counting()));
            if (counts.size() > 1) {
                counts.remove(Area.GENERAL);
            }
            Area best = null;
            for (Area a : Area.values()) {  // bank order decides ties
                if (counts.containsKey(a) && (best == null || counts.get(a) > counts.get(best))) {
                    best = a;
                }
            }
            return best;
        }

        static Integer mainCategory(Tender t) {
            Map<Integer, Long> counts = known(t).stream().filter(c -> c.scope3Category() != null)
                    .collect(Collectors.groupingBy(Criterion::scope3Category, Collectors.counting()));
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
        }

        void assertMatches(ClimateReport r) {
            List<Tender> climate = counted.stream().filter(Oracle::climate).toList();
            assertThat(r.bank()).isEqualTo("test 2026.1");
            assertThat(r.from()).isEqualTo(from);
            assertThat(r.to()).isEqualTo(to);
            assertThat(r.tendersRead()).isEqualTo(read);
            assertThat(r.tenders()).isEqualTo(counted.size());
            assertThat(r.outsidePeriod()).isEqualTo(read - counted.size());
            assertThat(r.withoutDate()).isEqualTo(withoutDate);
            assertThat(r.withoutValue()).isEqualTo(counted.stream().filter(t -> t.estimatedValue() == null).count());
            assertThat(r.withoutProcedure()).isEqualTo(counted.stream().filter(t -> t.procedure() == null).count());
            assertThat(r.withClimateCriteria()).isEqualTo(climate.size());
            assertThat(r.shareOfTendersWithClimateCriteria()).isEqualTo(
                    percent(BigDecimal.valueOf(climate.size()), BigDecimal.valueOf(counted.size())));
            assertThat(r.value()).isEqualTo(sum(counted));
            assertThat(r.valueWithClimateCriteria()).isEqualTo(sum(climate));
            assertThat(r.shareOfValueWithClimateCriteria()).isEqualTo(percent(sum(climate), sum(counted)));

            List<BigDecimal> sorted = new ArrayList<>(weights);
            Collections.sort(sorted);
            assertThat(r.weighted()).isEqualTo(sorted.size());
            assertThat(r.ranked()).isEqualTo(counted.stream().filter(Oracle::rankedClimate).count());
            int n = sorted.size();
            assertThat(r.minWeight()).isEqualTo(plain(sorted.get(0)));
            assertThat(r.maxWeight()).isEqualTo(plain(sorted.get(n - 1)));
            BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
                    : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(new BigDecimal("2"));
            assertThat(r.medianWeight()).isEqualTo(plain(median));
            Map<BigDecimal, Long> distribution = new TreeMap<>();
            for (BigDecimal w : sorted) {
                distribution.merge(plain(w), 1L, Long::sum);
            }
            assertThat(r.weightDistribution()).isEqualTo(distribution);
            assertThat(r.belowMinimumWeight()).isEqualTo(counted.stream().filter(t -> checker.check(t).findings()
                    .stream().anyMatch(f -> f.code() == no.kriteriebank.check.FindingCode.FOA_7_9_MIN_WEIGHT)).count());

            Map<EnvironmentOption, Long> options = new TreeMap<>();
            for (EnvironmentOption o : EnvironmentOption.values()) {
                options.put(o, counted.stream().filter(t -> t.environment() != null && t.environment().option() == o)
                        .count());
            }
            assertThat(r.options()).isEqualTo(options);
            assertThat(r.noOption()).isEqualTo(counted.stream().filter(t -> t.environment() == null).count());

            Map<Area, Long> perArea = new TreeMap<>();
            Map<Area, BigDecimal> valuePerArea = new TreeMap<>();
            for (Area a : Area.values()) {
                perArea.put(a, counted.stream().filter(t -> known(t).stream().anyMatch(c -> c.area() == a)).count());
                valuePerArea.put(a, sum(counted.stream().filter(t -> mainArea(t) == a).toList()));
            }
            assertThat(r.perArea()).isEqualTo(perArea);
            assertThat(r.valuePerArea()).isEqualTo(valuePerArea);
            Map<CriterionKind, Long> perKind = new TreeMap<>();
            for (CriterionKind k : CriterionKind.values()) {
                perKind.put(k, counted.stream().filter(t -> known(t).stream().anyMatch(c -> c.kind() == k)).count());
            }
            assertThat(r.perKind()).isEqualTo(perKind);

            Map<Integer, Long> perScope3 = new TreeMap<>();
            Map<Integer, BigDecimal> valuePerScope3 = new TreeMap<>();
            for (int s = 1; s <= 15; s++) {
                int category = s;
                long count = counted.stream().filter(t -> known(t).stream()
                        .anyMatch(c -> c.scope3Category() != null && c.scope3Category() == category)).count();
                if (count > 0) {
                    perScope3.put(s, count);
                    valuePerScope3.put(s, sum(counted.stream()
                            .filter(t -> Integer.valueOf(category).equals(mainCategory(t))).toList()));
                }
            }
            assertThat(r.perScope3()).isEqualTo(perScope3);
            assertThat(r.perScope3().keySet()).containsSubsequence(2, 10, 11); // numeric, not 10 before 2
            assertThat(r.valuePerScope3()).isEqualTo(valuePerScope3);

            Map<Integer, ClimateReport.Breakdown> perYear = new TreeMap<>();
            counted.stream().filter(t -> t.announcementDate() != null)
                    .collect(Collectors.groupingBy(t -> t.announcementDate().getYear()))
                    .forEach((y, group) -> perYear.put(y, breakdown(group)));
            assertThat(r.perYear()).isEqualTo(perYear);
            Map<String, ClimateReport.Breakdown> perBuyer = new TreeMap<>();
            counted.stream().collect(Collectors.groupingBy(t -> String.join(" ", t.buyer().trim().split("\\s+"))))
                    .forEach((b, group) -> perBuyer.put(b, breakdown(group)));
            assertThat(r.perBuyer()).isEqualTo(perBuyer);
            Map<AmbitionLevel, ClimateReport.Breakdown> perLevel = new TreeMap<>();
            for (AmbitionLevel l : AmbitionLevel.values()) {
                perLevel.put(l, breakdown(counted.stream().filter(t -> known(t).stream().map(Criterion::level)
                        .max(Comparator.naturalOrder()).orElse(null) == l).toList()));
            }
            assertThat(r.perLevel()).isEqualTo(perLevel);
            Map<ProcedurePart, ClimateReport.Breakdown> perProcedure = new TreeMap<>();
            for (ProcedurePart p : ProcedurePart.values()) {
                perProcedure.put(p, breakdown(counted.stream().filter(t -> t.procedure() == p).toList()));
            }
            assertThat(r.perProcedure()).isEqualTo(perProcedure);

            Map<String, Long> uses = new HashMap<>();
            counted.forEach(t -> known(t).forEach(c -> uses.merge(c.id(), 1L, Long::sum)));
            Map<String, Long> top = new LinkedHashMap<>();
            uses.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                            .thenComparing(Map.Entry::getKey))
                    .limit(10).forEach(e -> top.put(e.getKey(), e.getValue()));
            assertThat(r.topCriteria()).containsExactlyEntriesOf(top);

            List<String> unknown = new ArrayList<>();
            Set<Tender> withUnknown = new LinkedHashSet<>();
            for (Tender t : counted) {
                for (int i = 0; i < t.criteria().size(); i++) {
                    String id = t.criteria().get(i).id();
                    if (CRITERIA.stream().noneMatch(c -> id.equals(c.id()) || id.startsWith(c.id() + "@"))) {
                        unknown.add(files.get(t) + ": criteria[" + i + "].id: unknown criterion '" + id + "'");
                        withUnknown.add(t);
                    }
                }
            }
            Collections.sort(unknown);
            assertThat(r.withUnknownCriteria()).isEqualTo(withUnknown.size());
            assertThat(r.unknownCriteria()).extracting(ClimateReport.FileProblem::problem)
                    .containsExactlyElementsOf(unknown);
        }
    }
}
