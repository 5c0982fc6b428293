package no.kriteriebank.check;

import static no.kriteriebank.check.CheckFixtures.checker;
import static no.kriteriebank.check.CheckFixtures.summary;
import static no.kriteriebank.check.CheckFixtures.tender;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.kriteriebank.Fixtures;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.DocumentationDue;
import no.kriteriebank.model.DocumentationRequirement;
import no.kriteriebank.model.DocumentationType;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;
import org.junit.jupiter.api.Test;

/** The selected criteria against the bank. */
class SelectionRuleTest {

    @Test
    void anUnknownCriterionIsReportedWithDidYouMean() {
        CheckResult result = checker().check(tender(t -> t.criterion("TRA-10")));
        assertThat(summary(result)).containsExactly("ERROR CRITERION-UNKNOWN criteria[2].id");
        assertThat(result.findings().get(0).message()).isEqualTo("TRA-10 finnes ikke i kriteriebanken test 2026.1."
                + " Mente du «TRA-01»? Rett id-en, eller fjern kriteriet.");
        CheckResult far = checker().check(tender(t -> t.criterion("MAT-77")));
        assertThat(far.findings().get(0).message()).isEqualTo("MAT-77 finnes ikke i kriteriebanken test 2026.1."
                + " Rett id-en, eller fjern kriteriet.");
    }

    @Test
    void aDeprecatedCriterionIsAWarningNamingItsSuccessor() {
        CheckResult result = checker().check(tender(t -> t.criterion("TRA-05")));
        assertThat(summary(result)).containsExactly("WARNING CRITERION-DEPRECATED criteria[2].id");
        assertThat(result.findings().get(0).message()).isEqualTo("TRA-05 er utgått og bør ikke brukes i nye"
                + " anskaffelser. Bruk TRA-01 i stedet.");
    }

    @Test
    void aPinnedRevisionMustBeTheBanks() {
        assertThat(checker().check(tender(t -> t.criterion("TRA-05@1"))).findings()).hasSize(1);
        assertThat(summary(checker().check(tender(t -> t.criterion("BYG-01@1"))))).isEmpty();
        CheckResult old = checker().check(tender(t -> t.criterion("BYG-01@2")));
        assertThat(summary(old)).containsExactly("ERROR CRITERION-REVISION criteria[2].id");
        assertThat(old.findings().get(0).message()).isEqualTo("Anskaffelsen er låst til BYG-01@2, men kriteriebanken"
                + " test 2026.1 har BYG-01@1. Se gjennom endringene og lås til BYG-01@1, eller bruk den"
                + " bankversjonen som har BYG-01@2.");
    }

    @Test
    void aPinnedEarlierRevisionKeptInTheHistoryIsCheckedAgainstThatRevision() {
        CriteriaBank base = CheckFixtures.bank();
        Criterion old = base.get("BYG-01");
        Criterion newer = old.toBuilder().revision(2).build();
        List<Criterion> criteria = base.criteria().stream().map(c -> c.id().equals("BYG-01") ? newer : c).toList();
        CriteriaBank bank = CriteriaBank.of(base.info(), criteria, List.of(old));
        TenderChecker checker = TenderChecker.builder().bank(bank).clock(java.time.Clock.fixed(CheckFixtures.IN_2025
                .atStartOfDay(java.time.ZoneId.of("Europe/Oslo")).toInstant(), java.time.ZoneId.of("Europe/Oslo"))).build();
        CheckResult result = checker.check(tender(t -> t.criterion("BYG-01@1")));
        assertThat(summary(result)).containsExactly("INFO CRITERION-REVISION-EARLIER criteria[2].id");
        assertThat(result.findings().get(0).message()).isEqualTo("Anskaffelsen er låst til BYG-01@1, som"
                + " kriteriebanken test 2026.1 fortsatt har. Teksten blir som før; den nyeste revisjonen er BYG-01@2.");
        assertThat(result.hasErrors()).isFalse();
        assertThat(summary(checker.check(tender(t -> t.criterion("BYG-01@3")))))
                .containsExactly("ERROR CRITERION-REVISION criteria[2].id");
    }

