package no.kriteriebank.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.EnvironmentOption;
import org.junit.jupiter.api.Test;

/** Every finding has a real message in bokmål, nynorsk and English, formatted without the machine's locale. */
class FindingMessagesTest {
    private static final Messages FINDINGS = Messages.load("findings");

    @Test
    void everyCodeHasAMessageInEveryLanguage() {
        for (FindingCode code : FindingCode.values()) {
            for (Language language : Language.values()) {
                assertThat(FINDINGS.keys(language)).as(code + " in " + language).contains(code.code());
            }
        }
    }

    @Test
    void nynorskIsNotACopyOfBokmal() {
        for (FindingCode code : FindingCode.values()) {
            String nb = FINDINGS.format(Language.NB, code.code(), placeholders(code));
            String nn = FINDINGS.format(Language.NN, code.code(), placeholders(code));
            String en = FINDINGS.format(Language.EN, code.code(), placeholders(code));
            assertThat(nn).as(code.code()).isNotEqualTo(nb);
            assertThat(en).as(code.code()).isNotEqualTo(nb).isNotEqualTo(nn);
        }
    }

    @Test
    void theThreeBundlesHaveTheSameKeysAndPlaceholders() {
        for (Messages messages : List.of(FINDINGS)) {
            Set<String> nb = messages.keys(Language.NB);
            assertThat(messages.keys(Language.NN)).isEqualTo(nb);
            assertThat(messages.keys(Language.EN)).isEqualTo(nb);
            for (String key : nb) {
                Set<String> names = messages.placeholders(Language.NB, key);
                assertThat(messages.placeholders(Language.NN, key)).as(key).isEqualTo(names);
                assertThat(messages.placeholders(Language.EN, key)).as(key).isEqualTo(names);
            }
        }
    }

    @Test
    void everyOptionAndCategoryHasALabel() {
        for (Language language : Language.values()) {
            Wording w = new Wording(FINDINGS, language);
            for (EnvironmentOption option : EnvironmentOption.values()) {
                assertThat(w.option(option)).endsWith("(" + Law.standard().option(option).eformsCode() + ")");
            }
            for (no.kriteriebank.tender.AwardCategory category : no.kriteriebank.tender.AwardCategory.values()) {
                assertThat(w.category(category)).isNotBlank();
            }
        }
    }

    @Test
    void noUnicodeEscapesOrMojibakeInTheBundles() {
        for (Language language : Language.values()) {
            for (String key : FINDINGS.keys(language)) {
                String text = FINDINGS.format(language, key, placeholdersOf(FINDINGS, language, key));
                assertThat(text).as(key).doesNotContain("Ã", "\\u", "�");
            }
        }
        assertThat(FINDINGS.format(Language.NN, "FOA-7-9-PART-I", java.util.Map.of())).contains("følgjer", "åtvaring");
    }

