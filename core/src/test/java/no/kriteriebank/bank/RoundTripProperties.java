package no.kriteriebank.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.kriteriebank.internal.Mappers;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.AwardDetails;
import no.kriteriebank.model.Choice;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.CriterionStatus;
import no.kriteriebank.model.DocumentationDue;
import no.kriteriebank.model.DocumentationRequirement;
import no.kriteriebank.model.DocumentationType;
import no.kriteriebank.model.EnvironmentalImpact;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.model.ParameterType;
import no.kriteriebank.model.Reference;
import no.kriteriebank.model.ScoringMethod;

/** Writing a criterion as YAML or JSON and reading it back gives an equal criterion, whatever it holds. */
class RoundTripProperties {

    @Property(tries = 300)
    void yamlRoundTrip(@ForAll("criteria") Criterion criterion) {
        String yaml = BankWriter.toYaml(criterion);
        assertThat(Mappers.yaml().readValue(yaml, Criterion.class)).as(yaml).isEqualTo(criterion);
    }

    @Property(tries = 300)
    void jsonRoundTrip(@ForAll("criteria") Criterion criterion) {
        String json = BankWriter.toJson(criterion);
        assertThat(Mappers.json().readValue(json, Criterion.class)).as(json).isEqualTo(criterion);
    }

    @Property(tries = 50)
    void bankRoundTripThroughTheLoader(@ForAll("validTexts") String nb, @ForAll("validTexts") String nn) {
        Criterion c = no.kriteriebank.Fixtures.specification()
                .title(LocalizedText.of(nb, nn, "Title"))
                .guidance(LocalizedText.of(nn, nb, null))
                .build();
        CriteriaBank bank = CriteriaBank.of(no.kriteriebank.Fixtures.info(), List.of(c));
        assertThat(BankLoader.read("bank.yaml", BankWriter.toYaml(bank))).isEqualTo(bank);
        assertThat(BankLoader.read("bank.json", BankWriter.toJson(bank))).isEqualTo(bank);
    }

    /** Texts that YAML is known to trip over: reserved words, indicators, quotes, newlines, non-ASCII. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.of("no", "nb", "nn", "yes", "on", "off", "null", "~", "true", "2026.1", "0x1F", "1e3",
                        "- item", "key: value", "# not a comment", "'quoted'", "\"double\"", "a\nb", "line\n\nnext",
                        "trailing \n", " leading", "tab\there", "ÆØÅ æøå – «sitat» ≥ 30 %", "${x}", "&anchor", "*alias",
                        "!tag", "%", "@", "`", "{a: b}", "[1, 2]", "|", ">"),
                Arbitraries.strings().withCharRange(' ', '~').withChars('æ', 'ø', 'å', 'Æ', '\n', '«', '»', '–')
                        .ofMinLength(1).ofMaxLength(60));
    }

    @Provide
    Arbitrary<String> validTexts() {
        return texts().filter(t -> !t.isBlank() && !t.contains("${"));
    }

    private Arbitrary<LocalizedText> localized() {
        return Combinators.combine(texts(), texts().injectNull(0.3), texts().injectNull(0.3))
                .as(LocalizedText::new);
    }

    private Arbitrary<BigDecimal> decimals() {
        return Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1000), BigDecimal.valueOf(1000)).ofScale(2)
                .map(BigDecimal::stripTrailingZeros).injectNull(0.3);
    }

    private Arbitrary<Parameter> parameters() {
        Arbitrary<Choice> choice = Combinators.combine(texts(), localized()).as(Choice::new);
        return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
                Arbitraries.of(ParameterType.class), localized(), localized().injectNull(0.5), decimals(), decimals(),
                texts().injectNull(0.3), choice.list().ofMaxSize(3))
                .as(Parameter::new);
    }

    @Provide
    Arbitrary<Criterion> criteria() {
        Arbitrary<DocumentationRequirement> doc = Combinators.combine(Arbitraries.of(DocumentationType.class),
                Arbitraries.of(DocumentationDue.class), localized(), Arbitraries.of(true, false))
                .as(DocumentationRequirement::new);
        Arbitrary<AwardDetails> award = Combinators.combine(Arbitraries.of(ScoringMethod.class), localized(),
                decimals(), decimals()).as(AwardDetails::new).injectNull(0.5);
        Arbitrary<Reference> ref = Combinators.combine(texts(), texts()).as(Reference::new);
        Arbitrary<Criterion.Builder> head = Combinators.combine(
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(3).map(s -> s + "-01"),
                Arbitraries.integers().between(1, 99), Arbitraries.of(Area.class), Arbitraries.of(CriterionKind.class),
                Arbitraries.of(AmbitionLevel.class), localized(), localized(), localized().injectNull(0.3))
                .as((id, rev, area, kind, level, title, text, guidance) -> Criterion.builder(id).revision(rev)
                        .area(area).kind(kind).level(level).title(title).text(text).guidance(guidance));
        return Combinators.combine(head, parameters().list().ofMaxSize(3), doc.list().ofMaxSize(3), award,
                Arbitraries.of(EnvironmentalImpact.class).set().ofMaxSize(3),
                Arbitraries.integers().between(1, 15).injectNull(0.3),
                Arbitraries.strings().numeric().ofMinLength(2).ofMaxLength(8).list().ofMaxSize(3),
                ref.list().ofMaxSize(2))
                .as((b, params, docs, aw, impacts, scope3, cpv, refs) -> {
                    params.forEach(b::parameter);
                    docs.forEach(b::documentation);
                    impacts.stream().sorted().forEach(b::environmentalImpact);
                    cpv.forEach(b::cpv);
                    refs.forEach(b::reference);
                    return b.award(aw).scope3Category(scope3).status(CriterionStatus.ACTIVE).since("2026.1").build();
                });
    }
}
