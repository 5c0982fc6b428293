package no.kriteriebank.check;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import no.kriteriebank.Fixtures;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.CriterionStatus;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.model.ParameterType;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.ProcedurePart;
import no.kriteriebank.tender.Tender;

/** A small bank and a valid tender for the check tests to break one thing at a time. */
final class CheckFixtures {
    /** Under the 2024 rules. */
    static final LocalDate IN_2025 = LocalDate.of(2025, 3, 1);
    static final LocalDate LAST_DAY_2024_RULES = LocalDate.of(2026, 6, 30);
    static final LocalDate FIRST_DAY_2026_RULES = LocalDate.of(2026, 7, 1);

    private CheckFixtures() {
    }

    /** TRA-01 specification (share, default 50, 10–100); TRA-02..04 award; TRA-05 deprecated; TRA-06 award without
     * documentation; TRA-07 specification with a required whole-number parameter; BYG-01 a building spec. */
    static CriteriaBank bank() {
        return CriteriaBank.of(Fixtures.info(), List.of(
                Fixtures.specification().build(),
                Fixtures.award().build(),
                Fixtures.award().id("TRA-03").level(AmbitionLevel.ADVANCED).build(),
                Fixtures.award().id("TRA-04").level(AmbitionLevel.LEADING).revision(2).build(),
                Fixtures.specification().id("TRA-05").status(CriterionStatus.DEPRECATED).supersededBy("TRA-01").build(),
                awardWithoutDocumentation(),
                withRequiredYears(),
                Fixtures.specification().id("BYG-01").area(no.kriteriebank.model.Area.BUILDING_AND_CONSTRUCTION)
                        .cpv("45").build()));
    }

    static Criterion awardWithoutDocumentation() {
        Criterion.Builder b = Criterion.builder("TRA-06");
        Criterion award = Fixtures.award().build();
        return b.area(award.area()).kind(CriterionKind.AWARD).level(award.level()).title(award.title())
                .text(award.text()).award(award.award()).since("2026.1").build();
    }

    static Criterion withRequiredYears() {
        return Fixtures.specification().id("TRA-07")
                .text(LocalizedText.of("Minst ${share} i ${years} år.", "Minst ${share} i ${years} år.",
                        "At least ${share} for ${years} years."))
                .parameter(new Parameter("years", ParameterType.INTEGER, LocalizedText.of("Antall år", "Tal på år",
                        "Number of years"), null, BigDecimal.ONE, BigDecimal.TEN, null, List.of()))
                .build();
    }

    static TenderChecker checker() {
        return TenderChecker.builder().bank(bank())
                .clock(Clock.fixed(IN_2025.atStartOfDay(ZoneId.of("Europe/Oslo")).toInstant(), ZoneId.of("Europe/Oslo")))
                .build();
    }

    /** A valid tender under the 2024 rules: price 70 %, climate and environment 30 % with TRA-02, spec TRA-01. */
    static Tender.Builder tender() {
        return tender(Language.NB);
    }

    /** The valid tender in another language. */
    static Tender.Builder tender(Language language) {
        return Tender.builder("Skoleskyss", "Vestland fylkeskommune", language)
                .announcementDate(IN_2025)
                .procedure(ProcedurePart.PART_III)
                .cpv("60130000")
                .criterion("TRA-01")
                .criterion("TRA-02")
                .environment(EnvironmentOption.AWARD_CRITERIA, null)
                .award(weighted("70", "30"));
    }

    static AwardModel weighted(String price, String environment) {
        return AwardModel.weighted(
                AwardComponent.weighted("Pris", AwardCategory.PRICE, price),
                AwardComponent.weighted("Klima og miljø", AwardCategory.ENVIRONMENT, environment, "TRA-02"));
    }

    /** A copy of the base tender with changes. */
    static Tender tender(Consumer<Tender.Builder> change) {
        Tender.Builder b = tender();
        change.accept(b);
        return b.build();
    }

    /** A copy of the base tender in a language, with changes. */
    static Tender tender(Language language, Consumer<Tender.Builder> change) {
        Tender.Builder b = tender(language);
        change.accept(b);
        return b.build();
    }

    /** The codes found, in order. */
    static List<String> codes(CheckResult result) {
        return result.findings().stream().map(f -> f.code().code()).toList();
    }

    /** The findings as {@code SEVERITY CODE path}, in order. */
    static List<String> summary(CheckResult result) {
        return result.findings().stream().map(f -> f.severity() + " " + f.code().code() + " " + f.path()).toList();
    }
}
