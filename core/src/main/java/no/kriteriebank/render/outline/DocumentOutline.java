package no.kriteriebank.render.outline;

import java.util.List;
import java.util.Optional;

/**
 * A rendered document as parts of headings, paragraphs, lists and tables, with what a file format needs besides
 * the text: title, author and the bank it was written from.
 *
 * @param title the document title
 * @param buyer the contracting authority, or null for a clause set
 * @param bankId the bank's id
 * @param bankVersion the bank's version
 * @param footer a line naming the bank and version in the document's language, for a page footer
 * @param parts the parts, in document order
 */
public record DocumentOutline(String title, String buyer, String bankId, String bankVersion, String footer,
        List<OutlinePart> parts) {

    /**
     * Copies the parts.
     *
     * @param title the title
     * @param buyer the buyer, or null
     * @param bankId the bank id
     * @param bankVersion the bank version
     * @param footer the footer line
     * @param parts the parts
     */
    public DocumentOutline {
        parts = List.copyOf(parts);
    }

    /**
     * {@return the part with this name, if the document has it}
     *
     * @param name a part name such as {@code award}
     */
    public Optional<OutlinePart> part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
