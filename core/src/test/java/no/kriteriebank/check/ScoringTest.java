package no.kriteriebank.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.model.ScoringMethod;
import no.kriteriebank.tender.Weighting;
import org.junit.jupiter.api.Test;

/** Typed scorings compute points and explain themselves in each language; weights map to eForms codes. */
class ScoringTest {

    @Test
    void linearPriceScoringLosesPointsByRelativeDistanceFromTheBest() {
        LinearScoring price = LinearScoring.price();
        assertThat(price.method()).isEqualTo(ScoringMethod.LINEAR);
        assertThat(price.points(new BigDecimal("100"), new BigDecimal("100"))).isEqualByComparingTo("10.00");
        assertThat(price.points(new BigDecimal("125"), new BigDecimal("100"))).isEqualByComparingTo("7.50");
        assertThat(price.points(new BigDecimal("200"), new BigDecimal("100"))).isEqualByComparingTo("0");
        assertThat(price.points(new BigDecimal("350"), new BigDecimal("100"))).isEqualByComparingTo("0");
        assertThat(price.points(new BigDecimal("1000000"), new BigDecimal("300000"))).isEqualByComparingTo("0");
        assertThat(price.points(new BigDecimal("400000"), new BigDecimal("300000"))).isEqualByComparingTo("6.67");
    }

    @Test
    void higherIsBetterScoresInProportionToTheBest() {
        LinearScoring share = new LinearScoring(LocalizedText.of("andel nullutslipp", "del nullutslepp",
                "zero-emission share"), LinearScoring.Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(100));
        assertThat(share.points(new BigDecimal("40"), new BigDecimal("80"))).isEqualByComparingTo("50.00");
        assertThat(share.points(BigDecimal.ZERO, new BigDecimal("80"))).isEqualByComparingTo("0");
        assertThatThrownBy(() -> share.points(BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LinearScoring(LocalizedText.of("x"), LinearScoring.Direction.HIGHER_IS_BETTER,
                BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linearScoringExplainsItsFormulaInEachLanguage() {
        LinearScoring price = LinearScoring.price();
        assertThat(price.explain(Language.NB)).startsWith("Relativ lineær poengberegning av pris: Tilbudet med"
                + " lavest pris får 10 poeng.").contains("poeng = 10 × (1 − (tilbudt verdi − laveste verdi) /"
                + " laveste verdi)");
        assertThat(price.explain(Language.NN)).startsWith("Relativ lineær poengutrekning av pris: Tilbodet med"
                + " lågast pris får 10 poeng.");
        assertThat(price.explain(Language.EN)).startsWith("Relative linear scoring of price: the offer with the"
                + " lowest price gets 10 points.");
        LinearScoring decimal = new LinearScoring(LocalizedText.of("pris", "pris", "price"),
                LinearScoring.Direction.LOWER_IS_BETTER, new BigDecimal("2.5"));
        assertThat(decimal.explain(Language.NB)).contains("får 2,5 poeng");
        assertThat(decimal.explain(Language.EN)).contains("gets 2.5 points");
    }

    @Test
    void aPointsScaleListsItsStepsBestFirst() {
        PointsScale scale = PointsScale.zeroToTen(
                new PointsScale.Step(0, LocalizedText.of("Ingen plan.", "Ingen plan.", "No plan.")),
                new PointsScale.Step(10, LocalizedText.of("Full plan med målbare mål.", "Full plan med målbare mål.",
                        "A full plan with measurable targets.")),
                new PointsScale.Step(1, LocalizedText.of("Enkel plan.", "Enkel plan.", "A simple plan.")));
        assertThat(scale.steps()).extracting(PointsScale.Step::points).containsExactly(10, 1, 0);
        assertThat(scale.method()).isEqualTo(ScoringMethod.POINTS_SCALE);
        assertThat(scale.explain(Language.NB)).isEqualTo("""
                Tilbudene vurderes på en skala fra 0 til 10 poeng, der 10 er best:
                – 10 poeng: Full plan med målbare mål.
                – 1 poeng: Enkel plan.
                – 0 poeng: Ingen plan.
                Tilbud som ligger mellom to trinn, kan få poeng mellom trinnene.""");
        assertThat(scale.explain(Language.NN)).startsWith("Tilboda blir vurderte på ein skala frå 0 til 10 poeng");
        assertThat(scale.explain(Language.EN)).contains("– 1 point: A simple plan.", "– 10 points: A full plan");
    }

    @Test
    void aPointsScaleMustBeInOrder() {
        LocalizedText d = LocalizedText.of("d");
        assertThatThrownBy(() -> new PointsScale(0, 10, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PointsScale(5, 5, List.of(new PointsScale.Step(5, d))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PointsScale.zeroToTen(new PointsScale.Step(11, d)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PointsScale.zeroToTen(new PointsScale.Step(5, d), new PointsScale.Step(5, d)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thresholdScoringIsAllOrNothing() {
        ThresholdScoring euroVi = new ThresholdScoring(LocalizedText.of("Alle busser er Euro VI.",
                "Alle bussar er Euro VI.", "All buses are Euro VI."), BigDecimal.TEN);
        assertThat(euroVi.points(true)).isEqualByComparingTo("10");
        assertThat(euroVi.points(false)).isEqualByComparingTo("0");
        assertThat(euroVi.method()).isEqualTo(ScoringMethod.THRESHOLD);
        assertThat(euroVi.explain(Language.NB)).isEqualTo("Tilbud som oppfyller kravet, får 10 poeng; andre tilbud"
                + " får 0 poeng. Kravet: Alle busser er Euro VI.");
        assertThat(euroVi.explain(Language.NN)).isEqualTo("Tilbod som oppfyller kravet, får 10 poeng; andre tilbod"
                + " får 0 poeng. Kravet: Alle bussar er Euro VI.");
        assertThat(new ThresholdScoring(LocalizedText.of("x", "x", "Met."), BigDecimal.ONE).explain(Language.EN))
                .isEqualTo("An offer that meets the requirement gets 1 point; other offers get 0 points."
                        + " The requirement: Met.");
    }

    @Test
    void scoringMethodsHaveNamesAndExplanationsInEveryLanguage() {
        for (ScoringMethod method : ScoringMethod.values()) {
            assertThat(method.label().languages()).hasSize(3);
            assertThat(method.explanation().languages()).hasSize(3);
            assertThat(method.explanation().nn()).isNotEqualTo(method.explanation().nb());
        }
    }

    @Test
    void weightingsMapToEformsNumberWeightCodes() {
        assertThat(NumberWeight.of(Weighting.WEIGHTS).code()).isEqualTo("per-exa");
        assertThat(NumberWeight.of(Weighting.PRIORITY).code()).isEqualTo("ord-imp");
        assertThat(NumberWeight.LIST_NAME).isEqualTo("number-weight");
        assertThat(NumberWeight.fromCode("poi-mid")).contains(NumberWeight.POI_MID);
        assertThat(NumberWeight.fromCode("per-exact")).isEmpty();
        assertThat(List.of(NumberWeight.values())).extracting(NumberWeight::code)
                .containsExactly("per-exa", "per-mid", "dec-exa", "dec-mid", "poi-exa", "poi-mid", "ord-imp");
    }
}
