package no.kriteriebank.check;

/**
 * One check of a tender, added to a {@link TenderChecker} with {@link TenderChecker.Builder#rule(Rule)} so that a
 * network checks its own conventions without forking the library. A rule looks at what {@link RuleContext} shows (the
 * tender, the bank, the rule set in force, the tender's language) and adds findings to it; it must not throw for a
 * bad tender. Rules are shared by every check a checker runs, possibly at once from several threads, so they must be
 * stateless or thread-safe.
 *
 * <pre>{@code
 * Rule buyerNamed = context -> {
 *     if (context.tender().buyer() == null || context.tender().buyer().isBlank()) {
 *         context.add(Severity.ERROR, "GKI-BUYER", "buyer", "Name the buyer.");
 *     }
 * };
 * TenderChecker checker = TenderChecker.builder().bank(bank).rule(buyerNamed).build();
 * }</pre>
 */
@FunctionalInterface
public interface Rule {
    /**
     * Checks the tender in the context and adds what it finds there.
     *
     * @param context the tender being checked, and where the findings go
     */
    void apply(RuleContext context);
}
