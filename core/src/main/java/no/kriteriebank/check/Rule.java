package no.kriteriebank.check;

/**
 * One group of checks. Rules are stateless and so shared by every check; the numbers they enforce come from the
 * {@link RuleSet} in the context, not from the code.
 */
interface Rule {
    /** Adds what the rule finds in the tender to the report. */
    void apply(TenderContext context, Report report);
}
