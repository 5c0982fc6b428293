package no.kriteriebank.render.outline;

import java.util.List;
import java.util.Objects;

/**
 * One named part of a document, which a Word template can place on its own with the marker
 * {@code {{kriteriebank:NAME}}}.
 *
 * <p>Names: {@code header} (title and facts), {@code environment} (the § 7-9 choice), {@code qualification},
 * {@code specification}, {@code award} (with the award model), {@code contract-clause}, {@code additions} and
 * {@code documentation} (the consolidated documentation table).
 *
 * @param name the part's name
 * @param blocks its blocks, in order
 */
public record OutlinePart(String name, List<Block> blocks) {

    /**
     * Copies the blocks.
     *
     * @param name the name
     * @param blocks the blocks
     */
    public OutlinePart {
        Objects.requireNonNull(name, "name");
        blocks = List.copyOf(blocks);
    }
}
