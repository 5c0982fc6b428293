package no.kriteriebank.render.outline;

import java.util.List;

/**
 * A list. Requirement lists in a clause text are numbered, so a supplier can refer to each point; documentation lists
 * are bullets.
 *
 * @param items the items, in order
 * @param numbered whether the items are numbered (a, b, c) rather than bulleted
 * @param role the role of every item
 */
public record ItemList(List<Paragraph> items, boolean numbered, Paragraph.Role role) implements Block {

    /**
     * Copies the items.
     *
     * @param items the items
     * @param numbered numbered or bulleted
     * @param role the role of the items
     */
    public ItemList {
        items = List.copyOf(items);
        role = role == null ? Paragraph.Role.BODY : role;
    }
}
