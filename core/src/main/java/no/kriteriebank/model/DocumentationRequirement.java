package no.kriteriebank.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Evidence the supplier must hand in to show that a criterion is met.
 *
 * @param type the kind of evidence
 * @param due when it is handed in
 * @param description what exactly is handed in, per language
 * @param equivalentAccepted whether equivalent labels, certificates or standards are accepted; rendered as "eller
 *     tilsvarende". The public procurement rules require it for labels and certificates.
 */
public record DocumentationRequirement(
        @NotNull DocumentationType type,
        @NotNull DocumentationDue due,
        @NotNull @Valid LocalizedText description,
        boolean equivalentAccepted) {
}
