package no.kriteriebank.check;

import java.util.Optional;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.Tender;

/**
 * What a {@link Rule} sees of one check: the tender, the bank its criteria come from, the rule set in force and the
 * tender's language, and where its findings go. One context serves one check, on one thread.
 */
public final class RuleContext {
    private final TenderContext context;
    private final Report report;
    private final Language language;

    RuleContext(TenderContext context, Report report, Language language) {
        this.context = context;
        this.report = report;
        this.language = language;
    }

    /** {@return the tender being checked} */
    public Tender tender() {
        return context.tender();
    }

    /** {@return the bank the tender's criteria are looked up in} */
    public CriteriaBank bank() {
        return context.bank();
    }

    /** {@return the rule set in force for the tender, or empty when none applies (a finding already says so)} */
    public Optional<RuleSet> ruleSet() {
        return Optional.ofNullable(context.ruleSet());
    }

    /** {@return the language the findings' messages should be in: the tender's, or bokmål when it states none} */
    public Language language() {
        return language;
    }

    /**
     * Adds a finding to the check's result, as it is: the climate rule's softening of errors in an advisory check
     * applies only to the library's own codes.
     *
     * @param severity how serious it is
     * @param code a stable code of the rule's own, e.g. {@code GKI-BUYER}; give a network's codes a prefix of its own,
     *     so they are not mistaken for the library's ({@link FindingCode})
     * @param path where in the tender, e.g. {@code criteria[2].values.distance}; empty for the tender as a whole
     * @param message what is wrong and how to fix it, in {@link #language()}
     * @throws NullPointerException when any argument is null
     * @throws IllegalArgumentException when the code is blank or one of the library's own ({@link RuleCode})
     */
    public void add(Severity severity, String code, String path, String message) {
        report.add(new Finding(severity, new RuleCode(code), path, message));
    }

    TenderContext tenderContext() {
        return context;
    }

    Report report() {
        return report;
    }
}
