package no.kriteriebank.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.kriteriebank.Fixtures;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.AwardDetails;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.model.ParameterType;
import no.kriteriebank.model.PriceAddition;
import no.kriteriebank.model.ScoringMethod;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;
import org.junit.jupiter.api.Test;

/** A carbon price added to the evaluated price is a price evaluation: weighted as environment it is an error. */
class PriceAdditionRuleTest {

    static Criterion carbonPrice() {
        return Criterion.builder("VEG-05").area(Area.ROAD_MAINTENANCE)
                .kind(no.kriteriebank.model.CriterionKind.AWARD).level(no.kriteriebank.model.AmbitionLevel.ADVANCED)
                .title(LocalizedText.of("Klimapris", "Klimapris", "Carbon price"))
                .text(LocalizedText.of("Evaluert pris = pris + utslipp × ${co2Price} (anslag ${gwp}, ${unitPrice}).",
                        "Evaluert pris = pris + utslepp × ${co2Price} (anslag ${gwp}, ${unitPrice}).",
                        "Evaluated price = price + emissions × ${co2Price} (estimates ${gwp}, ${unitPrice})."))
                .parameter(decimal("co2Price", "7.5"))
                .parameter(decimal("gwp", null))
                .parameter(decimal("unitPrice", null))
                .documentation(Fixtures.vehicleList())
                .award(new AwardDetails(ScoringMethod.PRICE_ADDITION,
                        LocalizedText.of("Lavest evaluert pris.", "Lågast evaluert pris.", "Lowest evaluated price."),
                        BigDecimal.ZERO, BigDecimal.ZERO, new PriceAddition("co2Price", "gwp", "unitPrice")))
                .since("2026.1").build();
    }

    private static Parameter decimal(String name, String defaultValue) {
        return new Parameter(name, ParameterType.DECIMAL, LocalizedText.of(name, name, name), null, BigDecimal.ZERO,
                BigDecimal.valueOf(100000), defaultValue, List.of());
    }

    private static TenderChecker checker() {
        CriteriaBank bank = CriteriaBank.of(Fixtures.info(), List.of(Fixtures.specification().build(), Fixtures.award().build(), carbonPrice()));
        return TenderChecker.builder().bank(bank).clock(Clock.fixed(CheckFixtures.IN_2025.atStartOfDay(
                ZoneId.of("Europe/Oslo")).toInstant(), ZoneId.of("Europe/Oslo"))).build();
    }

    private static Tender tender(Language language, AwardCategory category, Map<String, String> values) {
        AwardComponent carbon = category == AwardCategory.PRICE
                ? AwardComponent.weighted("Pris", AwardCategory.PRICE, "70", "VEG-05")
                : AwardComponent.weighted("Klimapris", category, "30", "VEG-05");
        AwardModel model = category == AwardCategory.PRICE
                ? AwardModel.weighted(carbon, AwardComponent.weighted("Klima og miljø", AwardCategory.ENVIRONMENT, "30",
                        "TRA-02"))
                : AwardModel.weighted(AwardComponent.weighted("Pris", AwardCategory.PRICE, "70"), carbon);
        return CheckFixtures.tender(language).criterion(new SelectedCriterion("VEG-05", values, null))
                .award(model).build();
    }

    @Test
    void aCarbonPriceWeightedAsEnvironmentIsAnErrorThatStatesItsRealShare() {
        CheckResult result = checker().check(tender(Language.NB, AwardCategory.ENVIRONMENT,
                Map.of("gwp", "60", "unitPrice", "1200")));
        assertThat(CheckFixtures.summary(result))
                .contains("ERROR AWARD-PRICE-ADDITION-CATEGORY award.components[1].criteria[0]");
        Finding f = result.findings().stream().filter(x -> x.code() == FindingCode.AWARD_PRICE_ADDITION_CATEGORY)
                .findFirst().orElseThrow();
        // 7.5 kr/kg × 60 kg/t = 450 kr per tonne; 450 / (1200 + 450) = 27.3 %
        assertThat(f.message()).contains("prisen talt to ganger").contains("450").contains("27,3\u00a0%");
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void weightedAsQualityItIsAnErrorTooAndNotTheEnvironmentCategoryHint() {
        CheckResult result = checker().check(tender(Language.EN, AwardCategory.QUALITY,
                Map.of("gwp", "60", "unitPrice", "1200")));
        assertThat(CheckFixtures.codes(result)).contains("AWARD-PRICE-ADDITION-CATEGORY")
                .doesNotContain("AWARD-ENV-CRITERION-CATEGORY");
    }

    @Test
    void underPriceItIsInformationWithTheShareInEveryLanguage() {
        Map<Language, String> expected = Map.of(Language.NB, "27,3\u00a0%", Language.NN, "27,3\u00a0%",
                Language.EN, "27.3%");
        for (Language language : Language.values()) {
            CheckResult result = checker().check(tender(language, AwardCategory.PRICE,
                    Map.of("gwp", "60", "unitPrice", "1200")));
            assertThat(CheckFixtures.summary(result))
                    .containsExactly("INFO AWARD-PRICE-ADDITION-SHARE award.components[0].criteria[0]");
            assertThat(result.findings().get(0).message()).contains(expected.get(language)).contains("VEG-05");
        }
    }

    @Test
    void withoutTheEstimatesTheFindingGivesTheFormula() {
        CheckResult result = checker().check(tender(Language.NN, AwardCategory.PRICE, Map.of()));
        assertThat(CheckFixtures.codes(result)).contains("AWARD-PRICE-ADDITION-SHARE", "CRITERION-PARAMETER-MISSING");
        Finding f = result.findings().stream().filter(x -> x.code() == FindingCode.AWARD_PRICE_ADDITION_SHARE)
                .findFirst().orElseThrow();
        assertThat(f.message()).contains("co2Price × gwp / (unitPrice + co2Price × gwp)");
    }
}
