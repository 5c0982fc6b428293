/**
 * Checking tenders against the rules.
 *
 * <ul>
 *   <li>{@link no.kriteriebank.check.TenderChecker} checks a tender and returns {@link no.kriteriebank.check.Finding}s
 *       with stable {@link no.kriteriebank.check.FindingCode codes}, paths and messages in the tender's language;</li>
 *   <li>{@link no.kriteriebank.check.Law} is the climate rule as one data file ({@code law.yaml} beside this
 *       package's classes): the options with their eForms codes, dates and names, and
 *       {@link no.kriteriebank.check.RuleSets} with the versioned {@link no.kriteriebank.check.RuleSet}s per regime,
 *       each with its {@link no.kriteriebank.check.Citation}, parameters and notes saying which points are
 *       confirmed;</li>
 *   <li>{@link no.kriteriebank.check.Rule} is a check of a network's own, added with
 *       {@link no.kriteriebank.check.TenderChecker.Builder#rule(no.kriteriebank.check.Rule)};</li>
 *   <li>{@link no.kriteriebank.check.NumberWeight} gives the eForms code of a model's numbers.</li>
 * </ul>
 */
package no.kriteriebank.check;
