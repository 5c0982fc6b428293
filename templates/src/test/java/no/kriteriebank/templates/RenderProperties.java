package no.kriteriebank.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.render.Format;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;

/** Any valid tender renders in every format and language, leaving no template markup behind. */
class RenderProperties {

    @Property(tries = 150)
    void everyValidTenderRendersCleanly(@ForAll("tenders") Tender tender) {
        for (Format format : Format.values()) {
            for (Language language : Language.values()) {
                String text = RenderFixtures.RENDERER.render(tender, format, language).text();
                assertThat(text).doesNotContain("${").doesNotContain("<#").doesNotContain("</#")
                        .doesNotContain("<@").doesNotContain("[#").contains("fixture 2026.1");
            }
        }
    }

    /** Free text a buyer might type, markup characters included, but no template syntax of its own. */
    private Arbitrary<String> userText() {
        return Arbitraries.oneOf(
                Arbitraries.of("Vinje kommune", "<script>alert(1)</script>", "A & B | C", "*fet* _kursiv_", "# 1.",
                        "Æ Ø Å «sitat»", "[lenke](http://x)", "- punkt", "1. ledd", "`kode`", "\\ skråstrek"),
                Arbitraries.strings().withCharRange(' ', '~').withChars('æ', 'ø', 'å', '\n').ofMinLength(1)
                        .ofMaxLength(40))
                .filter(s -> !s.isBlank() && !s.contains("$") && !s.contains("<#") && !s.contains("</#")
                        && !s.contains("<@") && !s.contains("[#"));
    }

    private Arbitrary<SelectedCriterion> selection(Criterion c) {
        List<Arbitrary<Map.Entry<String, String>>> values = new ArrayList<>();
        for (Parameter p : c.parameters()) {
            Arbitrary<String> value;
            switch (p.type()) {
                case PERCENT:
                    value = Arbitraries.bigDecimals().between(p.min(), p.max()).ofScale(1).map(BigDecimal::toPlainString);
                    break;
                case INTEGER:
                    value = Arbitraries.integers().between(0, 100000).map(String::valueOf);
                    break;
                case DATE:
                    value = Arbitraries.integers().between(0, 5000)
                            .map(d -> java.time.LocalDate.of(2026, 1, 1).plusDays(d).toString());
                    break;
                case CHOICE:
                    value = Arbitraries.of(p.choices()).map(ch -> ch.value());
                    break;
                default:
                    value = userText();
            }
            values.add(value.map(v -> Map.entry(p.name(), v)).injectNull(0.3));
        }
        Arbitrary<Map<String, String>> map = Combinators.combine(values).as(entries -> {
            Map<String, String> m = new LinkedHashMap<>();
            entries.stream().filter(e -> e != null).forEach(e -> m.put(e.getKey(), e.getValue()));
            return m;
        });
        return Combinators.combine(map, userText().injectNull(0.6))
                .as((m, note) -> new SelectedCriterion(c.id(), m, note));
    }

    @Provide
    Arbitrary<Tender> tenders() {
        List<Arbitrary<SelectedCriterion>> each = new ArrayList<>();
        for (Criterion c : RenderFixtures.BANK.criteria()) {
            each.add(selection(c).injectNull(0.4));
        }
        Arbitrary<List<SelectedCriterion>> chosen = Combinators.combine(each)
                .as(list -> list.stream().filter(s -> s != null).toList());
        Arbitrary<AwardModel> award = Arbitraries.integers().between(30, 100).map(env -> AwardModel.weighted(
                AwardComponent.weighted("Pris", AwardCategory.PRICE, String.valueOf(100 - env)),
                AwardComponent.weighted("Klima og miljø", AwardCategory.ENVIRONMENT, String.valueOf(env), "TRA-02")));
        return Combinators.combine(userText(), userText(), Arbitraries.of(Language.class), chosen, award,
                userText().injectNull(0.5))
                .as((title, buyer, language, criteria, model, extra) -> {
                    Tender.Builder b = Tender.builder(title, buyer, language).award(model);
                    criteria.forEach(b::criterion);
                    if (extra != null) {
                        b.addition("Tillegg", extra);
                    }
                    return b.build();
                });
    }
}
