package no.kriteriebank.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.kriteriebank.internal.LocalFormat;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.Regime;

/**
 * Writes the values that go into finding messages the way one language writes them, by the rules documents use
 * ({@link LocalFormat}): {@code 29,99 %} with a no-break space in nb and nn, {@code 29.99%} in English, numbers
 * exact (a finding never rounds the value it reports); dates as {@code 1. juli 2026} or {@code 1 July 2026}. Never
 * the machine's locale, so a check reads the same on every server. Immutable.
 */
final class Wording {
    private final Messages messages;
    private final Language language;
    private final LocalFormat format;

    Wording(Messages messages, Language language) {
        this.messages = messages;
        this.language = language;
        this.format = LocalFormat.of(language);
    }

    Language language() {
        return language;
    }

    /** A finding's message. */
    String message(FindingCode code, Map<String, String> args) {
        return messages.format(language, code.code(), args);
    }

    /** A fixed phrase of the bundle, e.g. {@code word.none}. */
    String phrase(String key, Map<String, String> args) {
        return messages.format(language, key, args);
    }

    /** A number with all its decimals, trailing zeros dropped: {@code 4 500 000}, {@code 33,333}. */
    String number(BigDecimal value) {
        return format.number(value);
    }

    /** A percentage with all its decimals: {@code 29,99 %} in nb and nn (no-break space), {@code 29.99%} in English. */
    String percent(BigDecimal value) {
        return format.percent(value);
    }

    /** A date in the language's long form. */
    String date(LocalDate date) {
        return format.date(date);
    }

    /** When a rule set applies, e.g. {@code fra 1. januar 2024 til og med 30. juni 2026}. */
    String period(RuleSet ruleSet) {
        return ruleSet.validTo() == null
                ? phrase("period.from", Map.of("from", date(ruleSet.validFrom())))
                : phrase("period.fromTo", Map.of("from", date(ruleSet.validFrom()), "to", date(ruleSet.validTo())));
    }

    /**
     * A rule set's title in the language: its citation and period, and a warning when the citation is not confirmed,
     * e.g. {@code anskaffelsesforskriften § 7-9 (fra 1. januar 2024 til og med 30. juni 2026)}.
     */
    String ruleSet(RuleSet ruleSet) {
        return phrase(ruleSet.citation().confirmed() ? "ruleSet.title" : "ruleSet.titleUnconfirmed",
                Map.of("citation", citation(ruleSet), "period", period(ruleSet)));
    }

    /** Where a rule set's rule is written, e.g. {@code anskaffelsesforskriften § 7-9}. */
    String citation(RuleSet ruleSet) {
        return text(ruleSet.citation().text());
    }

    /** A regime's name, e.g. {@code forsyningssektoren (forsyningsforskriften)}. */
    String regime(Regime regime) {
        return text(regime.label());
    }

    /** The rule sets as {@code id (period)}, joined. */
    String ruleSets(Collection<RuleSet> ruleSets) {
        return list(ruleSets.stream().map(r -> r.id() + " (" + period(r) + ")").toList());
    }

    /** An option by its label and eForms code, both from the law data. */
    String option(EnvironmentOption option) {
        LawOption data = Law.standard().option(option);
        return text(data.label()) + " (" + data.eformsCode() + ")";
    }

    /** Options joined with semicolons, since their labels contain commas. */
    String options(Collection<EnvironmentOption> options) {
        return options.isEmpty() ? phrase("word.none", Map.of())
                : options.stream().map(this::option).collect(Collectors.joining("; "));
    }

    /** An award category's name. */
    String category(AwardCategory category) {
        return phrase("category." + category.name(), Map.of());
    }

    /** Items joined with commas, or the word for none. */
    String list(Collection<String> items) {
        return items.isEmpty() ? phrase("word.none", Map.of()) : String.join(", ", items);
    }

    /** A localized text in the language, falling back to bokmål, which every text has. */
    String text(LocalizedText text) {
        return text.get(language).orElse(text.nb());
    }

    /** {@code  Mente du «x»?} when there is a suggestion, else nothing. */
    String didYouMean(Optional<String> suggestion) {
        return suggestion.map(s -> phrase("hint.didYouMean", Map.of("suggestion", s))).orElse("");
    }
}
