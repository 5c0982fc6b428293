package no.kriteriebank.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.check.FindingCode;
import no.kriteriebank.check.TenderChecker;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.problem.InvalidInputException;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.ProcedurePart;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;
import no.kriteriebank.tender.TenderLoader;
import no.kriteriebank.tender.Weighting;

/**
 * Builds a {@link ClimateReport} from tender files one at a time. Memory stays the same however many tenders are
 * added: counts are kept per area, kind, option, criterion, year, buyer and distinct weight, never per tender; only
 * the lists of problems grow with the files that have them.
 *
 * <p>Nothing a file holds stops the run: a file that fails to load, holds a number out of range, or is a dangling
 * link, a link loop or a directory named like a tender file, is listed in {@link ClimateReport#failures()} and the
 * others are read. Each file counts once, however often it is named or reached. What each figure counts, and the two
 * readings that hold throughout, are described on {@link ClimateReport}.
 *
 * <p>With {@link #threads(int) threads(n)} above one, files are parsed and assessed on {@code n} worker threads while
 * the caller walks the directories, and counted by the caller in the order they were met, so the report is the same,
 * byte for byte, as a single-threaded run; the workers take the files in batches of 64, and at most about 128 files per thread are in flight at any time.
 *
 * <pre>{@code
 * ClimateReport report = new ReportBuilder(bank)
 *         .period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
 *         .addDirectory(Path.of("anskaffelser/2026"))   // NoSuchFileException when it does not exist
 *         .build();
 * }</pre>
 */
public final class ReportBuilder {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Digits before and after the decimal point a value or weight may have; beyond that it is not a real figure. */
    private static final int MAX_INTEGER_DIGITS = 18;
    private static final int MAX_DECIMALS = 10;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final CriteriaBank bank;
    private final TenderFiles files;
    private TenderChecker checker;
    private BigDecimal highestMinimum;
    private int top = 10;
    private LocalDate from;
    private LocalDate to;

    private long read;
    private long tenders;
    private long outsidePeriod;
    private long withoutDate;
    private long withoutValue;
    private long withoutProcedure;
    private long withClimate;
    private BigDecimal value = BigDecimal.ZERO;
    private BigDecimal valueWithClimate = BigDecimal.ZERO;
    private long ranked;
    private final WeightStatistics weights = new WeightStatistics();
    private long belowMinimum;
    private final Map<EnvironmentOption, Long> options = zeros(EnvironmentOption.class, 0L);
    private long noOption;
    private final Map<Area, Long> perArea = zeros(Area.class, 0L);
    private final Map<CriterionKind, Long> perKind = zeros(CriterionKind.class, 0L);
    private final Map<Area, BigDecimal> valuePerArea = zeros(Area.class, BigDecimal.ZERO);
    private final Map<Integer, Long> perScope3 = new TreeMap<>();
    private final Map<Integer, BigDecimal> valuePerScope3 = new TreeMap<>();
    private final Map<Integer, Tally> perYear = new TreeMap<>();
    private final Map<String, Tally> perBuyer = new TreeMap<>();
    private final Map<AmbitionLevel, Tally> perLevel = new EnumMap<>(AmbitionLevel.class);
    private final Map<ProcedurePart, Tally> perProcedure = new EnumMap<>(ProcedurePart.class);
    private final Map<String, Long> criterionUse = new HashMap<>();
    private long withUnknownCriteria;
    private final List<ClimateReport.FileProblem> unknownCriteria = new ArrayList<>();
    private final List<ClimateReport.FileProblem> failures = new ArrayList<>();

    /**
     * Files (and entries that are not) handed to a worker at a time. One task, one future and one wait of the
     * counting thread per file cost more than they saved: the counting thread parked and was woken for every file,
     * taking a core from the workers on a 2-core machine. Batches make that once per {@value} files.
     */
    private static final int BATCH = 64;
    /** Batches in flight per worker thread (about 128 files): enough to keep the workers busy, no more. */
    private static final int BATCHES_PER_THREAD = 2;
    private int threads = 1;
    private ExecutorService pool;
    /** Work gathered for the next batch, in the order met. */
    private List<Callable<Outcome>> batch = new ArrayList<>(BATCH);
    /** Batches handed to the workers, oldest first: counted strictly in this order. */
    private final ArrayDeque<Future<Batch>> pending = new ArrayDeque<>();
    private LongConsumer progress = done -> { };
    private long done;