    @Test
    void aCriterionSelectedTwiceIsReportedAtEverySelection() {
        assertThat(summary(checker().check(tender(t -> t.criterion("TRA-01@1"))))).containsExactly(
                "WARNING CRITERION-DUPLICATE criteria[0].id",
                "WARNING CRITERION-DUPLICATE criteria[2].id");
    }

    @Test
    void anAwardCriterionMustAskForDocumentation() {
        AwardModel model = AwardModel.weighted(
                AwardComponent.weighted("Pris", AwardCategory.PRICE, "70"),
                AwardComponent.weighted("Klima og miljø", AwardCategory.ENVIRONMENT, "30", "TRA-06"));
        Tender tender = Tender.builder("Skoleskyss", "Vestland fylkeskommune", Language.NB)
                .announcementDate(CheckFixtures.IN_2025)
                .criterion("TRA-01")
                .criterion("TRA-06")
                .environment(EnvironmentOption.AWARD_CRITERIA, null)
                .award(model)
                .build();
        CheckResult result = checker().check(tender);
        assertThat(summary(result)).containsExactly("ERROR CRITERION-DOCUMENTATION-MISSING criteria[1]");
        assertThat(result.findings().get(0).message()).isEqualTo("Tildelingskriteriet TRA-06 sier ikke hvilken"
                + " dokumentasjon leverandøren skal levere. Velg et kriterium med dokumentasjonskrav, eller be"
                + " forvalteren av kriteriebanken legge det til.");
    }

    /**
     * A checked bank cannot hold a label without equivalents (CriteriaBank.of refuses it), so the rule is tested on a
     * hand-made context: it is a second line of defence for what gets announced.
     */
    @Test
    void aLabelOrCertificateMustAcceptEquivalents() {
        DocumentationRequirement strict = new DocumentationRequirement(DocumentationType.ECOLABEL,
                DocumentationDue.WITH_TENDER, LocalizedText.of("Svanemerket."), false);
        DocumentationRequirement lenient = new DocumentationRequirement(DocumentationType.ECOLABEL,
                DocumentationDue.WITH_TENDER, LocalizedText.of("Svanemerket eller tilsvarende."), true);
        assertThat(CriteriaBank.check(Fixtures.specification().documentation(strict).build())).isNotEmpty();

        for (Language language : Language.values()) {
            List<Finding> bad = run(Fixtures.specification().documentation(strict).build(), language);
            assertThat(bad).extracting(f -> f.severity() + " " + f.code().code() + " " + f.path())
                    .containsExactly("ERROR CRITERION-EQUIVALENT-MISSING criteria[0]");
            assertThat(run(Fixtures.specification().documentation(lenient).build(), language)).isEmpty();
            if (language == Language.NB) {
                assertThat(bad.get(0).message()).isEqualTo("TRA-01 krever «Miljømerke» uten å godta tilsvarende"
                        + " dokumentasjon. Krav om merker og sertifikater skal godta «eller tilsvarende»; få"
                        + " kriteriet rettet i kriteriebanken.");
            }
        }
    }

    private static List<Finding> run(Criterion criterion, Language language) {
        CriteriaBank bank = CheckFixtures.bank();
        Tender tender = Tender.builder("Skoleskyss", "Vestland fylkeskommune", language).criterion("TRA-01").build();
        TenderContext context = new TenderContext(tender, bank, null, List.of(
                new TenderContext.Selection(0, SelectedCriterion.of("TRA-01"), "TRA-01", criterion)));
        Report report = new Report(new Wording(Messages.load("findings"), language), false);
        new SelectionRule().apply(context, report);
        return report.findings();
    }
}
