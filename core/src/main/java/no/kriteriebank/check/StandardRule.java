package no.kriteriebank.check;

/**
 * A rule of the library's own: it also sees the resolved selections and words its findings from the
 * {@link FindingCode} messages, and records the points of the rule set it relied on.
 */
interface StandardRule extends Rule {
    /** Adds what the rule finds in the tender to the report. */
    void apply(TenderContext context, Report report);

    @Override
    default void apply(RuleContext context) {
        apply(context.tenderContext(), context.report());
    }
}
