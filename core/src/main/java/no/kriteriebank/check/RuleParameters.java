package no.kriteriebank.check;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import no.kriteriebank.tender.EnvironmentOption;

/**
 * The numbers and choices of a {@link RuleSet}, as data, so that a change in the law is a new rule set file rather
 * than new code.
 *
 * <p>The two yes/no parameters are objects, not {@code boolean}s, so that a rule set file that forgets one is
 * refused instead of silently meaning "no".
 *
 * @param minimumEnvironmentWeight the least total weight, in percent, of the climate and environment components when
 *     climate and environment are weighted as award criteria
 * @param highestEnvironmentPriority with priorities instead of weights, the lowest place (counted from 1) at which
 *     climate and environment may stand
 * @param options the § 7-9 options a tender may choose
 * @param justificationRequired the options that need a written justification in the tender
 * @param specificationCriteriaRequired whether the specification route needs at least one specification requirement
 *     selected from the bank
 * @param advisoryInPartI whether § 7-9 findings are only advice (warnings) for part I procurements, which have no
 *     duty to use award criteria
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RuleParameters(
        @NotNull @DecimalMin(value = "0", message = "must be at least 0")
        @DecimalMax(value = "100", message = "must be at most 100") BigDecimal minimumEnvironmentWeight,
        @Min(value = 1, message = "must be at least 1") int highestEnvironmentPriority,
        @NotEmpty Set<@NotNull EnvironmentOption> options,
        Set<@NotNull EnvironmentOption> justificationRequired,
        @NotNull Boolean specificationCriteriaRequired,
        @NotNull Boolean advisoryInPartI) {

    /**
     * Keeps the option sets in the enum's order, so iteration and messages are deterministic.
     *
     * @param minimumEnvironmentWeight the least total weight, in percent, of the climate and environment components
     * @param highestEnvironmentPriority the lowest place (counted from 1) at which climate and environment may stand
     * @param options the § 7-9 options a tender may choose; null elements are dropped
     * @param justificationRequired the options that need a written justification; null means none
     * @param specificationCriteriaRequired whether the specification route needs a specification requirement from
     *     the bank
     * @param advisoryInPartI whether § 7-9 findings are only warnings for part I procurements
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
