package no.kriteriebank.export;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.ProcedurePart;
import no.kriteriebank.tender.Tender;
import no.kriteriebank.tender.Weighting;

/**
 * Every weighting × § 7-9 option the exports handle, as tenders above the EEA thresholds with the English a notice
 * needs, against {@link ExportFixtures#BANK}: the edge cases {@link EformsRulesTest} runs through the real rules.
 */
final class RuleFixtures {
    private static final LocalDate NEW_RULES = LocalDate.of(2027, 2, 1);
    private static final LocalDate OLD_RULES = LocalDate.of(2026, 3, 2);

    private RuleFixtures() {
    }

    /** The tenders by name, in a fixed order. */
    static Map<String, Tender> combinations() {
        Map<String, Tender> all = new LinkedHashMap<>();
        all.put("award-weights-nb", base(Language.NB, NEW_RULES).criterion("TRA-02")
                .environment(EnvironmentOption.AWARD_CRITERIA, null)
                .award(AwardModel.weighted(price(Language.NB, "70"), climate(Language.NB, "30"))).build());
        all.put("award-priority-en", base(Language.EN, NEW_RULES).criterion("TRA-02")
                .environment(EnvironmentOption.AWARD_CRITERIA, null)
                .award(new AwardModel(Weighting.PRIORITY, List.of(
                        AwardComponent.ranked("Quality", AwardCategory.QUALITY, 1),
                        AwardComponent.ranked("Climate and environment", AwardCategory.ENVIRONMENT, 2, "TRA-02"),
                        AwardComponent.ranked("Price", AwardCategory.PRICE, 3)))).build());
        // From 2026-07-01 the specification route is justified too (the law data, following DFØ's validator).
        all.put("specification-weights-nn", justified(base(Language.NN, NEW_RULES), EnvironmentOption.SPECIFICATION)
                .award(AwardModel.weighted(price(Language.NN, "100"))).build());
        all.put("specification-and-award-weights-en", justifiedInEnglish(base(Language.EN, NEW_RULES)
                .criterion("TRA-02"), EnvironmentOption.SPECIFICATION)
                .award(AwardModel.weighted(price(Language.EN, "70"), climate(Language.EN, "30"))).build());
        all.put("specification-priority-en", justifiedInEnglish(base(Language.EN, NEW_RULES).criterion("TRA-02"),
                EnvironmentOption.SPECIFICATION)
                .award(new AwardModel(Weighting.PRIORITY, List.of(
                        AwardComponent.ranked("Climate and environment", AwardCategory.ENVIRONMENT, 1, "TRA-02"),
                        AwardComponent.ranked("Price", AwardCategory.PRICE, 2)))).build());
        all.put("specification-2026-03-nb", justified(base(Language.NB, OLD_RULES), EnvironmentOption.SPECIFICATION)
                .award(AwardModel.weighted(price(Language.NB, "100"))).build());
        for (EnvironmentOption option : List.of(EnvironmentOption.EXEMPT_INSIGNIFICANT,
                EnvironmentOption.EXEMPT_CRITICAL_INTEREST, EnvironmentOption.EXEMPT_NATIONAL_MINIMUM)) {
            all.put(option.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-nb",
                    justified(base(Language.NB, NEW_RULES), option).award(AwardModel.weighted(price(Language.NB, "100")))
                            .build());
        }
        all.put("negligible-footprint-2026-03", justified(base(Language.NB, OLD_RULES),
                EnvironmentOption.NEGLIGIBLE_FOOTPRINT).award(AwardModel.weighted(price(Language.NB, "100"))).build());
        return all;
    }

    private static Tender.Builder base(Language language, LocalDate announced) {
        return Tender.builder(language == Language.EN ? "School transport" : "Skoleskyss", "Vinje kommune", language)
                .announcementDate(announced)
                .procedure(ProcedurePart.PART_III)
                .cpv("60130000")
                .criterion("TRA-01")
                .criterion("GEN-01")
                .criterion("GEN-02");
    }

    private static Tender.Builder justified(Tender.Builder tender, EnvironmentOption option) {
        return tender.environment(option, "Begrunnelsen står i konkurransegrunnlaget, punkt 2.3.",
                "The justification is in the tender documents, section 2.3.");
    }

    private static Tender.Builder justifiedInEnglish(Tender.Builder tender, EnvironmentOption option) {
        return tender.environment(option, "The justification is in the tender documents, section 2.3.", null);
    }

    private static AwardComponent price(Language language, String weight) {
        return language == Language.EN ? AwardComponent.weighted("Price", AwardCategory.PRICE, weight)
                : AwardComponent.weighted("Pris", AwardCategory.PRICE, weight).withEnglish("Price", null);
    }

    private static AwardComponent climate(Language language, String weight) {
        return language == Language.EN
                ? AwardComponent.weighted("Climate and environment", AwardCategory.ENVIRONMENT, weight, "TRA-02")
                : AwardComponent.weighted("Klima og miljø", AwardCategory.ENVIRONMENT, weight, "TRA-02")
                        .withEnglish("Climate and environment", null);
    }
}
