package no.kriteriebank.check;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.ProcedurePart;
import no.kriteriebank.tender.Regime;
import no.kriteriebank.tender.Tender;

/**
 * Checks a tender against the criteria bank it was written from and the rules in force: the § 7-9 climate and
 * environment rule of the chosen {@link RuleSet}, the award model's weights or priorities, the links between award
 * components and criteria, and the selected criteria and their parameter values.
 *
 * <p>Checking never throws for a bad tender: it returns {@link Finding}s, in the tender's language (bokmål when it
 * states none), in a stable order. Build one checker and share it; it is immutable and thread-safe.
 *
 * <pre>{@code
 * TenderChecker checker = TenderChecker.forBank(bank);
 * CheckResult result = checker.check(tender);
 * if (result.hasErrors()) { ... result.findings() ... }
 * }</pre>
 *
 * <p>Which rules apply: a rule set given to {@link #check(Tender, RuleSet)}; else the one the tender names in
 * {@code ruleSet}; else the one of the tender's regime (classic procurement unless it names another) in force on its
 * announcement date, or for a procurement not announced, its invitation date; for a tender with neither, on the date
 * given to {@link #check(Tender, LocalDate)}, or today by the checker's clock (Europe/Oslo unless set), and a
 * warning says which date was assumed. The result lists the unconfirmed points of the rule set that the check relied
 * on ({@link CheckResult#unconfirmed()}).
 */
public final class TenderChecker {
    /** Norwegian rules take effect on Norwegian dates, whatever zone the server runs in. */
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static final List<Rule> STANDARD_RULES = List.of(new ClimateRule(), new WeightingRule(), new AwardLinkRule(),
            new SelectionRule(), new ParameterRule(),
            new PriceAdditionRule());

    private final CriteriaBank bank;
    private final RuleSets ruleSets;
    private final Clock clock;
    private final Messages messages;
    private final List<Rule> rules;

    private TenderChecker(Builder builder) {
        this.bank = Objects.requireNonNull(builder.bank, "bank");
        this.ruleSets = builder.ruleSets == null ? RuleSets.standard() : builder.ruleSets;
        this.clock = builder.clock == null ? Clock.system(OSLO) : builder.clock;
        this.messages = Messages.load("findings");
        List<Rule> all = new ArrayList<>(STANDARD_RULES);
        all.addAll(builder.rules);
        this.rules = List.copyOf(all);
    }

    /**
     * A checker for tenders written from this bank, with the standard rule sets and today's date in Oslo.
     *
     * @param bank the bank the tenders' criteria come from
     * @return the checker
     * @throws NullPointerException when the bank is null
     */
    public static TenderChecker forBank(CriteriaBank bank) {
        return builder().bank(bank).build();
    }

    /** {@return a builder, for a clock or rule sets of your own} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the rule sets this checker chooses from} */
    public RuleSets ruleSets() {
        return ruleSets;
    }

    /**
     * Checks a tender. A tender without an announcement or invitation date is checked by the rules in force today.
     *
     * @param tender the tender to check
     * @return the rule set applied and the findings
     * @throws NullPointerException when the tender is null
     */
    public CheckResult check(Tender tender) {
        return run(tender, null, null);
    }

    /**
     * Checks a tender; one without an announcement or invitation date is checked by the rules in force on
     * {@code date}.
     *
     * @param tender the tender to check
     * @param date the date to use when the tender has no announcement or invitation date
     * @return the rule set applied and the findings
     * @throws NullPointerException when the tender or the date is null
     */
    public CheckResult check(Tender tender, LocalDate date) {
        return run(tender, Objects.requireNonNull(date, "date"), null);
    }

    /**
     * Checks a tender against the given rule set, whatever the tender's date or named rule set.
     *
     * @param tender the tender to check
     * @param ruleSet the rules to apply, e.g. one from {@link #ruleSets()}
     * @return the findings, with {@code ruleSet} as the rule set applied
     * @throws NullPointerException when the tender or the rule set is null
     */
    public CheckResult check(Tender tender, RuleSet ruleSet) {
        return run(tender, null, Objects.requireNonNull(ruleSet, "ruleSet"));
    }

