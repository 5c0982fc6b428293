package no.kriteriebank.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.check.CheckResult;
import no.kriteriebank.check.Finding;
import no.kriteriebank.check.TenderChecker;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.DocumentationDue;
import no.kriteriebank.model.DocumentationRequirement;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.model.ScoringMethod;
import no.kriteriebank.render.Format;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.ProcedurePart;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;
import org.junit.jupiter.api.Test;

/**
 * The five major findings of the 2026-12 content review, each guarded so it cannot come back: VEG-05 is a price
 * addition, MTR-06 never divides by a value that can be negative, MAT-08 scores only the staff's experience, MAT-09
 * is for meal services only, and vehicle registration numbers are due before the contract starts, not before.
 */
class ReviewFixesTest {
    private static final CriteriaBank BANK = StandardBankTest.BANK;

    private static Tender asphalt(AwardCategory carbonCategory, Language language) {
        AwardModel model = carbonCategory == AwardCategory.PRICE
                ? AwardModel.weighted(
                        // above the EEA thresholds a Doffin notice carries English too (DFØ's EFORMS-NOR-R008)
                        AwardComponent.weighted("Pris", AwardCategory.PRICE, "70", "VEG-05").withEnglish("Price", null),
                        AwardComponent.weighted("Klima og miljø", AwardCategory.ENVIRONMENT, "30", "VEG-06")
                                .withEnglish("Climate and environment", null))
                : AwardModel.weighted(
                        AwardComponent.weighted("Pris", AwardCategory.PRICE, "70"),
                        AwardComponent.weighted("Klima og miljø", AwardCategory.ENVIRONMENT, "30", "VEG-05", "VEG-06"));
        return Tender.builder("Asfaltkontrakt", "Vestland fylkeskommune", language)
                .announcementDate(java.time.LocalDate.of(2026, 9, 1))
                .procedure(ProcedurePart.PART_III)
                .cpv("45233251")
                .criterion(new SelectedCriterion("VEG-05", Map.of("expectedGwp", "60", "expectedUnitPrice", "1200"),
                        null))
                .criterion("VEG-06")
                .environment(EnvironmentOption.AWARD_CRITERIA, null)
                .award(model).build();
    }

    @Test
    void veg05IsAPriceAdditionAndWeightingItAsEnvironmentIsAnError() {
        Criterion veg05 = BANK.get("VEG-05");
        assertThat(veg05.award().scoring()).isEqualTo(ScoringMethod.PRICE_ADDITION);
        assertThat(veg05.award().maxWeight().signum()).isZero();
        TenderChecker checker = TenderChecker.forBank(BANK);

        CheckResult wrong = checker.check(asphalt(AwardCategory.ENVIRONMENT, Language.NB));
        assertThat(wrong.findings()).extracting(f -> f.code().code()).contains("AWARD-PRICE-ADDITION-CATEGORY");
        assertThat(wrong.hasErrors()).isTrue();

        for (Language language : Language.values()) {
            CheckResult right = checker.check(asphalt(AwardCategory.PRICE, language));
            assertThat(right.findings()).extracting(f -> f.code().code()).doesNotContain("AWARD-PRICE-ADDITION-CATEGORY")
                    .contains("AWARD-PRICE-ADDITION-SHARE");
            // 7.5 kr/kg × 60 kg/t = 450 kr/t on 1 200 kr/t: 450 / 1 650 = 27.3 % of the evaluated price
            String share = language == Language.EN ? "27.3%" : "27,3\u00a0%";
            assertThat(right.findings()).filteredOn(f -> f.code().code().equals("AWARD-PRICE-ADDITION-SHARE"))
                    .singleElement().extracting(Finding::message).asString().contains(share);
        }
        // Exported to Doffin, the carbon price sits in the price criterion, not in a declared climate weight.
        String lot = no.kriteriebank.export.EformsExporter.builder(BANK)
                .profile(no.kriteriebank.export.EformsProfile.DOFFIN).build()
                .lot(asphalt(AwardCategory.PRICE, Language.NB));
        assertThat(lot).contains(">price<").contains(">quality-nor-env-criteria<");
    }

