package no.kriteriebank.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.tender.EnvironmentOption;

/**
 * The numbers and choices of a {@link RuleSet}, as data, so that a change in the law is a new rule set file rather
 * than new code.
 *
 * <p>The yes/no parameters are objects, not {@code boolean}s, so that a rule set file that forgets one is
 * refused instead of silently meaning "no".
 *
 * @param minimumEnvironmentWeight the least total weight, in percent, of the climate and environment components when
 *     climate and environment are weighted as award criteria
 * @param highestEnvironmentPriority with priorities instead of weights, the lowest place (counted from 1) at which
 *     climate and environment should stand
 * @param priorityFallback whether a buyer who ranks climate and environment lower may instead set requirements in the
 *     specifications and justify it (2024: § 7-9 (4) second sentence); when false, the place is a duty
 * @param options the § 7-9 options a tender may choose
 * @param justificationRequired the options that need a written justification in the tender
 * @param specificationCondition the condition the specification route rests on, in the law's words, per language
 * @param specificationCriteriaRequired whether the specification route needs at least one specification requirement:
 *     a SPECIFICATION criterion from the bank or the buyer's own (an addition of kind SPECIFICATION)
 * @param advisoryInPartI whether a part I procurement that uses no award criteria and states no option gets warnings
 *     instead of errors for that, since part I has no duty to use award criteria
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RuleParameters(
        @NotNull @DecimalMin(value = "0", message = "must be at least 0")
        @DecimalMax(value = "100", message = "must be at most 100") BigDecimal minimumEnvironmentWeight,
        @Min(value = 1, message = "must be at least 1") int highestEnvironmentPriority,
        @NotNull Boolean priorityFallback,
        @NotEmpty Set<@NotNull EnvironmentOption> options,
        Set<@NotNull EnvironmentOption> justificationRequired,
        @NotNull @Valid LocalizedText specificationCondition,
        @NotNull Boolean specificationCriteriaRequired,
        @NotNull Boolean advisoryInPartI) {

    /**
     * Keeps the option sets in the enum's order, so iteration and messages are deterministic.
     *
     * @param minimumEnvironmentWeight the least total weight, in percent, of the climate and environment components
     * @param highestEnvironmentPriority the lowest place (counted from 1) at which climate and environment should stand
     * @param priorityFallback whether specification requirements with a justification may take the place of the rank
     * @param options the § 7-9 options a tender may choose; null elements are dropped
     * @param justificationRequired the options that need a written justification; null means none
     * @param specificationCondition the condition of the specification route, per language
     * @param specificationCriteriaRequired whether the specification route needs a specification requirement from
     *     the bank
     * @param advisoryInPartI whether a part I procurement without award criteria gets warnings for not weighting
     */
    public RuleParameters {
        options = enumSet(options);
        justificationRequired = enumSet(justificationRequired);
    }

    private static Set<EnvironmentOption> enumSet(Collection<EnvironmentOption> options) {
        EnumSet<EnvironmentOption> set = EnumSet.noneOf(EnvironmentOption.class);
        if (options != null) {
            for (EnvironmentOption option : options) {
                if (option != null) {
                    set.add(option);
                }
            }
        }
        return Collections.unmodifiableSet(set);
    }
}
