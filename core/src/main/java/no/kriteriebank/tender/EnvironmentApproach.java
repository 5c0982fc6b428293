package no.kriteriebank.tender;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;

/**
 * The tender's choice under anskaffelsesforskriften § 7-9 and its justification, as recorded in the procurement
 * documents.
 *
 * @param option the option used
 * @param justification the written justification, required for the specification route under the 2024 rules and
 *     for every exemption; null otherwise
 * @param justificationEn the justification in English, for notices that carry English beside the tender's language;
 *     null when the tender is in English or gives none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnvironmentApproach(@NotNull EnvironmentOption option, String justification, String justificationEn) {
    /**
     * An approach without an English justification.
     *
     * @param option the option used
     * @param justification the justification in the tender's language, or null
     */
    public EnvironmentApproach(EnvironmentOption option, String justification) {
        this(option, justification, null);
    }
}