    @Test
    void mtr06ScoresInverseProportionallyAndNeverOnGwpTotal() {
        Criterion mtr06 = BANK.get("MTR-06");
        assertThat(mtr06.award().scoring()).isEqualTo(ScoringMethod.INVERSE_PROPORTIONAL);
        Parameter indicator = mtr06.parameters().stream().filter(p -> p.name().equals("gwpIndicator")).findFirst()
                .orElseThrow();
        assertThat(indicator.choices()).extracting(c -> c.value()).containsExactly("gwp-fossil", "gwp-ghg");
        assertThat(mtr06.text().nb()).contains("EN 15804+A2");
        assertThat(mtr06.text().nn()).contains("EN 15804+A2");
        assertThat(mtr06.text().en()).contains("EN 15804+A2");
        // Every formula "lowest / offered" in the bank is declared inverse-proportional, so the load-time rule
        // (no signed choice) and the scoring's refusal of values <= 0 apply to it.
        List<String> undeclared = new ArrayList<>();
        for (Criterion c : BANK.query().kind(no.kriteriebank.model.CriterionKind.AWARD).list()) {
            String scale = c.award().scale().nb();
            if (scale.contains("laveste verdi / tilbudt verdi")
                    && c.award().scoring() != ScoringMethod.INVERSE_PROPORTIONAL) {
                undeclared.add(c.id());
            }
            if (c.award().scoring() == ScoringMethod.INVERSE_PROPORTIONAL) {
                c.parameters().forEach(p -> p.choices().forEach(choice -> {
                    if (choice.value().contains("total") || choice.value().contains("biogenic")) {
                        undeclared.add(c.id() + " offers " + choice.value());
                    }
                }));
            }
        }
        assertThat(undeclared).isEmpty();
    }

    @Test
    void mat08ScoresTheStaffsExperienceNotTheSuppliersTrackRecord() {
        Criterion mat08 = BANK.get("MAT-08");
        for (String text : List.of(mat08.text().nb(), mat08.award().scale().nb())) {
            assertThat(text).doesNotContain("dokumenterte resultater").doesNotContain("sammenlignbare oppdrag");
        }
        assertThat(mat08.text().nb()).contains("personellet som skal utføre oppdraget");
        assertThat(mat08.text().nn()).contains("personellet som skal utføre oppdraget");
        assertThat(mat08.text().en()).contains("staff who will perform the contract");
        assertThat(mat08.guidance().nb()).contains("§ 18-1 (2)");
    }

    @Test
    void mat09IsForMealServicesWhereTheSupplierControlsPurchases() {
        Criterion mat09 = BANK.get("MAT-09");
        assertThat(mat09.cpv()).containsExactly("55");
        assertThat(BANK.query().cpv("15800000").list()).extracting(Criterion::id).doesNotContain("MAT-09");
    }

    @Test
    void registrationNumbersAreDueBeforeContractStartWithAFleetPlanEarlier() {
        List<String> early = new ArrayList<>();
        for (Criterion c : BANK.criteria()) {
            for (DocumentationRequirement d : c.documentation()) {
                if (d.type() == no.kriteriebank.model.DocumentationType.VEHICLE_LIST
                        && d.description().nb().contains("registreringsnummer")
                        && d.due().compareTo(DocumentationDue.BEFORE_CONTRACT_START) < 0) {
                    early.add(c.id() + " " + d.due());
                }
            }
        }
        assertThat(early).as("vehicle lists with registration numbers due before the contract starts").isEmpty();
        for (String id : List.of("GEN-05", "GEN-08", "TRA-01", "TRA-04", "TRA-05", "TRA-10", "MAT-07", "KON-09")) {
            Criterion c = BANK.get(id);
            assertThat(c.documentation()).as(id).anyMatch(d -> d.due() == DocumentationDue.BEFORE_CONTRACT_START)
                    .anyMatch(d -> d.due().compareTo(DocumentationDue.BEFORE_SIGNING) <= 0
                            && d.description().nb().startsWith("Kjøretøyplan"));
        }
    }

    @Test
    void beforeContractStartRendersInEveryLanguage() {
        Map<Language, String> label = Map.of(Language.NB, "Før kontraktsstart", Language.NN, "Før kontraktsstart",
                Language.EN, "Before the contract starts");
        for (Language language : Language.values()) {
            Tender tender = Tender.builder("Renovasjon", "Vinje kommune", language).criterion("TRA-04").build();
            for (Format format : Format.values()) {
                String text = StandardLayouts.renderer(BANK).build().render(tender, format).text();
                assertThat(text).as(language + " " + format).contains(label.get(language));
            }
            assertThat(DocumentationDue.BEFORE_CONTRACT_START.label().get(language)).contains(label.get(language));
        }
    }
}
