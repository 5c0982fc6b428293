package no.kriteriebank.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.render.Format;
import no.kriteriebank.render.TenderRenderer;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;
import no.kriteriebank.tender.TenderLoader;
import no.kriteriebank.templates.StandardBank;
import no.kriteriebank.templates.StandardLayouts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole tender (the example building project, {@code examples/tenders/byggeprosjekt.yaml}) rendered as HTML in
 * bokmål by the library, against {@link HandWrittenTender}, which writes the same bytes with a StringBuilder. Run with
 * {@code -prof gc} for the allocation per render ({@code gc.alloc.rate.norm}); {@code benchmarks/render.sh} does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WholeTenderBenchmark {
    /** The fixture's name on the classpath (copied from {@code examples/tenders} by the build). */
    static final String FIXTURE = "byggeprosjekt.yaml";

    /** More tenders than a renderer keeps clauses of, so that {@link #libraryNoKeptClauses} never finds one kept. */
    private static final int VARIANTS = 500;

    private TenderRenderer renderer;
    private HandWrittenTender handWritten;
    private Tender tender;
    private Tender[] variants;
    private int next;

    /** Loads the standard bank and the tender, and builds both renderers once. */
    @Setup
    public void setUp() {
        CriteriaBank bank = StandardBank.load();
        renderer = StandardLayouts.renderer(bank).build();
        handWritten = new HandWrittenTender(bank);
        tender = fixture();
        variants = new Tender[VARIANTS];
        for (int i = 0; i < VARIANTS; i++) {
            String mark = " (" + i + ")";
            variants[i] = withCriteria(tender, tender.criteria().stream().map(s -> new SelectedCriterion(s.id(),
                    s.values(), (s.note() == null ? "Merknad" : s.note()) + mark)).toList());
        }
    }

    /** The library: sandboxed layouts, criterion texts, escaping, the outline, within the render budget. */
    @Benchmark
    public String library() {
        return renderer.render(tender, Format.HTML).text();
    }

    /**
     * The library when none of the tender's clauses was rendered before: each render takes the next of 500 variants
     * of the tender, every clause with a note of its own, so that the renderer's kept clauses never match.
     */
    @Benchmark
    public String libraryNoKeptClauses() {
        Tender t = variants[next];
        next = (next + 1) % VARIANTS;
        return renderer.render(t, Format.HTML).text();
    }

    /** The baseline: the same bytes by hand. */
    @Benchmark
    public String handWritten() {
        return handWritten.render(tender);
    }

    /** {@return the tender with other criteria} */
    private static Tender withCriteria(Tender tender, List<SelectedCriterion> criteria) {
        RecordComponent[] components = Tender.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals("criteria") ? criteria
                        : components[i].getAccessor().invoke(tender);
            }
            return Tender.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy the tender", e);
        }
    }

    /** {@return the example building project} */
    static Tender fixture() {
        try (InputStream in = WholeTenderBenchmark.class.getResourceAsStream(FIXTURE)) {
            if (in == null) {
                throw new IllegalStateException(FIXTURE + " is not on the classpath; build the benchmarks module");
            }
            return TenderLoader.read(FIXTURE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FIXTURE, e);
        }
    }
}