    private CheckResult run(Tender tender, LocalDate fallbackDate, RuleSet explicit) {
        Objects.requireNonNull(tender, "tender");
        Language language = tender.language() == null ? Language.NB : tender.language();
        Regime regime = tender.effectiveRegime();
        LocalDate decisive = tender.decisiveDate();
        LocalDate date = decisive != null ? decisive : fallbackDate != null ? fallbackDate : LocalDate.now(clock);
        Wording w = new Wording(messages, language);

        List<Consumer<Report>> pending = new ArrayList<>();
        RuleSet ruleSet = explicit;
        String named = tender.ruleSet() == null || tender.ruleSet().isBlank() ? null : tender.ruleSet().trim();
        if (ruleSet == null && named != null) {
            Optional<RuleSet> found = ruleSets.find(named);
            if (found.isPresent()) {
                ruleSet = found.get();
                RuleSet chosen = ruleSet;
                if (decisive != null && !chosen.appliesOn(date)) {
                    pending.add(r -> r.add(FindingCode.RULESET_DATE, "ruleSet", Map.of(
                            "id", chosen.id(),
                            "period", w.period(chosen),
                            "date", w.date(date))));
                }
                if (chosen.regime() != regime) {
                    pending.add(r -> r.add(FindingCode.RULESET_REGIME, "ruleSet", Map.of(
                            "id", chosen.id(),
                            "ruleSetRegime", w.regime(chosen.regime()),
                            "regime", w.regime(regime))));
                }
            } else {
                pending.add(r -> r.add(FindingCode.RULESET_UNKNOWN, "ruleSet", Map.of(
                        "id", named,
                        "hint", w.didYouMean(ruleSets.suggest(named)),
                        "known", w.list(ruleSets.all(regime).stream().map(RuleSet::id).toList()))));
            }
        }
        if (ruleSet == null) {
            if (decisive == null) {
                pending.add(r -> r.add(FindingCode.RULESET_DATE_ASSUMED, "announcementDate", Map.of(
                        "date", w.date(date),
                        "source", w.phrase(fallbackDate != null ? "date.given" : "date.today", Map.of()))));
            }
            ruleSet = ruleSets.on(regime, date).orElse(null);
            if (ruleSet == null) {
                pending.add(r -> r.add(FindingCode.RULESET_NONE, "announcementDate", Map.of(
                        "date", w.date(date),
                        "regime", w.regime(regime),
                        "known", w.ruleSets(ruleSets.all(regime)))));
            }
        }

        boolean partI = tender.procedure() == ProcedurePart.PART_I;
        boolean advisory = ruleSet != null && partI && ruleSet.parameters().advisoryInPartI()
                && tender.environment() == null && (tender.award() == null || tender.award().components().isEmpty());
        Report report = new Report(w, advisory);
        pending.forEach(p -> p.accept(report));
        if (ruleSet != null) {
            report.consult(RuleSet.CITATION);
            report.consult(RuleSet.VALIDITY);
            if (partI) {
                report.consult("advisoryInPartI");
            }
        }
        RuleContext context = new RuleContext(TenderContext.of(tender, bank, ruleSet), report, language);
        for (Rule rule : rules) {
            rule.apply(context);
        }
        List<RuleNote> unconfirmed = ruleSet == null ? List.of() : ruleSet.unconfirmed(report.consulted());
        return new CheckResult(ruleSet, date, report.findings(), unconfirmed);
    }

    /** Builds a {@link TenderChecker}. Only the bank is required. */
    public static final class Builder {
        private final List<Rule> rules = new ArrayList<>();
        private CriteriaBank bank;
        private RuleSets ruleSets;
        private Clock clock;

        private Builder() {
        }

        /**
         * Sets the bank the tenders' criteria come from (required).
         *
         * @param bank the bank the tenders were written from
         * @return this builder
         */
        public Builder bank(CriteriaBank bank) {
            this.bank = bank;
            return this;
        }

        /**
         * Sets the rule sets to choose from (default {@link RuleSets#standard()}).
         *
         * @param ruleSets the rule sets, or null for the standard ones
         * @return this builder
         */
        public Builder ruleSets(RuleSets ruleSets) {
            this.ruleSets = ruleSets;
            return this;
        }

        /**
         * Sets the clock that gives today's date for tenders without an announcement date (default: Europe/Oslo).
         *
         * @param clock the clock, or null for the system clock in Europe/Oslo
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Adds a rule of your own, run after the library's rules in the order added; its findings are sorted in with
         * theirs ({@link Finding#ORDER}).
         *
         * @param rule the rule
         * @return this builder
         * @throws NullPointerException when the rule is null
         */
        public Builder rule(Rule rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Builds the checker.
         *
         * @return a checker with the settings given so far
         * @throws NullPointerException when no bank was given
         */
        public TenderChecker build() {
            return new TenderChecker(this);
        }
    }
}
