package no.kriteriebank.model;

import jakarta.validation.constraints.NotBlank;

/**
 * How a {@link ScoringMethod#PRICE_ADDITION} criterion's amount is estimated, by naming three of its parameters: the
 * amount per unit is {@code rate × quantity} (e.g. kr per kg CO2e × kg CO2e per tonne) and is added to
 * {@code price} (e.g. kr per tonne). From the buyer's values the checker states the addition's share of the
 * evaluated price, {@code rate × quantity / (price + rate × quantity)}.
 *
 * @param rate the parameter holding the price per unit of the measured quantity, e.g. {@code co2Price}
 * @param quantity the parameter holding the buyer's estimate of the quantity per unit supplied, e.g. kg CO2e per
 *     tonne
 * @param price the parameter holding the buyer's estimate of the tendered price per unit supplied
 */
public record PriceAddition(@NotBlank String rate, @NotBlank String quantity, @NotBlank String price) {
}
