package no.kriteriebank.check;

import static no.kriteriebank.check.CheckFixtures.FIRST_DAY_2026_RULES;
import static no.kriteriebank.check.CheckFixtures.LAST_DAY_2024_RULES;
import static no.kriteriebank.check.CheckFixtures.checker;
import static no.kriteriebank.check.CheckFixtures.codes;
import static no.kriteriebank.check.CheckFixtures.summary;
import static no.kriteriebank.check.CheckFixtures.tender;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.ProcedurePart;
import no.kriteriebank.tender.Tender;
import no.kriteriebank.tender.Weighting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** § 7-9 under both rule sets, each rule with the cases either side of its boundary. */
class ClimateRuleTest {

    private static AwardModel weighted(String price, String environment) {
        return CheckFixtures.weighted(price, environment);
    }

    // --- minimum weight

    @Test
    void environmentAtThirtyPercentPassesAndAt2999Fails() {
        assertThat(checker().check(tender(t -> t.award(weighted("70", "30")))).findings()).isEmpty();
        assertThat(checker().check(tender(t -> t.award(weighted("70.00", "30.00")))).findings()).isEmpty();
        CheckResult low = checker().check(tender(t -> t.award(weighted("70.01", "29.99"))));
        assertThat(summary(low)).containsExactly("ERROR FOA-7-9-MIN-WEIGHT award.components[1].weight");
        assertThat(low.findings().get(0).message()).isEqualTo("Klima og miljø er vektet 29,99\u00A0%, men"
                + " minstevekten etter anskaffelsesforskriften § 7-9 (fra 1. januar 2024) er 30\u00A0%. Øk vekten til"
                + " minst 30\u00A0%, eller velg et annet alternativ etter § 7-9.");
    }

    @Test
    void theMinimumIsTheSumOfEveryEnvironmentComponent() {
        AwardModel split = AwardModel.weighted(
                AwardComponent.weighted("Pris", AwardCategory.PRICE, "70"),
                AwardComponent.weighted("Utslipp", AwardCategory.ENVIRONMENT, "15", "TRA-02"),
                AwardComponent.weighted("Drivstoff", AwardCategory.ENVIRONMENT, "15", "TRA-03"));
        assertThat(checker().check(tender(t -> t.criterion("TRA-03").award(split))).findings()).isEmpty();
        AwardModel short1 = AwardModel.weighted(
                AwardComponent.weighted("Pris", AwardCategory.PRICE, "71"),
                AwardComponent.weighted("Utslipp", AwardCategory.ENVIRONMENT, "15", "TRA-02"),
                AwardComponent.weighted("Drivstoff", AwardCategory.ENVIRONMENT, "14", "TRA-03"));
        assertThat(summary(checker().check(tender(t -> t.criterion("TRA-03").award(short1)))))
                .containsExactly("ERROR FOA-7-9-MIN-WEIGHT award.components");
    }

    @Test
    void underThe2026RulesTheMinimumIsAParameterMarkedUnconfirmed() {
        CheckResult ok = checker().check(tender(t -> t.announcementDate(FIRST_DAY_2026_RULES)));
        assertThat(ok.findings()).isEmpty();
        CheckResult low = checker().check(tender(t -> t.announcementDate(FIRST_DAY_2026_RULES)
                .award(weighted("70.01", "29.99"))));
        assertThat(summary(low)).containsExactly("ERROR FOA-7-9-MIN-WEIGHT award.components[1].weight");
        assertThat(low.findings().get(0).message()).endsWith(" Merk: Denne verdien i regelsettet foa-7-9-2026 er"
                + " ikke bekreftet mot forskriftsteksten; sjekk lovdata.no.");
        assertThat(low.ruleSet().isConfirmed("minimumEnvironmentWeight")).isFalse();
    }

    // --- order of priority

    private static AwardModel ranked(int environmentPlace, int components) {
        List<AwardComponent> list = new java.util.ArrayList<>();
        int other = 1;
        for (int place = 1; place <= components; place++) {
            list.add(place == environmentPlace
                    ? AwardComponent.ranked("Klima og miljø", AwardCategory.ENVIRONMENT, place, "TRA-02")
                    : AwardComponent.ranked("Kvalitet " + other++, AwardCategory.QUALITY, place));
        }
        return new AwardModel(Weighting.PRIORITY, list);
    }

