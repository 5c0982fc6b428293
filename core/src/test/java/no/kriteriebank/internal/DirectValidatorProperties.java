package no.kriteriebank.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.Addition;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.EnvironmentApproach;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.ProcedurePart;
import no.kriteriebank.tender.Regime;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;
import no.kriteriebank.tender.Weighting;

/**
 * The direct validator finds exactly what Hibernate Validator finds (paths, messages, near-miss suggestions) for
 * tenders valid and broken: nulls, blanks, pattern misses, numbers out of range, broken elements of nested lists and
 * maps, the same element twice.
 */
class DirectValidatorProperties {

    @Property(tries = 1000)
    void sameViolationsAsHibernateValidator(@ForAll("tenders") Tender tender) {
        List<ModelValidation.Violation> direct = DirectValidator.validate(tender);
        assertThat(direct).as("Tender is validated directly").isNotNull();
        List<ModelValidation.Violation> found = ModelValidation.validate(tender);
        assertThat(found).isEqualTo(ModelValidation.withHibernate(tender));
        Statistics.label("violations").collect(found.isEmpty() ? "none" : "some");
        Statistics.label("near miss").collect(found.stream().anyMatch(v -> v.message().contains("did you mean")));
        Statistics.label("inside lists").collect(found.stream().anyMatch(v -> v.path().contains("].")));
        // a property that met only valid tenders, or only broken ones, would prove little
        Statistics.label("violations").coverage(c -> {
            c.check("none").percentage(p -> p >= 0.5);
            c.check("some").percentage(p -> p >= 50);
        });
        Statistics.label("near miss").coverage(c -> c.check(true).percentage(p -> p >= 5));
        Statistics.label("inside lists").coverage(c -> c.check(true).percentage(p -> p >= 30));
    }

    @Property(tries = 200)
    void sameViolationsForEachPartOnItsOwn(@ForAll("components") AwardComponent component,
            @ForAll("selections") SelectedCriterion selection, @ForAll("additions") Addition addition) {
        for (Object part : List.of(component, selection, addition)) {
            assertThat(DirectValidator.supports(part.getClass())).isTrue();
            assertThat(ModelValidation.validate(part)).isEqualTo(ModelValidation.withHibernate(part));
        }
    }

    @Provide
    Arbitrary<Tender> tenders() {
        Arbitrary<List<SelectedCriterion>> criteria = selections().list().ofMaxSize(5).map(list -> {
            List<SelectedCriterion> out = new ArrayList<>(list);
            if (out.size() > 1) {
                out.add(out.get(0)); // the same instance at two paths
            }
            return out;
        }).injectNull(0.1);
        return Builders.withBuilder(TenderParts::new)
                .use(texts()).inSetter((p, v) -> p.title = v)
                .use(texts()).inSetter((p, v) -> p.buyer = v)
                .use(texts()).inSetter((p, v) -> p.reference = v)
                .use(Arbitraries.of(Language.class).injectNull(0.2)).inSetter((p, v) -> p.language = v)
                .use(Arbitraries.of(ProcedurePart.class).injectNull(0.3)).inSetter((p, v) -> p.procedure = v)
                .use(cpvs().list().ofMaxSize(4).injectNull(0.2)).inSetter((p, v) -> p.cpv = v)
                .use(decimals()).inSetter((p, v) -> p.estimatedValue = v)
                .use(criteria).inSetter((p, v) -> p.criteria = v)
                .use(environments()).inSetter((p, v) -> p.environment = v)
                .use(awards()).inSetter((p, v) -> p.award = v)
                .use(additions().list().ofMaxSize(3).injectNull(0.2)).inSetter((p, v) -> p.additions = v)
                .use(Arbitraries.of(Regime.class).injectNull(0.5)).inSetter((p, v) -> p.regime = v)
                .build(p -> new Tender(p.title, p.buyer, p.reference, p.language, LocalDate.of(2026, 1, 5),
                        p.procedure, p.cpv, p.estimatedValue, p.criteria, p.environment, p.award, p.additions,
                        null, p.regime, null));
    }

