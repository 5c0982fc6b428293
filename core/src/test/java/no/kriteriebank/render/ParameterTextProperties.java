package no.kriteriebank.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.kriteriebank.bank.BankLoader;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.Parameter;

/**
 * The fast path for criterion texts ({@link ParameterText}) writes exactly what the FreeMarker pass writes: for every
 * text of the standard bank in every language, with generated values (markup, template syntax, control characters,
 * any Unicode), the two give the same string.
 */
class ParameterTextProperties {
    private static final CriteriaBank STANDARD = BankLoader.load(
            Path.of("../templates/src/main/resources/no/kriteriebank/templates/bank"));
    private static final TenderRenderer RENDERER = TenderRenderer.builder(STANDARD)
            .layouts(layouts(), "no/kriteriebank/templates/layouts").build();

    @Property(tries = 40)
    void theFastPathWritesWhatFreeMarkerWrites(@ForAll("values") List<String> values) {
        int i = 0;
        for (Criterion c : texts()) {
            for (Language language : c.text().languages()) {
                Map<String, Object> model = new HashMap<>();
                for (Parameter p : c.parameters()) {
                    model.put(p.name(), values.get(i++ % values.size()));
                }
                assertThat(RENDERER.criterionText(c, language, model)).as("%s text.%s", c.key(), language.code())
                        .isEqualTo(RENDERER.criterionTextByTemplate(c, language, model));
            }
        }
    }

    @Example
    void theStandardBankTakesTheFastPath() {
        long fast = texts().stream().flatMap(c -> c.text().languages().stream().map(l -> c.text().get(l).orElseThrow()))
                .filter(t -> ParameterText.compile(t) != null).count();
        assertThat(fast).as("texts of the standard bank that only interpolate parameters").isPositive();
    }

    @Example
    void anythingButLiteralTextAndPlainInterpolationsGoesToFreeMarker() {
        for (String text : List.of("a <#if x>b</#if>", "a [#if x]b[/#if]", "<@m/>", "[@m/]", "</#list>", "[/#list]",
                "</@m>", "[/@m]", "#{x}", "[=x]", "${x?upper_case}", "${x + y}", "${ x}", "${x", "${1}", "${true}",
                "${x.y}", "<#-- comment -->")) {
            assertThat(ParameterText.compile(text)).as(text).isNull();
        }
        assertThat(ParameterText.compile("a ${x} b ${y_2}$ {z} $").fill(Map.of("x", "1", "y_2", "${x}")))
                .isEqualTo("a 1 b ${x}$ {z} $");
        assertThat(ParameterText.compile("${x}").fill(Map.of())).as("a name without a value").isNull();
    }

    @Provide
    Arbitrary<List<String>> values() {
        Arbitrary<String> special = Arbitraries.of("", "80", "<b>&amp;</b>", "${x}", "<#if true>x</#if>", "\u001B[31m",
                "\u0085", "a\nb", "  ", "[=x]", "æøå – ½", "\uD83D\uDE00", "'\"", "\\");
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(20);
        return Arbitraries.oneOf(special, any).list().ofMinSize(1).ofMaxSize(8);
    }

    private static List<Criterion> texts() {
        return java.util.stream.Stream.concat(STANDARD.criteria().stream(), STANDARD.history().stream()).toList();
    }

    private static ClassLoader layouts() {
        try {
            return new URLClassLoader(new URL[] {Path.of("../templates/src/main/resources/").toUri().toURL()},
                    ParameterTextProperties.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
