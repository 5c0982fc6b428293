package no.kriteriebank.tender;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.List;

/**
 * One component of a tender's award model, such as "Pris 70 %" or "Klima og miljø 30 %".
 *
 * @param name the component's name in the tender's language
 * @param category what it weighs
 * @param weight the weight in percent, for {@link Weighting#WEIGHTS}; exact decimals
 * @param priority the rank (1 = most important), for {@link Weighting#PRIORITY}
 * @param criteria the ids of the selected award criteria this component evaluates
 * @param description how the component is evaluated, in the tender's language, or null
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AwardComponent(
        @NotBlank String name,
        @NotNull AwardCategory category,
        @DecimalMin(value = "0", message = "must be a weight from 0 to 100 (percent)")
        @DecimalMax(value = "100", message = "must be a weight from 0 to 100 (percent)") BigDecimal weight,
        @Min(value = 1, message = "must be a rank of 1 or more") Integer priority,
        List<@NotNull String> criteria,
        String description) {

    /**
     * Normalises an absent list of criteria to an empty one.
     *
     * @param name the name
     * @param category the category
     * @param weight the weight
     * @param priority the rank
     * @param criteria the criterion ids
     * @param description the description
     */
    public AwardComponent {
        criteria = criteria == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(criteria));
    }

    /**
     * A weighted component.
     *
     * @param name the name in the tender's language
     * @param category what it weighs
     * @param weight the weight in percent, e.g. {@code "30"}
     * @param criteria the ids of the award criteria it evaluates
     * @return the component
     */
    public static AwardComponent weighted(String name, AwardCategory category, String weight, String... criteria) {
        return new AwardComponent(name, category, new BigDecimal(weight), null, List.of(criteria), null);
    }

    /**
     * A ranked component.
     *
     * @param name the name in the tender's language
     * @param category what it weighs
     * @param priority the rank, 1 for the most important
     * @param criteria the ids of the award criteria it evaluates
     * @return the component
     */
    public static AwardComponent ranked(String name, AwardCategory category, int priority, String... criteria) {
        return new AwardComponent(name, category, null, priority, List.of(criteria), null);
    }
}
