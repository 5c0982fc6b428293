package no.kriteriebank.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking one tender.
 *
 * @param ruleSet the rule set the tender was checked against, or null when none applies on {@code date}
 * @param date the date that chose the rule set: the announcement date, else the invitation date, else the date the
 *     caller gave, else today
 * @param findings everything found, in {@link Finding#ORDER}
 * @param unconfirmed the rule set's unconfirmed notes on points the check relied on (its citation and period, and
 *     the parameters it read), in the rule set's order; empty when none or when no rule set applied
 */
public record CheckResult(RuleSet ruleSet, LocalDate date, List<Finding> findings, List<RuleNote> unconfirmed) {

    /**
     * Copies the findings.
     *
     * @param ruleSet the rule set the tender was checked against, or null when none applies on {@code date}
     * @param date the date that chose the rule set; required
     * @param findings everything found, in {@link Finding#ORDER}
     * @param unconfirmed the unconfirmed notes the result rests on, or null for none
     */
    public CheckResult {
        Objects.requireNonNull(date, "date");
        findings = List.copyOf(findings);
        unconfirmed = unconfirmed == null ? List.of() : List.copyOf(unconfirmed);
    }

    /**
     * Whether the tender failed the check.
     *
     * @return true when any finding is an {@link Severity#ERROR}
     */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * The findings of one severity, in order.
     *
     * @param severity the severity to keep
     * @return the findings of that severity, in {@link Finding#ORDER}
     */
    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }
}