    /**
     * A builder that reads tenders against the given bank, checked with {@link TenderChecker#forBank}.
     *
     * @param bank the criteria bank
     */
    public ReportBuilder(CriteriaBank bank) {
        this.bank = Objects.requireNonNull(bank, "bank");
        this.files = new TenderFiles(this::read, (file, problem) -> failure(file.toString(), file + ": " + problem));
        checker(TenderChecker.forBank(bank));
    }

    private static <K extends Enum<K>, V> Map<K, V> zeros(Class<K> type, V zero) {
        Map<K, V> map = new EnumMap<>(type);
        for (K k : type.getEnumConstants()) {
            map.put(k, zero);
        }
        return map;
    }

    /**
     * The checker that decides whether a tender's climate weight is below the minimum of its rule set (default: the
     * standard rule sets, and for a tender without an announcement date, the rules in force today).
     *
     * @param checker the checker, e.g. one with a fixed clock
     * @return this builder
     */
    public ReportBuilder checker(TenderChecker checker) {
        settle();
        this.checker = Objects.requireNonNull(checker, "checker");
        this.highestMinimum = checker.ruleSets().all().stream().map(r -> r.parameters().minimumEnvironmentWeight())
                .max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        return this;
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
     * Counts only tenders announced within a period, both days included. With a period set, tenders without an
     * announcement date are not counted (they are in {@code outsidePeriod} and {@code withoutDate}). Set it before
     * adding tenders.
     *
     * @param from the first day, or null for no start
     * @param to the last day, or null for no end
     * @return this builder
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    public ReportBuilder period(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the period starts (" + from + ") after it ends (" + to + ")");
        }
        settle();
        this.from = from;
        this.to = to;
        return this;
    }

