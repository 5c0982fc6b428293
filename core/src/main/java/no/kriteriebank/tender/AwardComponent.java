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
 * @param nameEn the name in English, for notices that carry English beside the tender's language (eForms for TED,
 *     or for Doffin above the EEA thresholds); null when the tender is in English or gives none
 * @param descriptionEn the description in English, or null
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AwardComponent(
        @NotBlank String name,
        @NotNull AwardCategory category,
        @DecimalMin(value = "0", message = "must be a weight from 0 to 100 (percent)")
        @DecimalMax(value = "100", message = "must be a weight from 0 to 100 (percent)") BigDecimal weight,
        @Min(value = 1, message = "must be a rank of 1 or more") Integer priority,
        List<@NotNull String> criteria,
        String description,
        String nameEn,
        String descriptionEn) {

    /**
     * Normalises an absent list of criteria to an empty one.
     *
     * @param name the name
     * @param category the category
     * @param weight the weight
     * @param priority the rank
     * @param criteria the criterion ids
     * @param description the description
     * @param nameEn the name in English
     * @param descriptionEn the description in English
     */
    public AwardComponent {
        criteria = criteria == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(criteria));
    }

    /**
     * A component without English texts.
     *
     * @param name the name in the tender's language
     * @param category what it weighs
     * @param weight the weight, for {@link Weighting#WEIGHTS}
     * @param priority the rank, for {@link Weighting#PRIORITY}
     * @param criteria the ids of the award criteria it evaluates
     * @param description the description in the tender's language, or null
     */
    public AwardComponent(String name, AwardCategory category, BigDecimal weight, Integer priority,
            List<String> criteria, String description) {
        this(name, category, weight, priority, criteria, description, null, null);
    }

    /**
     * The same component with its English name and description.
     *
     * @param nameEn the name in English
     * @param descriptionEn the description in English, or null
     * @return the component
     */
    public AwardComponent withEnglish(String nameEn, String descriptionEn) {
        return new AwardComponent(name, category, weight, priority, criteria, description, nameEn, descriptionEn);
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
