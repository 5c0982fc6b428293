package no.kriteriebank.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.kriteriebank.bank.BankLoadException;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;
import no.kriteriebank.tender.TenderLoader;
import no.kriteriebank.tender.Weighting;

/**
 * Builds a {@link ClimateReport} from tender files one at a time. Memory stays the same however many tenders are
 * added (weights go into a fixed histogram, counts are per area, kind and criterion), except for the list of files
 * that could not be read. A file that fails to load is listed and does not stop the others.
 *
 * <pre>{@code
 * ClimateReport report = new ReportBuilder(bank).addDirectory(Path.of("anskaffelser/2026")).build();
 * }</pre>
 */
public final class ReportBuilder {
    private final CriteriaBank bank;
    private int top = 10;
    private long tenders;
    private long withClimate;
    private final Map<Area, Long> perArea = new EnumMap<>(Area.class);
    private final Map<CriterionKind, Long> perKind = new EnumMap<>(CriterionKind.class);
    private final WeightHistogram weights = new WeightHistogram();
    private final Map<String, Long> exceptions = new TreeMap<>();
    private BigDecimal value = BigDecimal.ZERO;
    private final Map<Area, BigDecimal> valuePerArea = new EnumMap<>(Area.class);
    private final Map<String, BigDecimal> valuePerScope3 = new TreeMap<>();
    private final Map<String, Long> criterionUse = new HashMap<>();
    private final List<ClimateReport.Failure> failures = new ArrayList<>();

    /**
     * A builder that reads tenders against the given bank.
     *
     * @param bank the criteria bank
     */
    public ReportBuilder(CriteriaBank bank) {
        this.bank = Objects.requireNonNull(bank, "bank");
    }

    /**
     * How many of the most used criteria the report lists (default 10).
     *
     * @param count how many to list
     * @return this builder
     */
    public ReportBuilder top(int count) {
        this.top = count;
        return this;
    }

    /**
     * Reads and counts one tender file; a file that cannot be read is listed as a failure.
     *
     * @param file a tender file
     * @return this builder
     */
    public ReportBuilder add(Path file) {
        Tender tender;
        try {
            tender = TenderLoader.load(file);
        } catch (BankLoadException e) {
            failures.add(new ClimateReport.Failure(file.toString(), e.problems().get(0).toString()));
            return this;
        }
        return add(tender);
    }

    /**
     * Every {@code .yaml}, {@code .yml} and {@code .json} file under a directory, in name order.
     *
     * @param directory the directory to walk
     * @return this builder
     * @throws java.io.IOException when the directory cannot be walked
     */
    public ReportBuilder addDirectory(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")
                            || p.toString().endsWith(".json"))
                    .sorted()
                    .forEachOrdered(this::add);
        }
        return this;
    }

    /**
     * Counts one tender.
     *
     * @param tender the tender
     * @return this builder
     */
    public ReportBuilder add(Tender tender) {
        tenders++;
        Map<Area, Integer> areas = new EnumMap<>(Area.class);
        Map<Integer, Integer> scope3 = new TreeMap<>();
        java.util.Set<CriterionKind> kinds = java.util.EnumSet.noneOf(CriterionKind.class);
        int known = 0;
        for (SelectedCriterion s : tender.criteria()) {
            Criterion c = bank.find(s.id()).or(() -> bank.find(s.criterionId())).orElse(null);
            if (c == null) {
                continue;
            }
            known++;
            areas.merge(c.area(), 1, Integer::sum);
            kinds.add(c.kind());
            if (c.scope3Category() != null) {
                scope3.merge(c.scope3Category(), 1, Integer::sum);
            }
            criterionUse.merge(c.id(), 1L, Long::sum);
        }
        boolean weighted = tender.award() != null && tender.award().weighting() == Weighting.WEIGHTS
                && tender.award().components().stream().anyMatch(c -> c.category() == AwardCategory.ENVIRONMENT);
        boolean ranked = tender.award() != null && tender.award().weighting() == Weighting.PRIORITY
                && tender.award().components().stream().anyMatch(c -> c.category() == AwardCategory.ENVIRONMENT);
        if (known > 0 || weighted || ranked) {
            withClimate++;
        }
        areas.keySet().forEach(a -> perArea.merge(a, 1L, Long::sum));
        kinds.forEach(k -> perKind.merge(k, 1L, Long::sum));
        if (weighted) {
            weights.add(tender.award().environmentWeight());
        }
        if (tender.environment() != null && tender.environment().option()
                != no.kriteriebank.tender.EnvironmentOption.AWARD_CRITERIA) {
            exceptions.merge(tender.environment().option().eformsCode(), 1L, Long::sum);
        }
        if (tender.estimatedValue() != null) {
            BigDecimal v = tender.estimatedValue();
            value = value.add(v);
            mainArea(areas).ifPresent(a -> valuePerArea.merge(a, v, BigDecimal::add));
            scope3.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .ifPresent(e -> valuePerScope3.merge(String.valueOf(e.getKey()), v, BigDecimal::add));
        }
        return this;
    }

    /** The area most of the tender's criteria belong to, GENERAL only when nothing else; ties in area order. */
    private static java.util.Optional<Area> mainArea(Map<Area, Integer> areas) {
        Area best = null;
        for (Map.Entry<Area, Integer> e : areas.entrySet()) {
            if (e.getKey() == Area.GENERAL && areas.size() > 1) {
                continue;
            }
            if (best == null || e.getValue() > areas.get(best)) {
                best = e.getKey();
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** {@return the report of everything added so far} */
    public ClimateReport build() {
        Map<String, Long> area = new TreeMap<>();
        perArea.forEach((k, v) -> area.put(k.name(), v));
        Map<String, Long> kind = new TreeMap<>();
        perKind.forEach((k, v) -> kind.put(k.name(), v));
        Map<String, BigDecimal> areaValue = new TreeMap<>();
        valuePerArea.forEach((k, v) -> areaValue.put(k.name(), v));
        Map<String, Long> most = new LinkedHashMap<>();
        criterionUse.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEachOrdered(e -> most.put(e.getKey(), e.getValue()));
        return new ClimateReport(bank.info().label(), tenders, withClimate, area, kind, weights.count(), weights.min(),
                weights.median(), weights.max(), exceptions, value, areaValue, valuePerScope3, most, failures);
    }
}
