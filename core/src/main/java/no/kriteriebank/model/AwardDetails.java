package no.kriteriebank.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * How an award criterion is scored and how much it should weigh.
 *
 * @param scoring the scoring method
 * @param scale the scoring explained for the tender text: the formula or the steps of the scale, per language
 * @param minWeight the lower end of the suggested weight, in percent
 * @param maxWeight the upper end of the suggested weight, in percent
 * @param addition for {@link ScoringMethod#PRICE_ADDITION}, the parameters that estimate the addition; null otherwise
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record AwardDetails(
        @NotNull ScoringMethod scoring,
        @NotNull @Valid LocalizedText scale,
        @NotNull @DecimalMin(value = "0", message = "must be at least 0") @DecimalMax(value = "100", message = "must be at most 100") BigDecimal minWeight,
        @NotNull @DecimalMin(value = "0", message = "must be at least 0") @DecimalMax(value = "100", message = "must be at most 100") BigDecimal maxWeight,
        @Valid PriceAddition addition) {

    /**
     * Award details without a price addition.
     *
     * @param scoring the scoring method
     * @param scale the scoring explained for the tender text
     * @param minWeight the lower end of the suggested weight, in percent
     * @param maxWeight the upper end of the suggested weight, in percent
     */
    public AwardDetails(ScoringMethod scoring, LocalizedText scale, BigDecimal minWeight, BigDecimal maxWeight) {
        this(scoring, scale, minWeight, maxWeight, null);
    }
}
