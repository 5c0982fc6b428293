/**
 * Criteria banks: loading them from YAML or JSON with precise errors ({@link no.kriteriebank.bank.BankLoader}),
 * querying them ({@link no.kriteriebank.bank.CriteriaBank}, {@link no.kriteriebank.bank.CriteriaQuery}), proposing criteria for a procurement's
 * CPV codes ({@link no.kriteriebank.bank.CriteriaSuggester}), merging a network's bank onto the standard one, and
 * writing them back.
 */
package no.kriteriebank.bank;
