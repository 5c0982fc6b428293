package no.kriteriebank.check;

import static no.kriteriebank.check.CheckFixtures.checker;
import static no.kriteriebank.check.CheckFixtures.summary;
import static no.kriteriebank.check.CheckFixtures.tender;
import static org.assertj.core.api.Assertions.assertThat;

import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import org.junit.jupiter.api.Test;

/** Award components use selected award criteria, and every selected award criterion is used. */
class AwardLinkRuleTest {

    @Test
    void aComponentMayOnlyUseSelectedCriteria() {
        AwardModel model = AwardModel.weighted(
                AwardComponent.weighted("Pris", AwardCategory.PRICE, "70"),
                AwardComponent.weighted("Klima og miljø", AwardCategory.ENVIRONMENT, "30", "TRA-02", "TRA-03"));
        CheckResult result = checker().check(tender(t -> t.award(model)));
        assertThat(summary(result)).containsExactly("ERROR AWARD-CRITERION-NOT-SELECTED award.components[1].criteria[1]");
        assertThat(result.findings().get(0).message()).isEqualTo("Komponenten «Klima og miljø» bruker TRA-03, som"
                + " ikke er valgt i anskaffelsen. Velg kriteriet, eller fjern det fra komponenten.");
        assertThat(checker().check(tender(t -> t.criterion("TRA-03").award(model))).findings()).isEmpty();
    }

    @Test
    void aPinnedReferenceInAComponentMatchesTheSelection() {
        AwardModel pinned = AwardModel.weighted(
                AwardComponent.weighted("Pris", AwardCategory.PRICE, "70"),
                AwardComponent.weighted("Klima og miljø", AwardCategory.ENVIRONMENT, "30", "TRA-02@1"));
        assertThat(checker().check(tender(t -> t.award(pinned))).findings()).isEmpty();
    }

    @Test
    void aComponentMayOnlyWeighAwardCriteria() {
        AwardModel model = AwardModel.weighted(
                AwardComponent.weighted("Pris", AwardCategory.PRICE, "70"),
                AwardComponent.weighted("Klima og miljø", AwardCategory.ENVIRONMENT, "30", "TRA-02", "TRA-01"));
        CheckResult result = checker().check(tender(t -> t.award(model)));
        assertThat(summary(result)).containsExactly("ERROR AWARD-CRITERION-KIND award.components[1].criteria[1]");
        assertThat(result.findings().get(0).message()).isEqualTo("TRA-01 hører til «Krav i kravspesifikasjonen» og"
                + " er ikke et tildelingskriterium, så det kan ikke vektes i «Klima og miljø». Fjern det fra"
                + " komponenten.");
    }

    @Test
    void everySelectedAwardCriterionMustBeUsed() {
        CheckResult result = checker().check(tender(t -> t.criterion("TRA-03")));
        assertThat(summary(result)).containsExactly("ERROR AWARD-CRITERION-UNUSED criteria[2]");
        assertThat(result.findings().get(0).message()).isEqualTo("Tildelingskriteriet TRA-03 er valgt, men ingen"
                + " komponent i tildelingsmodellen bruker det. Knytt det til en komponent, eller fjern det.");
        // Specification requirements and contract clauses are not weighted, so they need no component.
        assertThat(checker().check(tender(t -> t.criterion("BYG-01"))).findings()).isEmpty();
    }

    @Test
    void anEnvironmentComponentShouldUseAnAwardCriterion() {
        AwardModel bare = AwardModel.weighted(
                AwardComponent.weighted("Pris", AwardCategory.PRICE, "70"),
                AwardComponent.weighted("Klima og miljø", AwardCategory.ENVIRONMENT, "30"));
        CheckResult result = checker().check(tender(t -> t.award(bare)));
        assertThat(summary(result)).containsExactly(
                "WARNING AWARD-ENV-NO-CRITERION award.components[1].criteria",
                "ERROR AWARD-CRITERION-UNUSED criteria[1]");
        assertThat(result.findings().get(0).message()).startsWith("Komponenten «Klima og miljø» vekter klima og"
                + " miljø, men bruker ingen tildelingskriterier.");
    }

    @Test
    void anAwardCriterionUnderQualityIsPointedOut() {
        AwardModel model = AwardModel.weighted(
                AwardComponent.weighted("Pris", AwardCategory.PRICE, "50"),
                AwardComponent.weighted("Kvalitet", AwardCategory.QUALITY, "20", "TRA-03"),
                AwardComponent.weighted("Klima og miljø", AwardCategory.ENVIRONMENT, "30", "TRA-02"));
        assertThat(summary(checker().check(tender(t -> t.criterion("TRA-03").award(model)))))
                .containsExactly("INFO AWARD-ENV-CRITERION-CATEGORY award.components[1].criteria[0]");
    }
}
