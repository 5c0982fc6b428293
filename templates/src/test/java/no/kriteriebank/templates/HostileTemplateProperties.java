package no.kriteriebank.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.kriteriebank.model.Language;
import no.kriteriebank.render.Format;
import no.kriteriebank.render.RenderException;
import no.kriteriebank.render.TenderRenderer;

/**
 * Generated hostile layouts never escape the sandbox or the budgets: each either renders or ends in a
 * {@link RenderException} within the time budget and a short grace, never a hang, a {@link StackOverflowError}, an
 * {@link OutOfMemoryError} or another exception, and never runs {@code ?eval}, {@code ?interpret} or reads the clock.
 */
class HostileTemplateProperties {
    private static final Duration TIME = Duration.ofMillis(500);
    private static final long MEMORY = 64L << 20;

    @Property(tries = 40)
    void hostileLayoutsEndWithinTheBudget(@ForAll("hostile") String layout) throws IOException {
        Path dir = Files.createTempDirectory("hostile");
        try {
            Files.writeString(dir.resolve("document.txt.ftl"), layout);
            TenderRenderer renderer = StandardLayouts.renderer(RenderFixtures.BANK).overrides(dir)
                    .budget(TIME, MEMORY).build();
            long start = System.nanoTime();
            try {
                String text = renderer.render(RenderFixtures.tender(Language.NB), Format.TEXT).text();
                assertThat(text).doesNotContain("EVALUATED").doesNotContain("INTERPRETED");
            } catch (RenderException e) {
                assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("java.");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIME.plusSeconds(4));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> spelling = Arbitraries.of("?eval", "?<#-- c -->eval", "?<#---->eval", "?eval_json",
                "?evalJson", "?interpret", "?<#-- -->interpret", "? eval");
        Arbitrary<String> evaluation = spelling.map(s -> s.contains("json") || s.contains("Json")
                ? "${\"{\\\"a\\\":\\\"EVALUATED\\\"}\"" + s + ".a}"
                : s.contains("interpret") ? "<#assign x = r\"INTERPRETED\"" + s + "><@x/>"
                : "${\"'EVAL' + 'UATED'\"" + s + "}");
        Arbitrary<String> clock = Arbitraries.of("${.now}", "${.now?string.iso}", "<#setting locale=\"tr_TR\">",
                "<#setting time_zone=\"Pacific/Kiritimati\">", "<#setting number_format=\"0.###E0\">");
        Arbitrary<String> loop = Arbitraries.integers().between(1, 3).map(depth -> {
            String open = "<#list 1.. as i>".repeat(depth);
            return open + "x".repeat(0) + "</#list>".repeat(depth);
        });
        Arbitrary<String> recursion = Arbitraries.of("<#macro m><@m/></#macro><@m/>",
                "<#function f n><#return f(n+1)></#function>${f(1)}", "<#include \"document.txt.ftl\">",
                "<#macro m n><#if n gt 0><@m n+1/></#if></#macro><@m 1/>");
        Arbitrary<String> doubling = Arbitraries.integers().between(1, 40)
                .map(n -> "<#assign s=\"ab\"><#list 1.." + n + " as i><#assign s=s+s></#list>${s?length}");
        Arbitrary<String> pad = Arbitraries.oneOf(Arbitraries.integers().between(0, 2000),
                Arbitraries.integers().between(1_000_000, Integer.MAX_VALUE))
                .flatMap(n -> Arbitraries.of("${\"\"?left_pad(" + n + ")?length}", "${\"\"?right_pad(" + n
                        + ")?length}", "<#assign n=" + n + ">${\"\"?left_pad(n)?length}"));
        Arbitrary<String> join = Arbitraries.integers().between(1, 2_000_000)
                .map(n -> "${(1.." + n + ")?join(\",\")?length}");
        Arbitrary<String> part = Arbitraries.oneOf(evaluation, clock, loop, recursion, doubling, pad, join,
                Arbitraries.of("${title}", "plain text ", "<#list 1..3 as i>${i}</#list>"));
        return part.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join("", parts));
    }
}