    @Test
    void priorityRankThreePassesAndFourFails() {
        assertThat(checker().check(tender(t -> t.award(ranked(1, 4)))).findings()).isEmpty();
        assertThat(checker().check(tender(t -> t.award(ranked(3, 4)))).findings()).isEmpty();
        CheckResult fourth = checker().check(tender(t -> t.award(ranked(4, 4))));
        assertThat(summary(fourth)).containsExactly("ERROR FOA-7-9-PRIORITY-RANK award.components[3].priority");
        assertThat(fourth.findings().get(0).message()).isEqualTo("Klima og miljø står på plass 4 i prioriteringen,"
                + " men etter anskaffelsesforskriften § 7-9 (fra 1. januar 2024) må det stå blant de 3 første."
                + " Flytt klima og miljø opp, eller bruk vekter.");
    }

    @Test
    void placesAreCountedSoGapsInTheNumbersDoNotHelp() {
        AwardModel gaps = new AwardModel(Weighting.PRIORITY, List.of(
                AwardComponent.ranked("Pris", AwardCategory.PRICE, 1),
                AwardComponent.ranked("Kvalitet", AwardCategory.QUALITY, 2),
                AwardComponent.ranked("Service", AwardCategory.QUALITY, 5),
                AwardComponent.ranked("Klima og miljø", AwardCategory.ENVIRONMENT, 9, "TRA-02")));
        assertThat(summary(checker().check(tender(t -> t.award(gaps)))))
                .containsExactly("ERROR FOA-7-9-PRIORITY-RANK award.components[3].priority");
        AwardModel third = new AwardModel(Weighting.PRIORITY, List.of(
                AwardComponent.ranked("Pris", AwardCategory.PRICE, 1),
                AwardComponent.ranked("Kvalitet", AwardCategory.QUALITY, 4),
                AwardComponent.ranked("Klima og miljø", AwardCategory.ENVIRONMENT, 3, "TRA-02")));
        assertThat(checker().check(tender(t -> t.award(third))).findings()).isEmpty();
    }

    @Test
    void priorityRankUnderThe2026RulesIsMarkedUnconfirmed() {
        CheckResult fourth = checker().check(tender(t -> t.announcementDate(FIRST_DAY_2026_RULES)
                .award(ranked(4, 4))));
        assertThat(codes(fourth)).containsExactly("FOA-7-9-PRIORITY-RANK");
        assertThat(fourth.findings().get(0).message()).contains("foa-7-9-2026 er ikke bekreftet");
    }

    // --- options, exemptions and justifications

    @Test
    void theOldNegligibleFootprintExemptionNeedsAJustification() {
        Tender justified = tender(t -> t.environment(EnvironmentOption.NEGLIGIBLE_FOOTPRINT, "Kjøp av lisenser.")
                .award(weighted("100", "0")).criterion("TRA-03"));
        // The award model is not weighed against § 7-9 under an exemption; what remains is about the model itself.
        assertThat(codes(checker().check(tender(t -> t.environment(EnvironmentOption.NEGLIGIBLE_FOOTPRINT,
                "Kjøp av lisenser."))))).isEmpty();
        assertThat(codes(checker().check(justified))).doesNotContain("FOA-7-9-MIN-WEIGHT",
                "FOA-7-9-JUSTIFICATION-MISSING");
        for (String blank : new String[] {null, "", "  "}) {
            CheckResult result = checker().check(tender(t -> t.environment(EnvironmentOption.NEGLIGIBLE_FOOTPRINT,
                    blank)));
            assertThat(summary(result)).containsExactly("ERROR FOA-7-9-JUSTIFICATION-MISSING environment.justification");
        }
    }

