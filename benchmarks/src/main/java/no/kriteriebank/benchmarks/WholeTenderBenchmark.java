package no.kriteriebank.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.render.Format;
import no.kriteriebank.render.TenderRenderer;
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

    private TenderRenderer renderer;
    private HandWrittenTender handWritten;
    private Tender tender;

    /** Loads the standard bank and the tender, and builds both renderers once. */
    @Setup
    public void setUp() {
        CriteriaBank bank = StandardBank.load();
        renderer = StandardLayouts.renderer(bank).build();
        handWritten = new HandWrittenTender(bank);
        tender = fixture();
    }

    /** The library: sandboxed layouts, criterion texts, escaping, the outline, within the render budget. */
    @Benchmark
    public String library() {
        return renderer.render(tender, Format.HTML).text();
    }

    /** The baseline: the same bytes by hand. */
    @Benchmark
    public String handWritten() {
        return handWritten.render(tender);
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
