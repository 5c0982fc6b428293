package no.kriteriebank.check;

import static no.kriteriebank.check.CheckFixtures.checker;
import static no.kriteriebank.check.CheckFixtures.codes;
import static no.kriteriebank.check.CheckFixtures.summary;
import static no.kriteriebank.check.CheckFixtures.tender;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.Tender;
import org.junit.jupiter.api.Test;

/** The checker as a whole: the valid fixture passes, rule sets are chosen by date or name, bad input is no crash. */
class TenderCheckerTest {

    @Test
    void theValidTenderHasNoFindings() {
        CheckResult result = checker().check(tender().build());
        assertThat(result.findings()).isEmpty();
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.ruleSet().id()).isEqualTo("foa-7-9-2024");
        assertThat(result.date()).isEqualTo(CheckFixtures.IN_2025);
    }

    @Test
    void theRuleSetIsChosenByTheAnnouncementDate() {
        assertThat(checker().check(tender(t -> t.announcementDate(CheckFixtures.LAST_DAY_2024_RULES))).ruleSet().id())
                .isEqualTo("foa-7-9-2024");
        assertThat(checker().check(tender(t -> t.announcementDate(CheckFixtures.FIRST_DAY_2026_RULES))).ruleSet().id())
                .isEqualTo("foa-7-9-2026");
    }

    @Test
    void withoutAnAnnouncementDateTheCallersDateThenTheClockDecides() {
        Tender undated = tender(t -> t.announcementDate(null));
        assertThat(checker().check(undated).ruleSet().id()).isEqualTo("foa-7-9-2024");
        assertThat(checker().check(undated, CheckFixtures.FIRST_DAY_2026_RULES).ruleSet().id())
                .isEqualTo("foa-7-9-2026");
        assertThat(checker().check(undated, CheckFixtures.FIRST_DAY_2026_RULES).date())
                .isEqualTo(CheckFixtures.FIRST_DAY_2026_RULES);
    }

    @Test
    void todayIsTheDateInOsloNotInTheServersZone() {
        // 22:30 UTC on 30 June is already 1 July in Oslo (and in the Pacific zone the tests run in).
        Instant lateJune30 = Instant.parse("2026-06-30T22:30:00Z");
        TenderChecker inUtc = TenderChecker.builder().bank(CheckFixtures.bank())
                .clock(Clock.fixed(lateJune30, ZoneId.of("UTC"))).build();
        TenderChecker inOslo = TenderChecker.builder().bank(CheckFixtures.bank())
                .clock(Clock.fixed(lateJune30, ZoneId.of("Europe/Oslo"))).build();
        Tender undated = tender(t -> t.announcementDate(null));
        assertThat(inUtc.check(undated).ruleSet().id()).isEqualTo("foa-7-9-2024");
        assertThat(inOslo.check(undated).ruleSet().id()).isEqualTo("foa-7-9-2026");
        assertThat(LocalDate.now(Clock.fixed(lateJune30, TenderChecker.OSLO))).isEqualTo(CheckFixtures.FIRST_DAY_2026_RULES);
    }

    @Test
    void aRuleSetNamedByTheTenderOrTheCallerWins() {
        Tender named = tender(t -> t.ruleSet("foa-7-9-2026").announcementDate(null));
        assertThat(checker().check(named).ruleSet().id()).isEqualTo("foa-7-9-2026");
        assertThat(checker().check(named).findings()).isEmpty();

        RuleSet rules2026 = RuleSets.standard().find("foa-7-9-2026").orElseThrow();
        assertThat(checker().check(tender().build(), rules2026).ruleSet()).isEqualTo(rules2026);
        assertThat(checker().check(tender().build(), rules2026).findings()).isEmpty();
    }

    @Test
    void aNamedRuleSetOutsideItsPeriodIsUsedButWarnedAbout() {
        CheckResult result = checker().check(tender(t -> t.ruleSet("foa-7-9-2026")));
        assertThat(result.ruleSet().id()).isEqualTo("foa-7-9-2026");
        assertThat(summary(result)).containsExactly("WARNING RULESET-DATE ruleSet");
        assertThat(result.findings().get(0).message()).isEqualTo("Anskaffelsen bruker regelsettet foa-7-9-2026, som"
                + " gjelder fra 1. juli 2026, men datoen som avgjør hvilke regler som gjelder, er 1. mars 2025."
                + " Kontroller at det er riktig regelsett, eller fjern det, så velges regelsettet etter dato.");
    }

    @Test
    void anUnknownRuleSetIsAnErrorWithDidYouMeanAndTheDateDecides() {
        CheckResult result = checker().check(tender(t -> t.ruleSet("foa-7-9-2025")));
        assertThat(result.ruleSet().id()).isEqualTo("foa-7-9-2024");
        assertThat(summary(result)).containsExactly("ERROR RULESET-UNKNOWN ruleSet");
        assertThat(result.findings().get(0).message()).startsWith(
                "Regelsettet «foa-7-9-2025» finnes ikke. Mente du «foa-7-9-2024»? Kjente regelsett: foa-7-9-2024,"
                        + " foa-7-9-2026.");
    }

    @Test
    void beforeTheFirstRuleSetNothingIsCheckedAgainstParagraph79() {
        CheckResult result = checker().check(tender(t -> t.announcementDate(LocalDate.of(2023, 12, 31))
                .award(CheckFixtures.weighted("90", "10"))));
        assertThat(result.ruleSet()).isNull();
        assertThat(summary(result)).containsExactly("WARNING RULESET-NONE announcementDate");
        assertThat(result.findings().get(0).message()).isEqualTo("Kriteriebank har ikke noe regelsett for klassisk"
                + " sektor (anskaffelsesforskriften) som gjelder 31. desember 2023, så klimaregelen er ikke kontrollert."
                + " Regelsettene gjelder: foa-7-9-2024 (fra 1. januar 2024 til og med 30. juni 2026), foa-7-9-2026"
                + " (fra 1. juli 2026). Er datoen feil, rett den; er den riktig, må du selv kontrollere mot regelen"
                + " som gjaldt da.");
    }

    @Test
    void aTenderWithoutAnyPartsIsFindingsNotAnException() {
        Tender bare = new Tender("T", "B", null, null, null, null, null, null, null, null, null, null, null);
        CheckResult result = checker().check(bare);
        assertThat(codes(result)).containsExactly("RULESET-DATE-ASSUMED", "FOA-7-9-APPROACH-MISSING");
    }

    @Test
    void oneCheckerServesManyThreads() throws Exception {
        TenderChecker shared = checker();
        List<Tender> tenders = List.of(tender().build(),
                tender(t -> t.award(CheckFixtures.weighted("80", "20"))),
                tender(t -> t.criterion("TRA-10").announcementDate(CheckFixtures.FIRST_DAY_2026_RULES)),
                tender(Language.NN, t -> t.ruleSet("foa-7-9-2026")));
        List<CheckResult> expected = tenders.stream().map(shared::check).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int k = i % tenders.size();
                runs.add(pool.submit(() -> shared.check(tenders.get(k)).equals(expected.get(k))));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void programmingErrorsThrow() {
        assertThatThrownBy(() -> checker().check(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> TenderChecker.builder().build()).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> checker().check(tender().build(), (RuleSet) null))
                .isInstanceOf(NullPointerException.class);
    }
}
