package no.kriteriebank.tender;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import no.kriteriebank.model.CriterionKind;

/**
 * A section the buyer adds to the rendered tender, in the tender's language: free text, or a requirement of its own
 * of a given kind. A specification requirement the buyer writes ({@code kind: SPECIFICATION}) counts for the
 * specification route of the climate rule as much as one from the bank: what decides is the requirement's content,
 * not where it comes from (KOFA 2024/639).
 *
 * @param title the heading
 * @param text the text; paragraphs separated by blank lines
 * @param kind what the section is, e.g. {@link CriterionKind#SPECIFICATION}; null for free text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Addition(@NotBlank String title, @NotBlank String text, CriterionKind kind) {

    /**
     * A free-text section.
     *
     * @param title the heading
     * @param text the text; paragraphs separated by blank lines
     */
    public Addition(String title, String text) {
        this(title, text, null);
    }

    /**
     * Whether the section is a requirement of a kind.
     *
     * @param kind the kind to test
     * @return true when the section has that kind
     */
    public boolean isKind(CriterionKind kind) {
        return this.kind == kind;
    }
}
