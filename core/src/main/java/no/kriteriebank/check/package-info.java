/**
 * Checking tenders against the rules, and helping to compose them.
 *
 * <ul>
 *   <li>{@link no.kriteriebank.check.TenderChecker} checks a tender and returns {@link no.kriteriebank.check.Finding}s
 *       with stable {@link no.kriteriebank.check.FindingCode codes}, paths and messages in the tender's language;</li>
 *   <li>{@link no.kriteriebank.check.RuleSets} holds the versioned {@link no.kriteriebank.check.RuleSet}s of
 *       anskaffelsesforskriften § 7-9, whose parameters are data (YAML files beside this package's classes) and
 *       whose notes say which points are confirmed;</li>
 *   <li>{@link no.kriteriebank.check.Scoring} and its records describe how an award criterion is scored, with
 *       explanations in nb, nn and en, and {@link no.kriteriebank.check.NumberWeight} gives the eForms code of a
 *       model's numbers;</li>
 *   <li>{@link no.kriteriebank.check.CriteriaSuggester} proposes criteria for a procurement's CPV codes.</li>
 * </ul>
 */
package no.kriteriebank.check;