    @Test
    void theNegligibleFootprintExemptionIsRejectedFrom1July2026() {
        Tender lastDay = tender(t -> t.announcementDate(LAST_DAY_2024_RULES)
                .environment(EnvironmentOption.NEGLIGIBLE_FOOTPRINT, "Kjøp av lisenser."));
        assertThat(checker().check(lastDay).findings()).isEmpty();
        CheckResult firstDay = checker().check(tender(t -> t.announcementDate(FIRST_DAY_2026_RULES)
                .environment(EnvironmentOption.NEGLIGIBLE_FOOTPRINT, "Kjøp av lisenser.")));
        assertThat(summary(firstDay)).containsExactly("ERROR FOA-7-9-OPTION-NOT-VALID environment.option");
        assertThat(firstDay.findings().get(0).message()).isEqualTo("Alternativet «unntak for uvesentlig"
                + " klimaavtrykk og miljøbelastning (regelen før 1. juli 2026) (quality-nor-env-none)» finnes ikke i"
                + " klimaregelen i § 7-9 (fra 1. juli 2026), som gjelder fra 1. juli 2026. Velg ett av: klima og"
                + " miljø vektet som tildelingskriterium (quality-nor-env-criteria); klima- og miljøkrav i"
                + " kravspesifikasjonen (quality-nor-env-spec); unntak for uvesentlig klimaavtrykk og"
                + " miljøbelastning (quality-nor-env-exempt-insignificant); unntak for vesentlige interesser innen"
                + " helse, sikkerhet eller beredskap (quality-nor-env-exempt-critical-interest); unntak der"
                + " lovpålagte standardiserte minimumskrav gjelder (quality-nor-env-exempt-national-minimum).");
    }

    @ParameterizedTest
    @EnumSource(value = EnvironmentOption.class, names = {"EXEMPT_INSIGNIFICANT", "EXEMPT_CRITICAL_INTEREST",
        "EXEMPT_NATIONAL_MINIMUM"})
    void theNewExemptionsNeedAJustificationAndDoNotExistBefore2026(EnvironmentOption exemption) {
        assertThat(checker().check(tender(t -> t.announcementDate(FIRST_DAY_2026_RULES)
                .environment(exemption, "Begrunnelse."))).findings()).isEmpty();
        assertThat(summary(checker().check(tender(t -> t.announcementDate(FIRST_DAY_2026_RULES)
                .environment(exemption, null)))))
                .containsExactly("ERROR FOA-7-9-JUSTIFICATION-MISSING environment.justification");
        assertThat(summary(checker().check(tender(t -> t.announcementDate(LAST_DAY_2024_RULES)
                .environment(exemption, "Begrunnelse.")))))
                .containsExactly("ERROR FOA-7-9-OPTION-NOT-VALID environment.option");
    }