    /**
     * How many threads parse and assess files (default 1: all on the caller's thread). Whatever the number, files are
     * counted in the order they are added or found, so the report is the same; the workers are daemon threads that
     * end when {@link #build()} returns.
     *
     * @param count the number of worker threads, e.g. {@code Runtime.getRuntime().availableProcessors()}
     * @return this builder
     * @throws IllegalArgumentException when {@code count} is below 1
     */
    public ReportBuilder threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + count);
        }
        settle();
        this.threads = count;
        return this;
    }

    /**
     * Told, on the caller's thread, how many files and directory entries have been counted so far, after each one.
     *
     * @param listener takes the number counted so far; it should return quickly
     * @return this builder
     */
    public ReportBuilder progress(LongConsumer listener) {
        this.progress = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Reads and counts one tender file, unless this builder has read it already (by this name, another name or
     * through a directory); a file that cannot be read is listed as a failure.
     *
     * @param file a tender file
     * @return this builder
     */
    public ReportBuilder add(Path file) {
        files.file(file);
        return this;
    }

    /**
     * Every {@code .yaml}, {@code .yml} and {@code .json} file under a directory, recursively, each once; symbolic
     * links are followed once, and entries that cannot be read as tenders are listed as failures.
     *
     * @param directory the directory to walk
     * @return this builder
     * @throws java.nio.file.NoSuchFileException when the directory does not exist
     * @throws IOException when it is not a directory or cannot be opened
     */
    public ReportBuilder addDirectory(Path directory) throws IOException {
        files.directory(directory);
        return this;
    }

    private void read(Path file) {
        enqueue(() -> parse(file));
    }

    private void failure(String file, String problem) {
        enqueue(new Failed(file, problem));
    }

    /**
     * Counts one tender; in problems it is named by its title.
     *
     * @param tender the tender
     * @return this builder
     */
    public ReportBuilder add(Tender tender) {
        Objects.requireNonNull(tender, "tender");
        enqueue(() -> assess(tender, tender.title()));
        return this;
    }

    /** What reading one file or tender came to, worked out on any thread and counted in order on the caller's. */
    private sealed interface Outcome permits Failed, Assessed {
    }

    /** A file or entry that is not counted, with its problem. */
    private record Failed(String file, String problem) implements Outcome {
    }

    /** A tender ready to be counted. */
    private record Assessed(Tender tender, String source, Facts facts) implements Outcome {
    }

    private Outcome parse(Path file) {
        Tender tender;
        try {
            tender = TenderLoader.load(file);
        } catch (InvalidInputException e) {
            return new Failed(file.toString(), e.problems().isEmpty() ? file + ": cannot be read"
                    : e.problems().get(0).toString());
        }
        return assess(tender, file.toString());
    }

    private Outcome assess(Tender tender, String source) {
        String range = outOfRange(tender);
        if (range != null) {
            return new Failed(source, source + ": " + range);
        }
        try {
            return new Assessed(tender, source, facts(tender));
        } catch (RuntimeException e) {
            return new Failed(source, source + ": cannot be counted (" + e.getClass().getSimpleName()
                    + "); please report this as a bug");
        }
    }

    /** What a batch came to: the outcomes in order, up to a failure that ends the run (as it would on one thread). */
    private record Batch(List<Outcome> outcomes, Throwable failure) {
        static Batch run(List<Callable<Outcome>> work) {
            List<Outcome> outcomes = new ArrayList<>(work.size());
            for (Callable<Outcome> w : work) {
                try {
                    outcomes.add(w.call());
                } catch (Throwable t) {
                    return new Batch(outcomes, t);
                }
            }
            return new Batch(outcomes, null);
        }
    }

    /** Counts at once on one thread; otherwise gathers the work into batches for the pool and counts the oldest. */
    private void enqueue(Callable<Outcome> work) {
        if (threads == 1 && pending.isEmpty() && batch.isEmpty()) {
            try {
                apply(work.call());
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        batch.add(work);
        if (batch.size() >= BATCH) {
            submit();
        }
    }

    private void enqueue(Outcome outcome) {
        if (pending.isEmpty() && batch.isEmpty()) {
            apply(outcome);
        } else {
            enqueue(() -> outcome);
        }
    }

    /** Hands the gathered batch to the workers, first counting the oldest batches while too many are in flight. */
    private void submit() {
        List<Callable<Outcome>> work = batch;
        batch = new ArrayList<>(BATCH);
        pending.add(pool().submit(() -> Batch.run(work)));
        while (pending.size() > BATCHES_PER_THREAD * threads) {
            applyOldest();
        }
    }

    private ExecutorService pool() {
        if (pool == null) {
            AtomicInteger n = new AtomicInteger();
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "kriteriebank-report-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    private void applyOldest() {
        Future<Batch> next = pending.poll();
        Batch done;
        try {
            done = next.get();
        } catch (InterruptedException e) {
            abandon();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading tenders", e);
        } catch (ExecutionException e) {
            abandon();
            throw rethrow(e.getCause());
        }
        done.outcomes().forEach(this::apply);
        if (done.failure() != null) {
            abandon();
            throw rethrow(done.failure());
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    /** After a failure that ends the run (as it would on one thread): the files in flight are dropped. */
    private void abandon() {
        pending.forEach(f -> f.cancel(true));
        pending.clear();
        batch = new ArrayList<>(BATCH);
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
    }

    /** Counts everything in flight and ends the workers, so what follows sees every file added so far. */
    private void settle() {
        if (!batch.isEmpty()) {
            submit();
        }
        while (!pending.isEmpty()) {
            applyOldest();
        }
        if (pool != null) {
            pool.shutdown();
            pool = null;
        }
    }

    private void apply(Outcome outcome) {
        if (outcome instanceof Failed f) {
            failures.add(new ClimateReport.FileProblem(f.file(), f.problem()));
        } else if (outcome instanceof Assessed a) {
            count(a.tender(), a.source(), a.facts());
        }
        progress.accept(++done);
    }

    /** What one tender contributes, worked out before anything is counted, so a failure leaves no half count. */
    private record Facts(Map<Area, Integer> areas, Set<CriterionKind> kinds, Map<Integer, Integer> scope3,
            AmbitionLevel level, Set<String> criteria, List<ClimateReport.FileProblem> unknown, boolean weighted,
            boolean ranked, BigDecimal weight, boolean belowMinimum, String buyer) {
        boolean climate() {
            return !criteria.isEmpty() || weighted || ranked;
        }
    }

    private Facts facts(Tender tender) {
        Map<Area, Integer> areas = new EnumMap<>(Area.class);
        Set<CriterionKind> kinds = EnumSet.noneOf(CriterionKind.class);
        Map<Integer, Integer> scope3 = new TreeMap<>();
        Set<String> criteria = new LinkedHashSet<>();
        List<ClimateReport.FileProblem> unknown = new ArrayList<>();
        AmbitionLevel level = null;
        for (int i = 0; i < tender.criteria().size(); i++) {
            SelectedCriterion s = tender.criteria().get(i);
            Criterion c = s == null || s.id() == null ? null : bank.find(s.criterionId()).orElse(null);
            if (c == null) {
                unknown.add(new ClimateReport.FileProblem(null, "criteria[" + i + "].id: unknown criterion '"
                        + (s == null ? null : s.id()) + "'"));
                continue;
            }
            if (!criteria.add(c.id())) {
                continue; // each criterion once per tender
            }
            areas.merge(c.area(), 1, Integer::sum);
            kinds.add(c.kind());
            if (c.scope3Category() != null) {
                scope3.merge(c.scope3Category(), 1, Integer::sum);
            }
            if (c.level() != null && (level == null || c.level().compareTo(level) > 0)) {
                level = c.level();
            }
        }
        boolean environment = tender.award() != null
                && tender.award().components().stream().anyMatch(c -> c != null && c.category() == AwardCategory.ENVIRONMENT);
        boolean weighted = environment && tender.award().weighting() == Weighting.WEIGHTS;
        boolean ranked = environment && tender.award().weighting() == Weighting.PRIORITY;
        BigDecimal weight = weighted ? tender.award().environmentWeight() : null;
        // Only a weight below some rule set's minimum can be below the applicable one; skip the checker otherwise.
        boolean below = weighted && weight.compareTo(highestMinimum) < 0
                && checker.check(tender).findings().stream().anyMatch(f -> f.code() == FindingCode.FOA_7_9_MIN_WEIGHT);
        String buyer = tender.buyer() == null ? "" : SPACES.matcher(tender.buyer().strip()).replaceAll(" ");
        return new Facts(areas, kinds, scope3, level, criteria, unknown, weighted, ranked, weight, below, buyer);
    }

    private void count(Tender tender, String source, Facts f) {
        read++;
        LocalDate date = tender.announcementDate();
        if (date == null) {
            withoutDate++;
        }
        boolean periodSet = from != null || to != null;
        if (periodSet && (date == null || from != null && date.isBefore(from) || to != null && date.isAfter(to))) {
            outsidePeriod++;
            return;
        }
        tenders++;
        boolean climate = f.climate();
        BigDecimal v = tender.estimatedValue();
        if (v == null) {
            withoutValue++;
        } else {
            value = value.add(v);
        }
        if (climate) {
            withClimate++;
            if (v != null) {
                valueWithClimate = valueWithClimate.add(v);
            }
        }
        if (f.weighted()) {
            weights.add(f.weight());
        }
        if (f.ranked()) {
            ranked++;
        }
        if (f.belowMinimum()) {
            belowMinimum++;
        }
        if (tender.environment() == null || tender.environment().option() == null) {
            noOption++;
        } else {
            options.merge(tender.environment().option(), 1L, Long::sum);
        }
        f.areas().keySet().forEach(a -> perArea.merge(a, 1L, Long::sum));
        f.kinds().forEach(k -> perKind.merge(k, 1L, Long::sum));
        f.scope3().keySet().forEach(s -> {
            perScope3.merge(s, 1L, Long::sum);
            valuePerScope3.putIfAbsent(s, BigDecimal.ZERO);
        });
        f.criteria().forEach(id -> criterionUse.merge(id, 1L, Long::sum));
        if (v != null) {
            Area main = mainArea(f.areas());
            if (main != null) {
                valuePerArea.merge(main, v, BigDecimal::add);
            }
            Integer category = mainCategory(f.scope3());
            if (category != null) {
                valuePerScope3.merge(category, v, BigDecimal::add);
            }
        }
        if (date != null) {
            perYear.computeIfAbsent(date.getYear(), y -> new Tally()).add(climate, v);
        }
        perBuyer.computeIfAbsent(f.buyer(), b -> new Tally()).add(climate, v);
        if (f.level() != null) {
            perLevel.computeIfAbsent(f.level(), l -> new Tally()).add(climate, v);
        }
        if (tender.procedure() == null) {
            withoutProcedure++;
        } else {
            perProcedure.computeIfAbsent(tender.procedure(), p -> new Tally()).add(climate, v);
        }
        if (!f.unknown().isEmpty()) {
            withUnknownCriteria++;
            f.unknown().forEach(u -> unknownCriteria.add(new ClimateReport.FileProblem(source,
                    source + ": " + u.problem())));
        }
    }

    /** The area most of the tender's criteria belong to, GENERAL only when it has no other; ties in bank order. */
    private static Area mainArea(Map<Area, Integer> areas) {
        Area best = null;
        for (Map.Entry<Area, Integer> e : areas.entrySet()) {
            if (e.getKey() == Area.GENERAL && areas.size() > 1) {
                continue;
            }
            if (best == null || e.getValue() > areas.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** The Scope 3 category most of the tender's criteria address; the lower number on a tie. */
    private static Integer mainCategory(Map<Integer, Integer> scope3) {
        Integer best = null;
        for (Map.Entry<Integer, Integer> e : scope3.entrySet()) {
            if (best == null || e.getValue() > scope3.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** A value or weight too large or too fine to be a real figure, which would only cost time to add up. */
    private static String outOfRange(Tender tender) {
        String problem = outOfRange("estimatedValue", tender.estimatedValue());
        if (problem == null && tender.award() != null) {
            List<AwardComponent> components = tender.award().components();
            for (int i = 0; i < components.size() && problem == null; i++) {
                problem = components.get(i) == null ? null
                        : outOfRange("award.components[" + i + "].weight", components.get(i).weight());
            }
        }
        return problem;
    }

    private static String outOfRange(String path, BigDecimal number) {
        if (number == null) {
            return null;
        }
        if (number.precision() - number.scale() > MAX_INTEGER_DIGITS || number.scale() > MAX_DECIMALS) {
            return path + ": " + number + " is out of range (at most " + MAX_INTEGER_DIGITS
                    + " digits before the decimal point and " + MAX_DECIMALS + " after); not counted";
        }
        return null;
    }

    /** {@return the report of everything added so far} */
    public ClimateReport build() {
        settle();
        Map<String, Long> most = new LinkedHashMap<>();
        criterionUse.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEachOrdered(e -> most.put(e.getKey(), e.getValue()));
        Comparator<ClimateReport.FileProblem> byFile = Comparator.comparing(ClimateReport.FileProblem::file)
                .thenComparing(ClimateReport.FileProblem::problem);
        List<ClimateReport.FileProblem> unknown = new ArrayList<>(unknownCriteria);
        unknown.sort(byFile);
        List<ClimateReport.FileProblem> failed = new ArrayList<>(failures);
        failed.sort(byFile);
        return new ClimateReport(bank.info().label(), from, to, read, tenders, outsidePeriod, withoutDate,
                withoutValue, withoutProcedure, withClimate, share(withClimate, tenders), value, valueWithClimate,
                share(valueWithClimate, value), weights.count(), ranked, weights.min(), weights.median(),
                weights.max(), weights.distribution(), belowMinimum, options, noOption, perArea, perKind, valuePerArea, perScope3,
                valuePerScope3, breakdowns(perYear), breakdowns(perBuyer), breakdowns(zeroTallies(perLevel,
                AmbitionLevel.class)), breakdowns(zeroTallies(perProcedure, ProcedurePart.class)), most,
                withUnknownCriteria, unknown, failed);
    }

    private static <K extends Enum<K>> Map<K, Tally> zeroTallies(Map<K, Tally> tallies, Class<K> type) {
        Map<K, Tally> all = new EnumMap<>(type);
        for (K k : type.getEnumConstants()) {
            all.put(k, tallies.getOrDefault(k, new Tally()));
        }
        return all;
    }

    private static <K> Map<K, ClimateReport.Breakdown> breakdowns(Map<K, Tally> tallies) {
        Map<K, ClimateReport.Breakdown> out = new LinkedHashMap<>();
        tallies.forEach((k, t) -> out.put(k, t.breakdown()));
        return out;
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : share(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
