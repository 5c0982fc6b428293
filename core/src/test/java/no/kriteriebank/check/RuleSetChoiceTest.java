package no.kriteriebank.check;

import static no.kriteriebank.check.CheckFixtures.FIRST_DAY_2026_RULES;
import static no.kriteriebank.check.CheckFixtures.LAST_DAY_2024_RULES;
import static no.kriteriebank.check.CheckFixtures.checker;
import static no.kriteriebank.check.CheckFixtures.summary;
import static no.kriteriebank.check.CheckFixtures.tender;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.Regime;
import no.kriteriebank.tender.Tender;
import no.kriteriebank.tender.TenderLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which rules apply: by regime, and by the announcement date or, for a procurement not announced, the invitation
 * date, on both sides of the switch of 2026-06-30 / 2026-07-01; and a warning when the date had to be assumed.
 */
class RuleSetChoiceTest {

    @ParameterizedTest
    @EnumSource(Regime.class)
    void theSwitchByAnnouncementDate(Regime regime) {
        String old = RuleSets.standard().all(regime).get(0).id();
        String current = RuleSets.standard().all(regime).get(1).id();
        assertThat(checker().check(tender(t -> t.regime(regime).announcementDate(LAST_DAY_2024_RULES))).ruleSet().id())
                .isEqualTo(old);
        assertThat(checker().check(tender(t -> t.regime(regime).announcementDate(FIRST_DAY_2026_RULES))).ruleSet()
                .id()).isEqualTo(current);
    }

    @ParameterizedTest
    @EnumSource(Regime.class)
    void theSwitchByInvitationDateForAProcurementNotAnnounced(Regime regime) {
        String old = RuleSets.standard().all(regime).get(0).id();
        String current = RuleSets.standard().all(regime).get(1).id();
        CheckResult lastDay = checker().check(tender(t -> t.regime(regime).announcementDate(null)
                .invitationDate(LAST_DAY_2024_RULES)));
        assertThat(lastDay.ruleSet().id()).isEqualTo(old);
        assertThat(lastDay.date()).isEqualTo(LAST_DAY_2024_RULES);
        assertThat(lastDay.findings()).isEmpty();
        CheckResult firstDay = checker().check(tender(t -> t.regime(regime).announcementDate(null)
                .invitationDate(FIRST_DAY_2026_RULES)));
        assertThat(firstDay.ruleSet().id()).isEqualTo(current);
        // The old exemption is gone the day the invitation goes out under the new rule, whatever the clock says.
        assertThat(summary(checker().check(tender(t -> t.regime(regime).announcementDate(null)
                .invitationDate(FIRST_DAY_2026_RULES).environment(EnvironmentOption.NEGLIGIBLE_FOOTPRINT, "B.")))))
                .containsExactly("ERROR FOA-7-9-OPTION-NOT-VALID environment.option");
        // An announcement date, where there is one, decides.
        assertThat(checker().check(tender(t -> t.regime(regime).announcementDate(LAST_DAY_2024_RULES)
                .invitationDate(FIRST_DAY_2026_RULES))).ruleSet().id()).isEqualTo(old);
    }

