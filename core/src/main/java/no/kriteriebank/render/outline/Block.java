package no.kriteriebank.render.outline;

/** One block of a document outline: a {@link Heading}, a {@link Paragraph}, an {@link ItemList} or a {@link Table}. */
public sealed interface Block permits Heading, Paragraph, ItemList, Table {
}
