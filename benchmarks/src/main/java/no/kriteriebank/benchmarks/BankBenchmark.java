package no.kriteriebank.benchmarks;

import java.util.concurrent.TimeUnit;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.templates.StandardBank;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Loading and checking the whole standard bank from its YAML resources. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BankBenchmark {

    /** Reads, binds, validates and cross-checks all criteria. */
    @Benchmark
    public CriteriaBank loadStandardBank() {
        return StandardBank.load();
    }
}