    @Test
    void theSpecificationRouteNeedsAJustificationUnderThe2024RulesOnly() {
        Tender unjustified = tender(t -> t.environment(EnvironmentOption.SPECIFICATION, null));
        assertThat(summary(checker().check(unjustified)))
                .containsExactly("ERROR FOA-7-9-JUSTIFICATION-MISSING environment.justification");
        assertThat(checker().check(tender(t -> t.environment(EnvironmentOption.SPECIFICATION,
                "Krav gir klart bedre effekt."))).findings()).isEmpty();
        assertThat(checker().check(tender(t -> t.announcementDate(FIRST_DAY_2026_RULES)
                .environment(EnvironmentOption.SPECIFICATION, null))).findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-01", "2026-07-01"})
    void theSpecificationRouteNeedsASpecificationCriterion(String date) {
        Tender onlyAward = Tender.builder("Skoleskyss", "Vestland fylkeskommune", Language.NB)
                .announcementDate(java.time.LocalDate.parse(date))
                .criterion("TRA-02")
                .environment(EnvironmentOption.SPECIFICATION, "Krav gir klart bedre effekt.")
                .award(weighted("70", "30"))
                .build();
        CheckResult result = checker().check(onlyAward);
        assertThat(summary(result)).containsExactly("ERROR FOA-7-9-SPEC-CRITERIA-MISSING environment.option");
        assertThat(result.findings().get(0).message()).contains("under «Krav i kravspesifikasjonen»");
        // A specification criterion unknown to the bank does not count either.
        Tender unknown = Tender.builder("S", "B", Language.NB).announcementDate(java.time.LocalDate.parse(date))
                .criterion("TRA-99").environment(EnvironmentOption.SPECIFICATION, "Begrunnelse.").build();
        assertThat(codes(checker().check(unknown))).contains("FOA-7-9-SPEC-CRITERIA-MISSING");
    }

    // --- the option against the award model

    @Test
    void weightedAwardCriteriaNeedAnEnvironmentComponent() {
        AwardModel priceOnly = AwardModel.weighted(AwardComponent.weighted("Pris", AwardCategory.PRICE, "100"));
        CheckResult result = checker().check(tender(t -> t.award(priceOnly).criterion("TRA-01")));
        assertThat(codes(result)).contains("FOA-7-9-ENV-COMPONENT-MISSING");
        assertThat(summary(result)).contains("ERROR FOA-7-9-ENV-COMPONENT-MISSING award.components");
        CheckResult noModel = checker().check(Tender.builder("S", "B", Language.NB).announcementDate(
                CheckFixtures.IN_2025).criterion("TRA-01").environment(EnvironmentOption.AWARD_CRITERIA, null).build());
        assertThat(summary(noModel)).containsExactly("ERROR FOA-7-9-ENV-COMPONENT-MISSING award");
    }

    @Test
    void withoutAStatedOptionAnEnvironmentComponentIsCheckedAsAwardCriteria() {
        Tender unstated = new Tender("S", "B", null, Language.NB, CheckFixtures.IN_2025, ProcedurePart.PART_II,
                List.of(), null, tender().build().criteria(), null, weighted("80", "20"), null, null);
        assertThat(summary(checker().check(unstated))).containsExactly(
                "ERROR FOA-7-9-MIN-WEIGHT award.components[1].weight",
                "INFO FOA-7-9-APPROACH-INFERRED environment");
        Tender none = new Tender("S", "B", null, Language.NB, CheckFixtures.IN_2025, ProcedurePart.PART_II,
                List.of(), null, List.of(no.kriteriebank.tender.SelectedCriterion.of("TRA-01")), null,
                AwardModel.weighted(AwardComponent.weighted("Pris", AwardCategory.PRICE, "100")), null, null);
        assertThat(summary(checker().check(none))).containsExactly("ERROR FOA-7-9-APPROACH-MISSING environment");
    }

    // --- part I

    @Test
    void partIHasNoDutySoParagraph79FindingsAreWarnings() {
        CheckResult low = checker().check(tender(t -> t.procedure(ProcedurePart.PART_I)
                .award(weighted("80", "20"))));
        assertThat(low.hasErrors()).isFalse();
        assertThat(summary(low)).containsExactly(
                "WARNING FOA-7-9-MIN-WEIGHT award.components[1].weight",
                "INFO FOA-7-9-PART-I procedure");
        CheckResult unjustified = checker().check(tender(t -> t.procedure(ProcedurePart.PART_I)
                .environment(EnvironmentOption.NEGLIGIBLE_FOOTPRINT, null)));
        assertThat(summary(unjustified)).containsExactly(
                "WARNING FOA-7-9-JUSTIFICATION-MISSING environment.justification",
                "INFO FOA-7-9-PART-I procedure");
        // Other rules keep their severity in part I.
        CheckResult sum = checker().check(tender(t -> t.procedure(ProcedurePart.PART_I)
                .award(weighted("70", "20"))));
        assertThat(summary(sum)).contains("ERROR AWARD-WEIGHT-SUM award.components");
        // Nothing to soften, nothing to say.
        assertThat(checker().check(tender(t -> t.procedure(ProcedurePart.PART_I))).findings()).isEmpty();
    }

    @Test
    void partIIAndIIIAndAnUnstatedPartHaveTheDuty() {
        for (ProcedurePart part : new ProcedurePart[] {ProcedurePart.PART_II, ProcedurePart.PART_III, null}) {
            assertThat(checker().check(tender(t -> t.procedure(part).award(weighted("80", "20")))).hasErrors())
                    .as(String.valueOf(part)).isTrue();
        }
    }
}
