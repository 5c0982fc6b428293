package no.kriteriebank.bank;

import java.util.Objects;
import no.kriteriebank.model.Criterion;

/**
 * A criterion proposed for a procurement by {@link CriteriaSuggester}.
 *
 * @param criterion the criterion proposed from the bank
 * @param matchedCpv the longest of the criterion's CPV prefixes that matches one of the procurement's CPV codes, or
 *     the empty string when the criterion applies to every CPV code
 */
public record Suggestion(Criterion criterion, String matchedCpv) {

    /**
     * Requires both parts.
     *
     * @param criterion the criterion proposed from the bank
     * @param matchedCpv the CPV prefix that matched, or the empty string when the criterion applies to every code
     */
    public Suggestion {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(matchedCpv, "matchedCpv");
    }
}
