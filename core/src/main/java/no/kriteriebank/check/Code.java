package no.kriteriebank.check;

/**
 * The stable code of a {@link Finding}: one of the library's {@link FindingCode}s, or the {@link RuleCode} of a rule a
 * network added with {@link TenderChecker.Builder#rule(Rule)}. Programs match on the constants, or on {@link #code()}.
 */
public sealed interface Code permits FindingCode, RuleCode {
    /** {@return the code as findings print it and JSON writes it, e.g. {@code FOA-7-9-MIN-WEIGHT}} */
    String code();
}