    @Test
    void numbersAndDatesFollowTheLanguageNotTheMachine() {
        Locale before = Locale.getDefault();
        try {
            for (Locale machine : List.of(Locale.forLanguageTag("tr-TR"), Locale.US, Locale.GERMANY,
                    Locale.forLanguageTag("ar-EG"))) {
                Locale.setDefault(machine);
                Wording nb = new Wording(FINDINGS, Language.NB);
                Wording nn = new Wording(FINDINGS, Language.NN);
                Wording en = new Wording(FINDINGS, Language.EN);
                assertThat(nb.percent(new BigDecimal("30"))).isEqualTo("30\u00A0%");
                assertThat(nn.percent(new BigDecimal("29.990"))).isEqualTo("29,99\u00A0%");
                assertThat(en.percent(new BigDecimal("30.00"))).isEqualTo("30%");
                assertThat(en.percent(new BigDecimal("29.99"))).isEqualTo("29.99%");
                assertThat(nb.number(new BigDecimal("1E+3"))).isEqualTo("1000");
                assertThat(nb.date(LocalDate.of(2026, 7, 1))).isEqualTo("1. juli 2026");
                assertThat(en.date(LocalDate.of(2026, 6, 30))).isEqualTo("30 June 2026");
                assertThat(FindingCode.valueOf("FOA_7_9_PART_I").code()).isEqualTo("FOA-7-9-PART-I");
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aRealCheckReadsInEachLanguage() {
        TenderChecker checker = CheckFixtures.checker();
        Set<String> seen = new TreeSet<>();
        for (Language language : Language.values()) {
            CheckResult result = checker.check(CheckFixtures.tender(language, t -> t
                    .award(CheckFixtures.weighted("75", "25"))));
            assertThat(result.findings()).hasSize(1);
            seen.add(result.findings().get(0).message());
        }
        assertThat(seen).containsExactly(
                "Climate and environment are weighted 25%, but the minimum under section 7-9 of the Public"
                        + " Procurement Regulations (from 1 January 2024 to 30 June 2026) is 30%. Raise the weight to"
                        + " at least 30%, or choose another option.",
                "Klima og miljø er vekta 25\u00A0%, men minstevekta etter anskaffingsforskrifta § 7-9 (frå 1. januar"
                        + " 2024 til og med 30. juni 2026) er 30\u00A0%. Auk vekta til minst 30\u00A0%, eller vel eit"
                        + " anna alternativ.",
                "Klima og miljø er vektet 25\u00A0%, men minstevekten etter anskaffelsesforskriften § 7-9 (fra 1."
                        + " januar 2024 til og med 30. juni 2026) er 30\u00A0%. Øk vekten til minst 30\u00A0%, eller"
                        + " velg et annet alternativ.");
    }

    @Test
    void theMessagesSayWhatTheLawSaysNotMore() {
        for (Language language : Language.values()) {
            for (String key : FINDINGS.keys(language)) {
                String text = FINDINGS.format(language, key, placeholdersOf(FINDINGS, language, key));
                // Justifications belong in the procurement documents, not only the tender documents.
                assertThat(text).as(key).doesNotContain("konkurransegrunnlaget", "tender documents",
                        "må det stå blant", "must be among", "negligible", "ubetydel", "forskriftsteksten");
                // Citations come from the law data, never from the bundle.
                if (key.startsWith("FOA-7-9-") || key.startsWith("RULESET-")) {
                    assertThat(text).as(key).doesNotContain("§ 7-9", "section 7-9");
                }
            }
        }
        assertThat(FINDINGS.format(Language.NB, "FOA-7-9-PRIORITY-RANK", placeholdersOf(FINDINGS, Language.NB,
                "FOA-7-9-PRIORITY-RANK"))).contains(" bør ", " skal ", "anskaffelsesdokumentene");
        assertThat(FINDINGS.format(Language.NN, "FOA-7-9-PRIORITY-RANK", placeholdersOf(FINDINGS, Language.NN,
                "FOA-7-9-PRIORITY-RANK"))).contains(" bør ", " skal ", "anskaffingsdokumenta");
        assertThat(FINDINGS.format(Language.EN, "FOA-7-9-PRIORITY-RANK", placeholdersOf(FINDINGS, Language.EN,
                "FOA-7-9-PRIORITY-RANK"))).contains(" should ", " shall ", "procurement documents");
    }

    @Test
    void codesAreStableStrings() {
        assertThat(FindingCode.of("FOA-7-9-MIN-WEIGHT")).contains(FindingCode.FOA_7_9_MIN_WEIGHT);
        assertThat(FindingCode.of("NOPE")).isEmpty();
        Set<FindingCode> climate = EnumSet.noneOf(FindingCode.class);
        for (FindingCode code : FindingCode.values()) {
            assertThat(code.code()).matches("[A-Z0-9]+(-[A-Z0-9]+)+");
            if (code.climateDuty()) {
                climate.add(code);
                assertThat(code.code()).startsWith("FOA-7-9-");
            }
        }
        assertThat(climate).contains(FindingCode.FOA_7_9_MIN_WEIGHT, FindingCode.FOA_7_9_PRIORITY_RANK);
    }

    private static java.util.Map<String, String> placeholders(FindingCode code) {
        return placeholdersOf(FINDINGS, Language.NB, code.code());
    }

    /** Every placeholder filled with its own name, so that the wording around them is what gets compared. */
    private static java.util.Map<String, String> placeholdersOf(Messages messages, Language language, String key) {
        java.util.Map<String, String> args = new java.util.HashMap<>();
        for (String name : messages.placeholders(language, key)) {
            args.put(name, "<" + name + ">");
        }
        return args;
    }
}
