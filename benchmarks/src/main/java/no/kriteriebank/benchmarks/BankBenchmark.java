package no.kriteriebank.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.templates.StandardBank;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loading and checking the whole standard bank from its YAML resources, against a baseline that only parses the same
 * resources with plain Jackson into trees (no binding, no validation, no checks, no template parsing).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BankBenchmark {
    private final YAMLMapper yaml = new YAMLMapper();

    /** Reads, binds, validates and cross-checks all criteria. */
    @Benchmark
    public CriteriaBank loadStandardBank() {
        return StandardBank.load();
    }

    /** The baseline: {@code bank.yaml} and every area file it names, read and parsed into Jackson trees. */
    @Benchmark
    public List<JsonNode> plainJacksonTree() {
        List<JsonNode> trees = new ArrayList<>();
        JsonNode bank = yaml.readTree(resource("bank.yaml"));
        trees.add(bank);
        for (JsonNode file : bank.path("files")) {
            trees.add(yaml.readTree(resource(file.asString())));
        }
        return trees;
    }

    private static byte[] resource(String name) {
        try (InputStream in = BankBenchmark.class.getClassLoader()
                .getResourceAsStream(StandardBank.RESOURCE_DIRECTORY + "/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
