package no.kriteriebank.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.EnvironmentApproach;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.ProcedurePart;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;
import no.kriteriebank.tender.Weighting;

/** The weighting rules hold for every model, and a check depends on nothing but the tender's content. */
class TenderCheckerProperties {
    private static final TenderChecker CHECKER = CheckFixtures.checker();
    private static final List<String> AWARD_CRITERIA = List.of("TRA-02", "TRA-03", "TRA-04");
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 6, 30),
            LocalDate.of(2026, 7, 1), LocalDate.of(2030, 1, 1));

    // --- any model whose weights do not sum to 100 is rejected

    @Property(tries = 300)
    void weightsThatDoNotSumTo100AreRejected(@ForAll("weights") List<BigDecimal> weights,
            @ForAll("categories") List<AwardCategory> categories, @ForAll Language language,
            @ForAll("procedures") ProcedurePart procedure) {
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Assume.that(total.compareTo(BigDecimal.valueOf(100)) != 0);
        List<AwardComponent> components = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            components.add(new AwardComponent("K" + i, categories.get(i % categories.size()), weights.get(i), null,
                    List.of(), null));
        }
        Tender tender = CheckFixtures.tender(language, t -> t.procedure(procedure)
                .award(new AwardModel(Weighting.WEIGHTS, components)));
        CheckResult result = CHECKER.check(tender);
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.AWARD_WEIGHT_SUM);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Provide
    Arbitrary<List<BigDecimal>> weights() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-5"), new BigDecimal("120")).ofScale(2)
                .list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<AwardCategory>> categories() {
        return Arbitraries.of(AwardCategory.class).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<ProcedurePart> procedures() {
        return Arbitraries.of(ProcedurePart.class).injectNull(0.25);
    }

    // --- any otherwise valid model with environment at 30 % or more passes

    @Property(tries = 300)
    void environmentAtThirtyPercentOrMoreInAValidModelPasses(@ForAll("validModels") AwardModel model,
            @ForAll Language language, @ForAll("dates") LocalDate date, @ForAll("procedures") ProcedurePart procedure) {
        assertThat(model.environmentWeight()).isGreaterThanOrEqualTo(BigDecimal.valueOf(30));
        assertThat(model.totalWeight()).isEqualByComparingTo("100");
        Tender tender = Tender.builder("Skoleskyss", "Vestland fylkeskommune", language)
                .announcementDate(date)
                .procedure(procedure)
                .criterion("TRA-01").criterion("TRA-02").criterion("TRA-03").criterion("TRA-04")
                .environment(EnvironmentOption.AWARD_CRITERIA, null)
                .award(model)
                .build();
        assertThat(CHECKER.check(tender).findings()).isEmpty();
    }

    /** Cents split into positive parts: environment 30–100 % over one to three components, the rest over up to three. */
    @Provide
    Arbitrary<AwardModel> validModels() {
        return Arbitraries.longs().between(3000, 10000).flatMap(environment -> {
            long rest = 10000 - environment;
            Arbitrary<List<Long>> environmentParts = Arbitraries.integers().between(1, 3)
                    .flatMap(k -> split(environment, k));
            Arbitrary<List<Long>> restParts = rest == 0 ? Arbitraries.just(List.of())
                    : Arbitraries.integers().between(1, (int) Math.min(3, rest)).flatMap(k -> split(rest, k));
            return Combinators.combine(environmentParts, restParts,
                    Arbitraries.of(AwardCategory.PRICE, AwardCategory.COST, AwardCategory.QUALITY).list().ofSize(3),
                    Arbitraries.randoms()).as((env, others, kinds, random) -> {
                        List<AwardComponent> components = new ArrayList<>();
                        for (int i = 0; i < env.size(); i++) {
                            components.add(AwardComponent.weighted("Miljø " + i, AwardCategory.ENVIRONMENT,
                                    percent(env.get(i)), AWARD_CRITERIA.get(i)));
                        }
                        // Award criteria the environment components leave over go to the first of them.
                        List<String> first = new ArrayList<>(components.get(0).criteria());
                        first.addAll(AWARD_CRITERIA.subList(env.size(), AWARD_CRITERIA.size()));
                        AwardComponent c0 = components.get(0);
                        components.set(0, new AwardComponent(c0.name(), c0.category(), c0.weight(), null, first, null));
                        for (int i = 0; i < others.size(); i++) {
                            components.add(AwardComponent.weighted("Annet " + i, kinds.get(i), percent(others.get(i))));
                        }
                        Collections.shuffle(components, random);
                        return AwardModel.weighted(components.toArray(new AwardComponent[0]));
                    });
        });
    }

    private static Arbitrary<List<Long>> split(long total, int parts) {
        if (parts == 1) {
            return Arbitraries.just(List.of(total));
        }
        return Arbitraries.longs().between(1, total - 1).set().ofSize(parts - 1).map(cuts -> {
            List<Long> sorted = new ArrayList<>(cuts);
            Collections.sort(sorted);
            List<Long> out = new ArrayList<>();
            long previous = 0;
            for (long cut : sorted) {
                out.add(cut - previous);
                previous = cut;
            }
            out.add(total - previous);
            return out;
        });
    }

    private static String percent(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.of(DATES);
    }

    // --- deterministic, and independent of the order of criteria and components

    @Property(tries = 400)
    void checkingIsDeterministicAndIndependentOfOrder(@ForAll("tenders") Tender tender, @ForAll Random random) {
        CheckResult first = CHECKER.check(tender);
        assertThat(CHECKER.check(tender)).isEqualTo(first);
        assertThat(CheckFixtures.checker().check(tender)).isEqualTo(first);
        assertThat(first.findings()).isSortedAccordingTo(Finding.ORDER);

        Shuffled shuffled = Shuffled.of(tender, random);
        CheckResult other = CHECKER.check(shuffled.tender());
        List<Finding> mapped = new ArrayList<>();
        for (Finding f : other.findings()) {
            mapped.add(new Finding(f.severity(), f.code(), shuffled.originalPath(f.path()), f.message()));
        }
        mapped.sort(Finding.ORDER);
        assertThat(mapped).isEqualTo(first.findings());
        assertThat(other.ruleSet()).isEqualTo(first.ruleSet());
    }

    @Provide
    Arbitrary<Tender> tenders() {
        Arbitrary<SelectedCriterion> selection = Combinators.combine(
                Arbitraries.of("TRA-01", "TRA-02", "TRA-03", "TRA-04", "TRA-05", "TRA-06", "TRA-07", "BYG-01",
                        "TRA-99", "TRA-01@2", "TRA-04@2"),
                Arbitraries.maps(Arbitraries.of("share", "years", "shar"), Arbitraries.of("5", "50", "100", "x", "3"))
                        .ofMaxSize(2))
                .as((id, values) -> new SelectedCriterion(id, values, null));
        Arbitrary<AwardComponent> component = Combinators.combine(
                Arbitraries.of("Pris", "Kvalitet", "Klima"),
                Arbitraries.of(AwardCategory.class),
                Arbitraries.of("0", "10", "20", "29.99", "30", "35.5", "40", "50", "70").injectNull(0.05),
                Arbitraries.integers().between(0, 5).injectNull(0.05),
                Arbitraries.of("TRA-02", "TRA-03", "TRA-04@1", "TRA-06", "TRA-01", "TRA-99").list().ofMaxSize(3))
                .as((name, category, weight, priority, refs) -> new AwardComponent(name, category,
                        weight == null ? null : new BigDecimal(weight), priority, refs, null));
        Arbitrary<AwardModel> model = Combinators.combine(Arbitraries.of(Weighting.class),
                component.list().ofMaxSize(5)).as(AwardModel::new).injectNull(0.1);
        Arbitrary<EnvironmentApproach> approach = Combinators.combine(Arbitraries.of(EnvironmentOption.class),
                Arbitraries.of("", "Fordi.").injectNull(0.3)).as(EnvironmentApproach::new).injectNull(0.2);
        Arbitrary<LocalDate> date = Arbitraries.of(LocalDate.of(2023, 6, 1), LocalDate.of(2025, 3, 1),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1)).injectNull(0.2);
        Arbitrary<String> ruleSet = Arbitraries.of("foa-7-9-2024", "foa-7-9-2026", "foa-7-9-2025").injectNull(0.7);
        return Combinators.combine(selection.list().ofMaxSize(6), model, approach, date, procedures(),
                Arbitraries.of(Language.class), ruleSet)
                .as((criteria, award, environment, announced, procedure, language, named) -> new Tender("Anskaffelse",
                        "Kommunen", null, language, announced, procedure, List.of("60130000"), null, criteria,
                        environment, award, null, named));
    }

    /** A tender with its criteria, components and component references shuffled, and the way back to old paths. */
    private record Shuffled(Tender tender, List<Integer> criteria, List<Integer> components,
            List<List<Integer>> references) {
        private static final Pattern INDEX = Pattern.compile(
                "^(criteria|award\\.components)\\[(\\d+)](\\.criteria\\[(\\d+)])?");

        static Shuffled of(Tender t, Random random) {
            List<Integer> criteria = permutation(t.criteria().size(), random);
            List<SelectedCriterion> selected = new ArrayList<>();
            criteria.forEach(i -> selected.add(t.criteria().get(i)));
            List<Integer> components = List.of();
            List<List<Integer>> references = new ArrayList<>();
            AwardModel award = t.award();
            if (award != null) {
                components = permutation(award.components().size(), random);
                List<AwardComponent> list = new ArrayList<>();
                for (int i : components) {
                    AwardComponent c = award.components().get(i);
                    List<Integer> refs = permutation(c.criteria().size(), random);
                    references.add(refs);
                    List<String> ids = new ArrayList<>();
                    refs.forEach(j -> ids.add(c.criteria().get(j)));
                    list.add(new AwardComponent(c.name(), c.category(), c.weight(), c.priority(), ids,
                            c.description()));
                }
                award = new AwardModel(award.weighting(), list);
            }
            Tender shuffled = new Tender(t.title(), t.buyer(), t.reference(), t.language(), t.announcementDate(),
                    t.procedure(), t.cpv(), t.estimatedValue(), selected, t.environment(), award, t.additions(),
                    t.ruleSet());
            return new Shuffled(shuffled, criteria, components, references);
        }

        private static List<Integer> permutation(int size, Random random) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            return order;
        }

        String originalPath(String path) {
            Matcher m = INDEX.matcher(path);
            if (!m.find()) {
                return path;
            }
            int index = Integer.parseInt(m.group(2));
            String rest = path.substring(m.end());
            if (m.group(1).equals("criteria")) {
                return "criteria[" + criteria.get(index) + "]" + rest;
            }
            String head = "award.components[" + components.get(index) + "]";
            if (m.group(4) == null) {
                return head + rest;
            }
            int reference = references.get(index).get(Integer.parseInt(m.group(4)));
            return head + ".criteria[" + reference + "]" + rest;
        }
    }

}