    /** A mutable bag of a tender's parts for jqwik's builder. */
    static final class TenderParts {
        String title;
        String buyer;
        String reference;
        Language language;
        ProcedurePart procedure;
        List<String> cpv;
        BigDecimal estimatedValue;
        List<SelectedCriterion> criteria;
        EnvironmentApproach environment;
        AwardModel award;
        List<Addition> additions;
        Regime regime;
    }

    /** Strings that pass and break @NotBlank: null, empty, ASCII and Unicode white space, no-break space. */
    private static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "\t\n", "\u2003", "\u00a0", "\u200b", "Pris", "Vinje kommune"),
                Arbitraries.strings().ofMaxLength(6)).injectNull(0.15);
    }

    /** CPV codes and near misses of the pattern {@code \d{8}(-\d)?}. */
    private static Arbitrary<String> cpvs() {
        return Arbitraries.oneOf(
                Arbitraries.of("60130000", "60130000-8", "6013000", "60130000-", "60130000-88", "6O130000", "",
                        " 60130000", "٦٠١٣٠٠٠٠"),
                Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(10)).injectNull(0.1);
    }

    /** Criterion ids and the slips DidYouMean suggests for. */
    private static Arbitrary<String> ids() {
        return Arbitraries.oneOf(
                Arbitraries.of("TRA-01", "TRA-01@2", "gki:TRA-01", "TRA-O1", "tra-01", "TRA–01", "TRA_01", " TRA-01",
                        "TRA-01@0", "TRA-01@1234567890", "ТRA-01", "", "GEN-10", "X"),
                Arbitraries.strings().alpha().numeric().withChars('-', '@', ':').ofMaxLength(10)).injectNull(0.1);
    }

    /** Numbers around the bounds 0 and 100, with scales that compare equal but differ. */
    private static Arbitrary<BigDecimal> decimals() {
        return Arbitraries.oneOf(
                Arbitraries.of("-1", "-0.000001", "0", "0.00", "30", "100", "100.0", "100.000001", "1E+3", "-1E-6")
                        .map(BigDecimal::new),
                Arbitraries.bigDecimals().between(new BigDecimal("-200"), new BigDecimal("200")).ofScale(2))
                .injectNull(0.2);
    }

    @Provide
    Arbitrary<SelectedCriterion> selections() {
        Arbitrary<Map<String, String>> values = Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(4),
                Arbitraries.of("30", "", " ", "x").injectNull(0.2)).ofMaxSize(3)
                .map(LinkedHashMap::new).map(m -> (Map<String, String>) m).injectNull(0.2);
        return Combinators.combine(ids(), values, texts()).as(SelectedCriterion::new);
    }

    private static Arbitrary<EnvironmentApproach> environments() {
        return Combinators.combine(Arbitraries.of(EnvironmentOption.class).injectNull(0.3), texts(), texts())
                .as(EnvironmentApproach::new).injectNull(0.2);
    }

    @Provide
    Arbitrary<AwardComponent> components() {
        Arbitrary<Integer> priorities = Arbitraries.oneOf(Arbitraries.of(Integer.MIN_VALUE, -1, 0, 1, 2,
                Integer.MAX_VALUE), Arbitraries.integers().between(-5, 5)).injectNull(0.4);
        Arbitrary<List<String>> criteria = Arbitraries.of("TRA-06", "", "x").injectNull(0.3).list().ofMaxSize(3)
                .injectNull(0.2);
        return Combinators.combine(texts(), Arbitraries.of(AwardCategory.class).injectNull(0.2), decimals(),
                priorities, criteria, texts(), texts(), texts()).as(AwardComponent::new);
    }

    private Arbitrary<AwardModel> awards() {
        return Combinators.combine(Arbitraries.of(Weighting.class).injectNull(0.2),
                components().injectNull(0.15).list().ofMaxSize(4).injectNull(0.15)).as(AwardModel::new)
                .injectNull(0.2);
    }

    @Provide
    Arbitrary<Addition> additions() {
        return Combinators.combine(texts(), texts(), Arbitraries.of(CriterionKind.class).injectNull(0.5))
                .as(Addition::new);
    }
}
