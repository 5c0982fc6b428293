package no.kriteriebank.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.Language;
import no.kriteriebank.render.Format;
import no.kriteriebank.render.TenderRenderer;
import no.kriteriebank.tender.SelectedCriterion;
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
 * One clause rendered as plain text through the sandboxed FreeMarker layouts, against a hand-written baseline that
 * builds the same kind of text with a StringBuilder and plain string replacement of the placeholders.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {
    private TenderRenderer renderer;
    private Criterion criterion;
    private SelectedCriterion selected;

    /** Loads the standard bank and builds the renderer once. */
    @Setup
    public void setUp() {
        CriteriaBank bank = StandardBank.load();
        renderer = StandardLayouts.renderer(bank).build();
        criterion = bank.get("TRA-01");
        selected = new SelectedCriterion("TRA-01", Map.of("zeroEmissionShare", "80"), null);
    }

    /** The library: snippet, value formatting, clause layout, escaping. */
    @Benchmark
    public String freemarkerClause() {
        return renderer.renderClause(selected, Language.NB, Format.TEXT).text();
    }

    /** The baseline: the same heading, text and documentation lines by hand, no templates, no escaping. */
    @Benchmark
    public String handWrittenClause() {
        StringBuilder out = new StringBuilder(1024);
        out.append(criterion.title().nb()).append(" [").append(criterion.id()).append(", revisjon ")
                .append(criterion.revision()).append("]\n\n");
        out.append(criterion.text().nb().replace("${zeroEmissionShare}", "80\u00a0%")).append("\n\nDokumentasjon:\n");
        criterion.documentation().forEach(d -> out.append("- ").append(d.type().label().nb()).append(" (")
                .append(d.due().label().nb()).append("): ").append(d.description().nb()).append('\n'));
        return out.toString();
    }
}
