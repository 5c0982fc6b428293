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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnvironmentApproach(@NotNull EnvironmentOption option, String justification) {
}