    @Test
    void withoutADateTheAssumedDateIsSaidInEachLanguage() {
        CheckResult nb = checker().check(tender(t -> t.announcementDate(null)));
        assertThat(summary(nb)).containsExactly("WARNING RULESET-DATE-ASSUMED announcementDate");
        assertThat(nb.findings().get(0).message()).isEqualTo("Anskaffelsen har verken kunngjøringsdato eller"
                + " invitasjonsdato, så regelsettet er valgt etter 1. mars 2025 (dagens dato). Oppgi"
                + " kunngjøringsdatoen, eller for en anskaffelse som ikke kunngjøres, datoen invitasjonen sendes"
                + " (invitationDate).");
        CheckResult nn = checker().check(tender(Language.NN, t -> t.announcementDate(null)), FIRST_DAY_2026_RULES);
        assertThat(nn.ruleSet().id()).isEqualTo("foa-7-9-2026");
        assertThat(nn.findings()).filteredOn(f -> f.code() == FindingCode.RULESET_DATE_ASSUMED).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("Anskaffinga har verken kunngjeringsdato eller"
                        + " invitasjonsdato, så regelsettet er valt etter 1. juli 2026 (datoen kontrollen fekk)."
                        + " Oppgje kunngjeringsdatoen, eller for ei anskaffing som ikkje blir kunngjord, datoen"
                        + " invitasjonen blir send (invitationDate)."));
        CheckResult en = checker().check(tender(Language.EN, t -> t.announcementDate(null)));
        assertThat(en.findings().get(0).message()).isEqualTo("The procurement has neither an announcement date nor an"
                + " invitation date, so the rule set was chosen by 1 March 2025 (today's date). Give the announcement"
                + " date, or for a procurement that is not announced, the date the invitation is sent"
                + " (invitationDate).");
        // A rule set named by the tender or the caller is not chosen by a date, so nothing is assumed.
        assertThat(checker().check(tender(t -> t.announcementDate(null).ruleSet("foa-7-9-2024"))).findings())
                .isEmpty();
    }

    @Test
    void aRuleSetOfAnotherRegimeIsWarnedAboutAndCitationsFollowTheRegime() {
        CheckResult result = checker().check(tender(Language.EN, t -> t.regime(Regime.UTILITIES)
                .ruleSet("foa-7-9-2024")));
        assertThat(summary(result)).containsExactly("WARNING RULESET-REGIME ruleSet");
        assertThat(result.findings().get(0).message()).isEqualTo("The procurement names the rule set foa-7-9-2024,"
                + " which applies to classic public procurement (the Public Procurement Regulations), but the"
                + " procurement falls under the utilities sectors (the Utilities Procurement Regulations). Check that"
                + " this is the right rule set, or remove it.");
        CheckResult low = checker().check(tender(t -> t.regime(Regime.CONCESSIONS)
                .award(CheckFixtures.weighted("71", "29"))));
        assertThat(low.ruleSet().id()).isEqualTo("kkf-7-6-2024");
        assertThat(low.findings().get(0).message()).contains("etter konsesjonskontraktforskriften § 7-6 (fra 1."
                + " januar 2024 til og med 30. juni 2026) er 30");
        CheckResult nn = checker().check(tender(Language.NN, t -> t.regime(Regime.UTILITIES)
                .announcementDate(LocalDate.of(2023, 12, 31))));
        assertThat(nn.findings().get(0).message()).startsWith("Kriteriebank har ikkje noko regelsett for"
                + " forsyningssektorane (forsyningsforskrifta) som gjeld 31. desember 2023")
                .contains("ff-7-9-2024 (frå 1. januar 2024 til og med 30. juni 2026), ff-7-9-2026 (frå 1. juli 2026)");
    }

    @Test
    void tenderFilesCarryRegimeInvitationDateAndTheBuyersOwnRequirements() {
        Tender read = TenderLoader.read("t.yaml", """
                title: Vannverk
                buyer: Vinje kommune
                language: nb
                regime: UTILITIES
                invitationDate: 2026-07-01
                environment: {option: SPECIFICATION, justification: Kravene gir bedre effekt.}
                additions:
                  - kind: SPECIFICATION
                    title: Nullutslipp
                    text: Alle kjøretøy i oppdraget skal være nullutslippskjøretøy.
                  - title: Om oppdraget
                    text: Drift av vannverket.
                """);
        assertThat(read.regime()).isEqualTo(Regime.UTILITIES);
        assertThat(read.invitationDate()).isEqualTo(FIRST_DAY_2026_RULES);
        assertThat(read.additions().get(0).kind()).isEqualTo(no.kriteriebank.model.CriterionKind.SPECIFICATION);
        assertThat(read.additions().get(1).kind()).isNull();
        CheckResult result = checker().check(read);
        assertThat(result.ruleSet().id()).isEqualTo("ff-7-9-2026");
        assertThat(result.findings()).extracting(f -> f.code().code()).doesNotContain("FOA-7-9-SPEC-CRITERIA-MISSING",
                "FOA-7-9-JUSTIFICATION-MISSING", "RULESET-DATE-ASSUMED");
        assertThat(TenderLoader.read("t.yaml", TenderLoader.toYaml(read))).isEqualTo(read);
        // An old tender file reads as before: classic procurement, no invitation date.
        Tender old = TenderLoader.read("o.yaml", "title: T\nbuyer: B\nlanguage: nb\n");
        assertThat(old.regime()).isNull();
        assertThat(old.effectiveRegime()).isEqualTo(Regime.PROCUREMENT);
        assertThat(TenderLoader.toYaml(old)).doesNotContain("regime", "invitationDate");
    }
}
