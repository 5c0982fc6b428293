package no.kriteriebank.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JMH JSON result of {@link WholeTenderBenchmark} ({@code -rf json}, run with {@code -prof gc}) and prints
 * the figures in the project's result-line format, the library against the hand-written baseline:
 * <pre>
 * RESULT|render whole tender (HTML nb)|&lt;median us&gt;|us/op|hand-written|&lt;median us&gt;|&lt;ratio&gt;
 * RESULT|render whole tender, no kept clauses (HTML nb)|&lt;median us&gt;|us/op|hand-written|&lt;median us&gt;|&lt;ratio&gt;
 * RESULT|render allocation|&lt;bytes&gt;|B/op|hand-written|&lt;bytes&gt;|&lt;ratio&gt;
 * </pre>
 * The second line compares the library rendering clauses it has not kept (its cold path) with the same baseline.
 * Usage: {@code java -cp benchmarks.jar no.kriteriebank.benchmarks.RenderResults result.json}.
 */
public final class RenderResults {
    private RenderResults() {
    }

    /**
     * Prints the result lines.
     *
     * @param args the JMH JSON result file
     * @throws IOException when the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RenderResults JMH-RESULT.json");
            System.exit(2);
        }
        JsonNode results = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
        JsonNode library = find(results, "library");
        JsonNode handWritten = find(results, "handWritten");
        double libraryTime = median(library);
        double handTime = median(handWritten);
        System.out.println(line("render whole tender (HTML nb)", libraryTime, "us/op", handTime));
        JsonNode cold = findIfAny(results, "libraryNoKeptClauses");
        if (cold != null) {
            System.out.println(line("render whole tender, no kept clauses (HTML nb)", median(cold), "us/op", handTime));
        }
        double libraryBytes = allocation(library);
        double handBytes = allocation(handWritten);
        if (!Double.isNaN(libraryBytes) && !Double.isNaN(handBytes)) {
            System.out.println(line("render allocation", libraryBytes, "B/op", handBytes));
        }
    }

    private static JsonNode find(JsonNode results, String method) {
        JsonNode found = findIfAny(results, method);
        if (found == null) {
            throw new IllegalArgumentException("no result for WholeTenderBenchmark." + method);
        }
        return found;
    }

    private static JsonNode findIfAny(JsonNode results, String method) {
        for (JsonNode r : results) {
            if (r.get("benchmark").asString().equals(WholeTenderBenchmark.class.getName() + "." + method)) {
                return r;
            }
        }
        return null;
    }

    private static double median(JsonNode result) {
        return result.get("primaryMetric").get("scorePercentiles").get("50.0").asDouble();
    }

    private static double allocation(JsonNode result) {
        JsonNode secondary = result.get("secondaryMetrics");
        if (secondary != null) {
            for (var e : secondary.properties()) {
                if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                    return e.getValue().get("score").asDouble();
                }
            }
        }
        return Double.NaN;
    }

    private static String line(String figure, double value, String unit, double baseline) {
        return String.format(Locale.ROOT, "RESULT|%s|%.1f|%s|hand-written|%.1f|%.2f", figure, value, unit, baseline,
                value / baseline);
    }
}
