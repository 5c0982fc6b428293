package no.kriteriebank.render.outline;

import java.util.List;

/**
 * A paragraph of spans, with the role it plays in the document.
 *
 * @param spans the text runs
 * @param role what kind of paragraph it is
 */
public record Paragraph(List<Span> spans, Role role) implements Block {

    /** What a paragraph is, so each format can give it its own style. */
    public enum Role {
        /** Ordinary text. */
        BODY,
        /** Small reference text: a clause's id and revision. */
        REFERENCE,
        /** A remark about the text itself, such as a missing translation. */
        NOTE,
        /** Guidance to the buyer, not part of the tender text. */
        GUIDANCE
    }

    /**
     * Copies the spans.
     *
     * @param spans the runs
     * @param role the role
     */
    public Paragraph {
        spans = List.copyOf(spans);
        role = role == null ? Role.BODY : role;
    }

    /**
     * {@return a body paragraph of plain text}
     *
     * @param text the text
     */
    public static Paragraph of(String text) {
        return new Paragraph(List.of(Span.plain(text)), Role.BODY);
    }

    /**
     * {@return a paragraph of plain text with a role}
     *
     * @param text the text
     * @param role the role
     */
    public static Paragraph of(String text, Role role) {
        return new Paragraph(List.of(Span.plain(text)), role);
    }

    /** {@return the text of all spans} */
    public String text() {
        StringBuilder b = new StringBuilder();
        spans.forEach(s -> b.append(s.text()));
        return b.toString();
    }
}
