package no.kriteriebank.docx;

import java.util.Objects;
import no.kriteriebank.render.BinaryFormat;
import no.kriteriebank.render.RenderedDocument;
import no.kriteriebank.render.outline.OutlinePart;

/**
 * Word (DOCX) output of a rendered tender or clause set, written from the document's outline: the title in Word's
 * Title style, sections, clauses and clause parts as Heading 1 to 3, requirement lists numbered a), b), c), the award
 * model and the documentation requirements as tables, clause ids and revisions as small reference text, a footer
 * with the bank id and version, and title, author (the buyer) and language ({@code nb-NO}, {@code nn-NO},
 * {@code en-GB}) as document properties, so Word checks spelling in the right dictionary.
 *
 * <p>The same document always gives the same bytes: no dates, no random ids, fixed zip entry order and times.
 *
 * <pre>{@code
 * RenderedDocument doc = renderer.render(tender, Format.TEXT);
 * byte[] docx = DocxFormat.INSTANCE.write(doc);
 * }</pre>
 */
public final class DocxFormat implements BinaryFormat {
    /** The one instance. */
    public static final DocxFormat INSTANCE = new DocxFormat();

    private DocxFormat() {
    }

    @Override
    public String name() {
        return "docx";
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public byte[] write(RenderedDocument document) {
        Objects.requireNonNull(document, "document");
        Numbering numbering = new Numbering(0, 0);
        WordBody body = new WordBody(StyleIds.builtIn(), numbering);
        for (OutlinePart part : document.outline().parts()) {
            body.blocks(part.blocks());
        }
        return new PackageWriter()
                .put("[Content_Types].xml", BuiltInParts.contentTypes())
                .put("_rels/.rels", BuiltInParts.packageRels())
                .put("docProps/core.xml", BuiltInParts.core(document.outline(), document.language()))
                .put("docProps/app.xml", BuiltInParts.app())
                .put("word/document.xml", BuiltInParts.document(body.xml()))
                .put("word/_rels/document.xml.rels", BuiltInParts.documentRels())
                .put("word/styles.xml", BuiltInParts.styles(document.language()))
                .put("word/numbering.xml", BuiltInParts.numbering(numbering))
                .put("word/settings.xml", BuiltInParts.settings(document.language()))
                .put("word/footer1.xml", BuiltInParts.footer(document.outline()))
                .toBytes();
    }

    @Override
    public String toString() {
        return name();
    }
}
