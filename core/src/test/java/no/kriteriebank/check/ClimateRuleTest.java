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
                + " minstevekten etter anskaffelsesforskriften § 7-9 (fra 1. januar 2024 til og med 30. juni 2026) er"
                + " 30\u00A0%. Øk vekten til minst 30\u00A0%, eller velg et annet alternativ.");
        // The only unconfirmed point under the 2024 rule a weighted part III tender rests on: the period's end.
        assertThat(low.unconfirmed()).extracting(RuleNote::point).containsExactly("End of the period");
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
        assertThat(low.findings().get(0).message()).isEqualTo("Klima og miljø er vektet 29,99\u00A0%, men"
                + " minstevekten etter anskaffelsesloven §§ 5b og 5c (fra 1. juli 2026; hjemmelen er ikke bekreftet mot"
                + " lovteksten) er 30\u00A0%. Øk vekten til minst 30\u00A0%, eller velg et annet alternativ."
                + " Merk: Dette punktet i regelsettet foa-7-9-2026 er ikke bekreftet mot lovteksten; sjekk lovdata.no.");
        assertThat(low.ruleSet().isConfirmed("minimumEnvironmentWeight")).isFalse();
        assertThat(low.unconfirmed()).extracting(RuleNote::parameter)
                .containsExactly("citation", "validity", "minimumEnvironmentWeight", "justificationRequired");
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
    void priorityRankThreePassesAndFourIsAnErrorOnlyWithoutTheAlternativeOfParagraph4() {
        assertThat(checker().check(tender(t -> t.award(ranked(1, 4)))).findings()).isEmpty();
        assertThat(checker().check(tender(t -> t.award(ranked(3, 4)))).findings()).isEmpty();
        // TRA-01, a specification requirement, is selected; the justification is missing.
        CheckResult fourth = checker().check(tender(t -> t.award(ranked(4, 4))));
        assertThat(summary(fourth)).containsExactly("ERROR FOA-7-9-PRIORITY-RANK award.components[3].priority");
        assertThat(fourth.findings().get(0).message()).isEqualTo("Klima og miljø står på plass 4 i prioriteringen."
                + " Etter anskaffelsesforskriften § 7-9 (fra 1. januar 2024 til og med 30. juni 2026) bør klima- og"
                + " miljøhensyn være blant de 3 høyest prioriterte tildelingskriteriene; prioriterer du ikke slik, skal"
                + " du stille klima- og miljøkrav i kravspesifikasjonen og begrunne dette i anskaffelsesdokumentene."
                + " Anskaffelsen mangler en begrunnelse. Flytt klima og miljø opp, eller legg inn kravene og"
                + " begrunnelsen.");
        // With the requirements and a justification, § 7-9 (4) second sentence is met: a note, not an error.
        CheckResult met = checker().check(tender(t -> t.award(ranked(4, 4))
                .environment(EnvironmentOption.AWARD_CRITERIA, "Pris og leveringstid veier tyngre; kravene i"
                        + " kravspesifikasjonen sikrer nullutslipp.")));
        assertThat(summary(met)).containsExactly("INFO FOA-7-9-PRIORITY-RANK award.components[3].priority");
        assertThat(met.hasErrors()).isFalse();
    }

    @Test
    void thePriorityMessageSaysShouldAndShallInEachLanguage() {
        CheckResult nn = checker().check(Tender.builder("S", "B", Language.NN).announcementDate(CheckFixtures.IN_2025)
                .procedure(ProcedurePart.PART_III).criterion("TRA-02").environment(EnvironmentOption.AWARD_CRITERIA,
                        null).award(ranked(4, 4)).build());
        assertThat(nn.findings()).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("Klima og miljø"
                + " står på plass 4 i prioriteringa. Etter anskaffingsforskrifta § 7-9 (frå 1. januar 2024 til og med"
                + " 30. juni 2026) bør klima- og miljøomsyn vere blant dei 3 høgast prioriterte tildelingskriteria;"
                + " prioriterer du ikkje slik, skal du stille klima- og miljøkrav i kravspesifikasjonen og grunngje"
                + " dette i anskaffingsdokumenta. Anskaffinga manglar både klima- og miljøkrav i kravspesifikasjonen"
                + " og ei grunngjeving. Flytt klima og miljø opp, eller legg inn krava og grunngjevinga."));
        CheckResult en = checker().check(tender(Language.EN, t -> t.award(ranked(4, 4))
                .environment(EnvironmentOption.AWARD_CRITERIA, "Justified.")));
        assertThat(en.findings()).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("Climate and"
                + " environment stand in place 4 of the order of priority. Under section 7-9 of the Public Procurement"
                + " Regulations (from 1 January 2024 to 30 June 2026), climate and environmental considerations should"
                + " be among the 3 highest-priority award criteria; instead the procurement has climate and"
                + " environmental requirements in the technical specifications and a justification, as the rule"
                + " requires when you do not rank them so. Make sure the justification is in the procurement"
                + " documents."));
        CheckResult nb = checker().check(Tender.builder("S", "B", Language.NB).announcementDate(CheckFixtures.IN_2025)
                .criterion("TRA-02").award(ranked(4, 4)).environment(EnvironmentOption.AWARD_CRITERIA, "Begrunnelse.")
                .build());
        assertThat(nb.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("Anskaffelsen mangler klima- og miljøkrav i kravspesifikasjonen."));
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
    void priorityRankUnderThe2026RulesFollowsDfoAndIsMarkedUnconfirmed() {
        // Even with requirements and a justification: the 2026 rule set knows no alternative (unconfirmed).
        CheckResult fourth = checker().check(tender(t -> t.announcementDate(FIRST_DAY_2026_RULES)
                .award(ranked(4, 4)).environment(EnvironmentOption.AWARD_CRITERIA, "Begrunnelse.")));
        assertThat(summary(fourth)).containsExactly("ERROR FOA-7-9-PRIORITY-RANK award.components[3].priority");
        assertThat(fourth.findings().get(0).message()).isEqualTo("Klima og miljø står på plass 4 i prioriteringen,"
                + " men etter anskaffelsesloven §§ 5b og 5c (fra 1. juli 2026; hjemmelen er ikke bekreftet mot"
                + " lovteksten) skal klima- og miljøhensyn være blant de 3 høyest prioriterte tildelingskriteriene."
                + " Flytt klima og miljø opp, eller bruk vekter. Merk: Dette punktet i regelsettet foa-7-9-2026 er"
                + " ikke bekreftet mot lovteksten; sjekk lovdata.no.");
        assertThat(fourth.unconfirmed()).extracting(RuleNote::parameter)
                .contains("highestEnvironmentPriority", "priorityFallback");
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
                + " klimaavtrykk og miljøbelastning (regelen til og med 30. juni 2026) (quality-nor-env-none)» finnes"
                + " ikke i anskaffelsesloven §§ 5b og 5c (fra 1. juli 2026; hjemmelen er ikke bekreftet mot"
                + " lovteksten). Velg ett av: klima og miljø vektet som tildelingskriterium (quality-nor-env-criteria);"
                + " klima- og miljøkrav i kravspesifikasjonen (quality-nor-env-spec); unntak for uvesentlig"
                + " klimaavtrykk og miljøbelastning (quality-nor-env-exempt-insignificant); unntak der pliktene ville"
                + " gå på bekostning av vesentlige interesser innen helse, sikkerhet eller beredskap"
                + " (quality-nor-env-exempt-critical-interest); unntak der lovpålagte standardiserte minimumskrav"
                + " gjelder (quality-nor-env-exempt-national-minimum).");
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
    void theSpecificationRouteNeedsAJustificationAndABetterEffectUnderBothRules() {
        CheckResult old = checker().check(tender(t -> t.environment(EnvironmentOption.SPECIFICATION, null)));
        assertThat(summary(old)).containsExactly("ERROR FOA-7-9-JUSTIFICATION-MISSING environment.justification");
        assertThat(old.findings().get(0).message()).isEqualTo("Etter anskaffelsesforskriften § 7-9 (fra 1. januar"
                + " 2024 til og med 30. juni 2026) skal alternativet «klima- og miljøkrav i kravspesifikasjonen"
                + " (quality-nor-env-spec)» begrunnes i anskaffelsesdokumentene, men ingen begrunnelse er lagt inn."
                + " Alternativet forutsetter at det er klart at kravene i kravspesifikasjonen gir en bedre klima- og"
                + " miljøeffekt; skriv en begrunnelse som viser det.");
        assertThat(checker().check(tender(t -> t.environment(EnvironmentOption.SPECIFICATION,
                "Krav gir klart bedre effekt."))).findings()).isEmpty();
        // 2026: an error, not silence; the better-effect condition and the unconfirmed status are said.
        CheckResult nn = checker().check(tender(Language.NN, t -> t.announcementDate(FIRST_DAY_2026_RULES)
                .environment(EnvironmentOption.SPECIFICATION, " ")));
        assertThat(summary(nn)).containsExactly("ERROR FOA-7-9-JUSTIFICATION-MISSING environment.justification");
        assertThat(nn.findings().get(0).message()).isEqualTo("Etter anskaffingslova §§ 5b og 5c (frå 1. juli 2026;"
                + " heimelen er ikkje stadfesta mot lovteksten) skal alternativet «klima- og miljøkrav i"
                + " kravspesifikasjonen (quality-nor-env-spec)» grunngjevast i anskaffingsdokumenta, men inga"
                + " grunngjeving er lagd inn. Alternativet føreset at krava i kravspesifikasjonen gir ein betre klima-"
                + " og miljøeffekt; skriv ei grunngjeving som viser det. Merk: Dette punktet i regelsettet"
                + " foa-7-9-2026 er ikkje stadfesta mot lovteksten; sjekk lovdata.no.");
        CheckResult en = checker().check(tender(Language.EN, t -> t.announcementDate(FIRST_DAY_2026_RULES)
                .environment(EnvironmentOption.SPECIFICATION, null)));
        assertThat(en.findings().get(0).message()).isEqualTo("Under sections 5b and 5c of the Public Procurement Act"
                + " (from 1 July 2026; the legal basis is not confirmed against the statutory text), the option"
                + " \"climate and environmental requirements in the technical specifications (quality-nor-env-spec)\""
                + " must be justified in the procurement documents, but no justification is recorded. The option"
                + " presupposes that the requirements in the specifications give a better climate and environmental"
                + " effect; write a justification that shows it. Note: this point of the rule set foa-7-9-2026 is not"
                + " confirmed against the statutory text; check lovdata.no.");
        assertThat(en.unconfirmed()).extracting(RuleNote::parameter).contains("justificationRequired",
                "specificationCondition");
        assertThat(checker().check(tender(t -> t.announcementDate(FIRST_DAY_2026_RULES)
                .environment(EnvironmentOption.SPECIFICATION, "Kravene gir bedre effekt."))).findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-01", "2026-07-01"})
    void aSpecificationRequirementTheBuyerWroteCounts(String date) {
        Tender own = Tender.builder("Skoleskyss", "Vestland fylkeskommune", Language.EN)
                .announcementDate(java.time.LocalDate.parse(date))
                .criterion("TRA-02")
                .addition(no.kriteriebank.model.CriterionKind.SPECIFICATION, "Zero-emission buses",
                        "All buses used in the contract shall be zero-emission vehicles.")
                .environment(EnvironmentOption.SPECIFICATION, "Requirements give a clearly better effect.")
                .award(weighted("70", "30"))
                .build();
        assertThat(codes(checker().check(own))).doesNotContain("FOA-7-9-SPEC-CRITERIA-MISSING");
        // A free-text addition is not a requirement.
        Tender prose = Tender.builder("Skoleskyss", "Vestland fylkeskommune", Language.EN)
                .announcementDate(java.time.LocalDate.parse(date))
                .criterion("TRA-02")
                .addition("Background", "The municipality aims for zero emissions.")
                .environment(EnvironmentOption.SPECIFICATION, "Requirements give a clearly better effect.")
                .award(weighted("70", "30"))
                .build();
        CheckResult result = checker().check(prose);
        assertThat(codes(result)).contains("FOA-7-9-SPEC-CRITERIA-MISSING");
        assertThat(result.findings()).filteredOn(f -> f.code() == FindingCode.FOA_7_9_SPEC_CRITERIA_MISSING)
                .singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("The option \"climate and"
                        + " environmental requirements in the technical specifications (quality-nor-env-spec)\" is"
                        + " chosen, but the procurement has no climate or environmental requirement for the technical"
                        + " specifications: neither a requirement from the criteria bank under \"Technical"
                        + " specifications\" nor one of its own (an addition of kind SPECIFICATION). Add at least one"
                        + " such requirement, or choose another option."));
    }

    @Test
    void theCriticalInterestExemptionNamesItsConditionInEachLanguage() {
        for (Language language : Language.values()) {
            CheckResult result = checker().check(tender(language, t -> t.announcementDate(FIRST_DAY_2026_RULES)
                    .environment(EnvironmentOption.EXEMPT_CRITICAL_INTEREST, null)));
            String expected = switch (language) {
                case NB -> "unntak der pliktene ville gå på bekostning av vesentlige interesser innen helse,"
                        + " sikkerhet eller beredskap";
                case NN -> "unntak der pliktene ville gå ut over vesentlege interesser innan helse, tryggleik eller"
                        + " beredskap";
                case EN -> "exemption where the duties would come at the expense of essential interests of health,"
                        + " safety or emergency preparedness";
            };
            assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.message())
                    .contains((language == Language.EN ? "\"" : "«") + expected
                            + " (quality-nor-env-exempt-critical-interest)" + (language == Language.EN ? "\"" : "»"))
                    .containsAnyOf("anskaffelsesdokumentene", "anskaffingsdokumenta", "procurement documents"));
        }
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
    void partIWithoutAwardCriteriaGetsAWarningForNotWeightingClimate() {
        Tender bare = Tender.builder("Kontorrekvisita", "Vinje kommune", Language.NB).announcementDate(
                CheckFixtures.IN_2025).procedure(ProcedurePart.PART_I).criterion("TRA-01").build();
        CheckResult result = checker().check(bare);
        assertThat(result.hasErrors()).isFalse();
        assertThat(summary(result)).containsExactly("WARNING FOA-7-9-APPROACH-MISSING environment",
                "INFO FOA-7-9-PART-I procedure");
        assertThat(result.findings().get(1).message()).isEqualTo("Anskaffelsen følger del I, som ikke har"
                + " prosedyreregler og derfor ingen plikt til å bruke tildelingskriterier (DFØs veileder)."
                + " Anskaffelsen bruker ingen tildelingskriterier og oppgir ikke alternativ, så funnet om klima og"
                + " miljø er en advarsel og ikke en feil. Oppgir du et alternativ eller bruker tildelingskriterier,"
                + " kontrolleres anskaffelsen som i del II og III.");
        assertThat(result.unconfirmed()).extracting(RuleNote::parameter).containsExactly("validity", "advisoryInPartI");
        CheckResult en = checker().check(Tender.builder("Office supplies", "Vinje kommune", Language.EN)
                .announcementDate(CheckFixtures.IN_2025).procedure(ProcedurePart.PART_I).build());
        assertThat(en.findings().get(1).message()).isEqualTo("The procurement falls under Part I, which has no"
                + " procedure rules and so no duty to use award criteria (DFØ's guide). The procurement uses no award"
                + " criteria and states no option, so the finding on climate and environment is a warning, not an"
                + " error. If you state an option or use award criteria, the procurement is checked as in Parts II and"
                + " III.");
        CheckResult nn = checker().check(Tender.builder("Kontorrekvisita", "Vinje kommune", Language.NN)
                .announcementDate(CheckFixtures.IN_2025).procedure(ProcedurePart.PART_I).build());
        assertThat(nn.findings().get(1).message()).startsWith("Anskaffinga følgjer del I, som ikkje har"
                + " prosedyrereglar og difor inga plikt til å bruke tildelingskriterium (rettleiaren til DFØ).");
    }

    @Test
    void partIThatUsesAwardCriteriaOrClaimsAnExemptionIsCheckedAsTheOtherParts() {
        CheckResult low = checker().check(tender(t -> t.procedure(ProcedurePart.PART_I)
                .award(weighted("80", "20"))));
        assertThat(summary(low)).containsExactly("ERROR FOA-7-9-MIN-WEIGHT award.components[1].weight");
        assertThat(low.unconfirmed()).extracting(RuleNote::parameter).containsExactly("validity", "advisoryInPartI");
        CheckResult unjustified = checker().check(tender(t -> t.procedure(ProcedurePart.PART_I)
                .environment(EnvironmentOption.NEGLIGIBLE_FOOTPRINT, null)));
        assertThat(summary(unjustified)).containsExactly(
                "ERROR FOA-7-9-JUSTIFICATION-MISSING environment.justification");
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
