package no.kriteriebank.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.kriteriebank.Fixtures;
import no.kriteriebank.bank.BankInfo;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.DocumentationDue;
import no.kriteriebank.model.DocumentationRequirement;
import no.kriteriebank.model.DocumentationType;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.EnvironmentalImpact;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;
import no.kriteriebank.tender.Weighting;

/** A small bank and the tenders the export tests start from. */
final class ExportFixtures {
    /**
     * TRA-01 specification (clim-mitig), TRA-02 award (clim-mitig, pollu-prev), GEN-01 contract clause, GEN-02
     * qualification documented by a certificate.
     */
    static final CriteriaBank BANK = CriteriaBank.of(Fixtures.info(), List.of(
            Fixtures.specification().build(),
            Fixtures.award().environmentalImpact(EnvironmentalImpact.CLIMATE_MITIGATION)
                    .environmentalImpact(EnvironmentalImpact.POLLUTION_PREVENTION).build(),
            Fixtures.specification().id("GEN-01").area(Area.GENERAL).kind(CriterionKind.CONTRACT_CLAUSE)
                    .title(LocalizedText.of("Klimarapport", "Klimarapport", "Climate report"))
                    .environmentalImpact(EnvironmentalImpact.CIRCULAR_ECONOMY).build(),
            Criterion.builder("GEN-02").area(Area.GENERAL).kind(CriterionKind.QUALIFICATION)
                    .level(AmbitionLevel.BASIC)
                    .title(LocalizedText.of("Miljøledelse", "Miljøleiing", "Environmental management"))
                    .text(LocalizedText.of("Leverandøren skal ha et miljøledelsessystem.",
                            "Leverandøren skal ha eit miljøleiingssystem.",
                            "The supplier shall have an environmental management system."))
                    .documentation(new DocumentationRequirement(DocumentationType.CERTIFICATE,
                            DocumentationDue.WITH_TENDER, LocalizedText.of("ISO 14001 eller tilsvarende.",
                            "ISO 14001 eller tilsvarande.", "ISO 14001 or equivalent."), true))
                    .environmentalImpact(EnvironmentalImpact.POLLUTION_PREVENTION).since("2026.1").build()));

    /** The same with a network's criterion {@code gki:TRA-01} on top. */
    static final CriteriaBank WITH_OVERLAY = BANK.withOverlay(CriteriaBank.of(
            new BankInfo("gki", "2026.1", LocalDate.of(2026, 12, 1), "Innkjøpsnettverket", null),
            List.of(Fixtures.specification().id("gki:TRA-01").build())));

    private ExportFixtures() {
    }

    /** Price 70 % and climate 30 % (TRA-02), announced 2026-03-02, with TRA-01 and GEN-01 selected. */
    static Tender.Builder weighted(Language language) {
        boolean en = language == Language.EN;
        return Tender.builder(en ? "School transport" : "Skoleskyss", "Vinje kommune", language)
                .announcementDate(LocalDate.of(2026, 3, 2))
                .cpv("60130000")
                .criterion(new SelectedCriterion("TRA-01", Map.of("share", "80"), null))
                .criterion("TRA-02")
                .criterion("GEN-01")
                .environment(EnvironmentOption.AWARD_CRITERIA, null)
                .award(AwardModel.weighted(
                        AwardComponent.weighted(en ? "Price" : "Pris", AwardCategory.PRICE, "70"),
                        AwardComponent.weighted(en ? "Climate and environment" : "Klima og miljø",
                                AwardCategory.ENVIRONMENT, "30", "TRA-02")));
    }

    /** Price 100 % with climate requirements in the specification instead, justified. */
    static Tender.Builder specificationOnly(LocalDate announced) {
        return Tender.builder("Skoleskyss", "Vinje kommune", Language.NB)
                .announcementDate(announced)
                .criterion("TRA-01")
                .environment(EnvironmentOption.SPECIFICATION,
                        "Krav om nullutslipp i kravspesifikasjonen gir større klimaeffekt enn vekting.")
                .award(AwardModel.weighted(AwardComponent.weighted("Pris", AwardCategory.PRICE, "100")));
    }

    /** Quality first, climate second, price third. */
    static Tender.Builder ranked() {
        return Tender.builder("Skoleskyss", "Vinje kommune", Language.NN)
                .announcementDate(LocalDate.of(2026, 9, 1))
                .criterion("TRA-02")
                .environment(EnvironmentOption.AWARD_CRITERIA, null)
                .award(new AwardModel(Weighting.PRIORITY, List.of(
                        AwardComponent.ranked("Kvalitet", AwardCategory.QUALITY, 1),
                        AwardComponent.ranked("Klima og miljø", AwardCategory.ENVIRONMENT, 2, "TRA-02"),
                        AwardComponent.ranked("Pris", AwardCategory.PRICE, 3))));
    }

    /** An exemption tender: price only, with the option and its justification. */
    static Tender exempt(EnvironmentOption option, LocalDate announced, String justification) {
        return Tender.builder("Juridisk bistand", "Vinje kommune", Language.NB)
                .announcementDate(announced)
                .environment(option, justification)
                .award(AwardModel.weighted(AwardComponent.weighted("Pris", AwardCategory.PRICE, "100")))
                .build();
    }

    static AwardComponent component(String name, AwardCategory category, String weight, String description) {
        return new AwardComponent(name, category, new BigDecimal(weight), null, List.of(), description);
    }
}
