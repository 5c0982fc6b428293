package no.kriteriebank.tender;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/**
 * How the offers are compared: weighted components that sum to exactly 100 %, or components in order of priority.
 *
 * @param weighting weights or priority order
 * @param components the components, in the order they are presented
 */
public record AwardModel(@NotNull Weighting weighting, List<@NotNull @Valid AwardComponent> components) {

    /**
     * Normalises an absent list to an empty one.
     *
     * @param weighting weights or priority order
     * @param components the components
     */
    public AwardModel {
        components = components == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(components));
    }

    /**
     * A weighted model of the given components.
     *
     * @param components the weighted components
     * @return the model
     */
    public static AwardModel weighted(AwardComponent... components) {
        return new AwardModel(Weighting.WEIGHTS, List.of(components));
    }

    /** {@return the sum of the weights given (components without a weight count as 0)} */
    @JsonIgnore
    public BigDecimal totalWeight() {
        return components.stream().map(c -> c.weight() == null ? BigDecimal.ZERO : c.weight())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** {@return the sum of the weights of the {@link AwardCategory#ENVIRONMENT} components} */
    @JsonIgnore
    public BigDecimal environmentWeight() {
        return components.stream().filter(c -> c.category() == AwardCategory.ENVIRONMENT)
                .map(c -> c.weight() == null ? BigDecimal.ZERO : c.weight())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
