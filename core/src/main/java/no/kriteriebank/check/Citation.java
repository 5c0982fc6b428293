package no.kriteriebank.check;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import no.kriteriebank.model.LocalizedText;

/**
 * Where a rule set's rule is written, e.g. {@code anskaffelsesforskriften § 7-9}, with whether that has been
 * confirmed. Findings, rule set titles and rendered tender headings print it; a rendered tender prints only a
 * confirmed citation, since its text goes to suppliers.
 *
 * @param text the provision as each language names it
 * @param status whether a source named states that the rule is there
 * @param source the sources, as URLs or named documents
 */
public record Citation(@NotNull @Valid LocalizedText text, @NotNull RuleNote.Status status, @NotBlank String source) {

    /** {@return whether a source confirms the citation} */
    public boolean confirmed() {
        return status == RuleNote.Status.CONFIRMED;
    }
}
