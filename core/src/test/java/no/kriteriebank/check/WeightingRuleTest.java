package no.kriteriebank.check;

import static no.kriteriebank.check.CheckFixtures.checker;
import static no.kriteriebank.check.CheckFixtures.summary;
import static no.kriteriebank.check.CheckFixtures.tender;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.Weighting;
import org.junit.jupiter.api.Test;

/** Weights sum to exactly 100 and are positive; priorities are distinct places from 1. */
class WeightingRuleTest {

    private static AwardModel threeWay(String price, String quality, String environment) {
        return AwardModel.weighted(
                AwardComponent.weighted("Pris", AwardCategory.PRICE, price),
                AwardComponent.weighted("Kvalitet", AwardCategory.QUALITY, quality),
                AwardComponent.weighted("Klima og miljø", AwardCategory.ENVIRONMENT, environment, "TRA-02"));
    }

    @Test
    void weightsSummingTo10000PassAnd9999Fail() {
        assertThat(checker().check(tender(t -> t.award(threeWay("40.00", "30.00", "30.00")))).findings()).isEmpty();
        assertThat(checker().check(tender(t -> t.award(threeWay("39.995", "30.005", "30")))).findings()).isEmpty();
        CheckResult short1 = checker().check(tender(t -> t.award(threeWay("39.99", "30", "30"))));
        assertThat(summary(short1)).containsExactly("ERROR AWARD-WEIGHT-SUM award.components");
        assertThat(short1.findings().get(0).message()).isEqualTo("Vektene summerer seg til 99,99\u00A0%, men skal"
                + " til sammen være nøyaktig 100\u00A0%. Juster vektene.");
        assertThat(summary(checker().check(tender(t -> t.award(threeWay("40.01", "30", "30"))))))
                .containsExactly("ERROR AWARD-WEIGHT-SUM award.components");
    }

    @Test
    void theSumReadsInEnglishWithoutASpace() {
        CheckResult en = checker().check(tender(Language.EN, t -> t.award(threeWay("39.99", "30", "30"))));
        assertThat(en.findings().get(0).message())
                .isEqualTo("The weights add up to 99.99%; they must add up to exactly 100%. Adjust the weights.");
    }

    @Test
    void weightsMustBeGivenAndPositive() {
        AwardModel zero = threeWay("70", "0", "30");
        CheckResult result = checker().check(tender(t -> t.award(zero)));
        assertThat(summary(result)).containsExactly("ERROR AWARD-WEIGHT-POSITIVE award.components[1].weight");
        assertThat(result.findings().get(0).message()).isEqualTo("Komponenten «Kvalitet» har vekt 0\u00A0%; en vekt"
                + " må være større enn null. Gi den en positiv vekt, eller fjern den.");
        AwardModel negative = threeWay("80", "-10", "30");
        assertThat(summary(checker().check(tender(t -> t.award(negative)))))
                .containsExactly("ERROR AWARD-WEIGHT-POSITIVE award.components[1].weight");
        AwardModel missing = AwardModel.weighted(
                new AwardComponent("Pris", AwardCategory.PRICE, null, null, List.of(), null),
                AwardComponent.weighted("Klima og miljø", AwardCategory.ENVIRONMENT, "100", "TRA-02"));
        assertThat(summary(checker().check(tender(t -> t.award(missing)))))
                .containsExactly("ERROR AWARD-WEIGHT-MISSING award.components[0].weight");
    }

    @Test
    void anEmptyWeightedModelDoesNotSumTo100() {
        assertThat(summary(checker().check(tender(t -> t.criterion("TRA-01")
                .environment(no.kriteriebank.tender.EnvironmentOption.SPECIFICATION, "Begrunnelse.")
                .award(AwardModel.weighted())))))
                .contains("ERROR AWARD-WEIGHT-SUM award.components");
    }

    @Test
    void prioritiesAreDistinctPlacesFromOne() {
        AwardModel fine = new AwardModel(Weighting.PRIORITY, List.of(
                AwardComponent.ranked("Pris", AwardCategory.PRICE, 2),
                AwardComponent.ranked("Klima og miljø", AwardCategory.ENVIRONMENT, 1, "TRA-02")));
        assertThat(checker().check(tender(t -> t.award(fine))).findings()).isEmpty();
        AwardModel tie = new AwardModel(Weighting.PRIORITY, List.of(
                AwardComponent.ranked("Pris", AwardCategory.PRICE, 1),
                AwardComponent.ranked("Klima og miljø", AwardCategory.ENVIRONMENT, 1, "TRA-02")));
        assertThat(summary(checker().check(tender(t -> t.award(tie))))).containsExactly(
                "ERROR AWARD-PRIORITY award.components[0].priority",
                "ERROR AWARD-PRIORITY award.components[1].priority");
        AwardModel zeroAndNone = new AwardModel(Weighting.PRIORITY, List.of(
                AwardComponent.ranked("Pris", AwardCategory.PRICE, 0),
                new AwardComponent("Kvalitet", AwardCategory.QUALITY, null, null, List.of(), null),
                AwardComponent.ranked("Klima og miljø", AwardCategory.ENVIRONMENT, 1, "TRA-02")));
        assertThat(summary(checker().check(tender(t -> t.award(zeroAndNone))))).containsExactly(
                "ERROR AWARD-PRIORITY award.components[0].priority",
                "ERROR AWARD-PRIORITY award.components[1].priority");
    }

    @Test
    void weightsAreComparedAsDecimalsNotByScale() {
        assertThat(new BigDecimal("100.00").equals(new BigDecimal("100"))).isFalse();
        assertThat(checker().check(tender(t -> t.award(threeWay("40.000", "30.0", "30")))).findings()).isEmpty();
    }
}
