package no.kriteriebank.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kriteriebank.model.Language;
import no.kriteriebank.render.RenderedDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

/** Filling a buyer's own Word template, and refusing the templates that must not be used. */
class WordTemplateTest {
    private static final RenderedDocument NB = Fixtures.document(Language.NB);
    private static final Set<String> REWRITTEN = Set.of("word/document.xml", "word/styles.xml", "word/numbering.xml");

    @Test
    void fillsTheMarkersAndLeavesTheRestOfTheTemplateAsItWas() throws Exception {
        byte[] template = SampleTemplate.create(true);
        FilledTemplate filled = WordTemplate.of(template, "mal.docx").fill(NB);
        assertThat(filled.warnings()).isEmpty();

        Map<String, byte[]> before = SampleTemplate.entries(template);
        Map<String, byte[]> after = SampleTemplate.entries(filled.bytes());
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((name, bytes) -> {
            if (!REWRITTEN.contains(name)) {
                assertThat(after.get(name)).as(name).isEqualTo(bytes);
            }
        });
        // styles and numbering only grow: what was there stays, byte for byte, up to the root's end
        String oldStyles = new String(before.get("word/styles.xml"), StandardCharsets.UTF_8);
        assertThat(new String(after.get("word/styles.xml"), StandardCharsets.UTF_8))
                .startsWith(oldStyles.substring(0, oldStyles.lastIndexOf("</w:styles>")));

        // word/document.xml: every byte outside the marker paragraphs is kept, in order
        String oldXml = new String(before.get("word/document.xml"), StandardCharsets.UTF_8);
        String newXml = new String(after.get("word/document.xml"), StandardCharsets.UTF_8);
        List<Marker> markers = new MarkerScanner(oldXml).scan();
        assertThat(markers).extracting(Marker::name).containsExactly("award", "documentation", "specification");
        int from = 0;
        int at = 0;
        for (Marker m : markers) {
            String kept = oldXml.substring(from, m.start());
            int found = newXml.indexOf(kept, at);
            assertThat(found).as("unchanged text before %s", m.text()).isEqualTo(at == 0 ? 0 : found);
            assertThat(found).isGreaterThanOrEqualTo(at);
            at = found + kept.length();
            from = m.end();
        }
        assertThat(newXml).endsWith(oldXml.substring(from));
        assertThat(newXml).contains(SampleTemplate.TRACKED, SampleTemplate.FIELD).doesNotContain("{{");

        try (XWPFDocument doc = Fixtures.open(filled.bytes())) {
            assertThat(doc.getHeaderList().get(0).getText()).contains("Vinje kommune – konkurransegrunnlag");
            assertThat(doc.getFooterList().get(0).getText()).contains("Sak 2026/1412");
            assertThat(doc.getAllPictures()).hasSize(1);
            List<XWPFParagraph> headings = doc.getParagraphs().stream()
                    .filter(p -> "Overskrift1".equals(p.getStyleID())).toList();
            // the award part in the body; the specification part inside the content control is not a body paragraph
            assertThat(headings).extracting(XWPFParagraph::getText).containsExactly("3 Tildelingskriterier");
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("1 Innledning", "Mellomtekst som skal stå urørt.", "Slutt.");
            XWPFTableCell cell = doc.getTables().get(doc.getTables().size() - 1).getRow(0).getCell(1);
            assertThat(cell.getParagraphs().get(0).getText()).isEqualTo("Dokumentasjonskrav");
            assertThat(cell.getParagraphs().get(0).getStyleID()).isEqualTo("Overskrift1");
            assertThat(cell.getTables()).hasSize(1);
            assertThat(cell.getTables().get(0).getRow(0).getCell(0).getText()).isEqualTo("Frist");
        }
        assertThat(newXml).contains("<w:sdtContent><w:p><w:pPr><w:pStyle w:val=\"Overskrift1\"/></w:pPr><w:r><w:t "
                + "xml:space=\"preserve\">2 Krav i kravspesifikasjonen</w:t>");
        assertThat(newXml).contains("<w:pStyle w:val=\"Nummerertliste\"/><w:numPr>");
        // a table cell must end with a paragraph, so one follows the documentation table
        assertThat(newXml).contains("</w:tbl>\n<w:p/>\n</w:tc>");
    }

    @Test
    void aTemplateWithoutTheStylesGetsKriteriebanksWithAWarning() throws Exception {
        byte[] template = SampleTemplate.change(SampleTemplate.create(false), "word/document.xml",
                xml -> xml.replace("{{kriteriebank:documentation}}", "{{kriteriebank}}"));
        FilledTemplate filled = WordTemplate.of(template, "mal.docx").fill(NB);
        assertThat(filled.warnings()).anyMatch(w -> w.contains("mal.docx has no styles"));
        try (XWPFDocument doc = Fixtures.open(filled.bytes())) {
            XWPFParagraph item = doc.getTables().get(doc.getTables().size() - 1).getRow(0).getCell(1).getParagraphs().stream()
                    .filter(p -> p.getText().equals("skolerutene")).findFirst()
                    .orElseThrow(() -> new AssertionError(doc.getTables().get(doc.getTables().size() - 1).getRow(0).getCell(1).getText()));
            assertThat(item.getNumFmt()).isEqualTo("lowerLetter");
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
        }
    }

    @Test
    void aMissingStyleIsAddedWithAWarningNamingIt() {
        byte[] template = SampleTemplate.change(SampleTemplate.create(true), "word/styles.xml",
                xml -> xml.replace("w:val=\"heading 2\"", "w:val=\"Overskrift to\""));
        FilledTemplate filled = WordTemplate.of(template, "mal.docx").fill(NB);
        assertThat(filled.warnings()).containsExactly(
                "mal.docx has no style \"heading 2\"; Kriteriebank's own was added");
        assertThat(SampleTemplate.text(filled.bytes(), "word/styles.xml"))
                .contains("<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>");
    }

    @Test
    void theSameTemplateAndTenderGiveTheSameBytes() {
        byte[] template = SampleTemplate.create(true);
        assertThat(WordTemplate.of(template, "a").fill(NB).bytes())
                .isEqualTo(WordTemplate.of(template, "a").fill(Fixtures.document(Language.NB)).bytes());
    }

    @Test
    void aDotxTemplateGivesADocument() {
        byte[] template = SampleTemplate.change(SampleTemplate.create(true), "[Content_Types].xml",
                xml -> xml.replace("document.main+xml", "template.main+xml"));
        assertThat(SampleTemplate.text(WordTemplate.of(template, "mal.dotx").fill(NB).bytes(), "[Content_Types].xml"))
                .contains("wordprocessingml.document.main+xml").doesNotContain("template.main+xml");
    }

    @Test
    void aMarkerInAPageHeaderIsNamedInAWarningAndTheHeaderKeptAsItWas() {
        byte[] template = SampleTemplate.change(SampleTemplate.create(true), "word/header1.xml",
                xml -> xml.replace("Vinje kommune – konkurransegrunnlag",
                        "{{kriteriebank:</w:t></w:r><w:r><w:t>header}}"));
        FilledTemplate filled = WordTemplate.of(template, "mal.docx").fill(NB);
        assertThat(filled.warnings()).containsExactly("mal.docx: the marker {{kriteriebank:header}} in "
                + "word/header1.xml is left as it is; markers are filled only in the body of the document, not in "
                + "page headers, footers, footnotes or comments");
        assertThat(SampleTemplate.text(filled.bytes(), "word/header1.xml"))
                .isEqualTo(SampleTemplate.text(template, "word/header1.xml"));
    }

    @Test
    void aPartTheDocumentLacksIsRemovedWithAWarning() {
        byte[] template = SampleTemplate.change(SampleTemplate.create(true), "word/document.xml",
                xml -> xml.replace("{{kriteriebank:documentation}}", "{{kriteriebank:additions}}"));
        RenderedDocument clauses = Fixtures.RENDERER.renderClauses("Standardkrav",
                List.of(no.kriteriebank.tender.SelectedCriterion.of("TRA-02")), Language.NB,
                no.kriteriebank.render.Format.TEXT);
        FilledTemplate filled = WordTemplate.of(template, "mal.docx").fill(clauses);
        assertThat(filled.warnings()).contains(
                "the document has no additions part; the marker {{kriteriebank:additions}} was removed");
    }

    @Test
    void missingUnknownAndMalformedMarkersAreErrorsNamingThem() {
        byte[] none = SampleTemplate.change(SampleTemplate.create(true), "word/document.xml",
                xml -> xml.replaceAll("\\{\\{krite|riebank:award}}|\\{\\{kriteriebank:\\w+}}", "x"));
        assertThatThrownBy(() -> WordTemplate.of(none, "mal.docx").fill(NB)).isInstanceOf(DocxException.class)
                .hasMessageStartingWith("mal.docx has no marker: put {{kriteriebank}}");
        byte[] unknown = SampleTemplate.change(SampleTemplate.create(true), "word/document.xml",
                xml -> xml.replace("{{kriteriebank:documentation}}", "{{kriteriebank:pris}}"));
        assertThatThrownBy(() -> WordTemplate.of(unknown, "mal.docx").fill(NB))
                .hasMessageContaining("unknown marker {{kriteriebank:pris}}").hasMessageContaining("award");
        byte[] inText = SampleTemplate.change(SampleTemplate.create(true), "word/document.xml",
                xml -> xml.replace("{{kriteriebank:documentation}}", "Se {{kriteriebank:documentation}} her"));
        assertThatThrownBy(() -> WordTemplate.of(inText, "mal.docx").fill(NB))
                .hasMessageContaining("{{kriteriebank:documentation}} must stand alone in its paragraph");
        byte[] malformed = SampleTemplate.change(SampleTemplate.create(true), "word/document.xml",
                xml -> xml.replace("{{kriteriebank:documentation}}", "{{kriteriebank:award"));
        assertThatThrownBy(() -> WordTemplate.of(malformed, "mal.docx").fill(NB))
                .hasMessageContaining("malformed marker");
    }

    @Test
    void macrosAreRefused() {
        byte[] vba = SampleTemplate.change(SampleTemplate.create(true), "word/vbaProject.bin", x -> "ATTRIBUT");
        assertThatThrownBy(() -> WordTemplate.of(vba, "mal.docm")).isInstanceOf(DocxException.class)
                .hasMessageContaining("contains macros (word/vbaProject.bin)");
        byte[] docm = SampleTemplate.change(SampleTemplate.create(true), "[Content_Types].xml",
                xml -> xml.replace("wordprocessingml.document.main+xml", "../ms-word.document.macroEnabled.main+xml"));
        assertThatThrownBy(() -> WordTemplate.of(docm, "mal.docm")).hasMessageContaining("contains macros");
    }

    @Test
    void externalRelationshipsAreRefusedButHyperlinksAllowed() {
        String image = "<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/%s\" Target=\"https://example.org/x\" TargetMode=\"External\"/></Relationships>";
        byte[] external = SampleTemplate.change(SampleTemplate.create(true), "word/_rels/document.xml.rels",
                xml -> xml.replace("</Relationships>", image.formatted("attachedTemplate")));
        assertThatThrownBy(() -> WordTemplate.of(external, "mal.docx")).isInstanceOf(DocxException.class)
                .hasMessageContaining("attachedTemplate https://example.org/x");
        byte[] link = SampleTemplate.change(SampleTemplate.create(true), "word/_rels/document.xml.rels",
                xml -> xml.replace("</Relationships>", image.formatted("hyperlink")));
        assertThat(WordTemplate.of(link, "mal.docx").fill(NB).bytes()).isNotEmpty();
    }

    @Test
    void zipBombsAndForgedFilesAreRefused() {
        Map<String, byte[]> entries = SampleTemplate.entries(SampleTemplate.create(true));
        entries.put("word/media/bomb.bin", new byte[8 << 20]);
        assertThatThrownBy(() -> WordTemplate.of(SampleTemplate.zip(entries), "mal.docx"))
                .isInstanceOf(DocxException.class).hasMessageContaining("zip bomb");
        assertThatThrownBy(() -> WordTemplate.of("not a zip".getBytes(StandardCharsets.UTF_8), "mal.docx"))
                .hasMessageContaining("not a Word file");
        byte[] doctype = SampleTemplate.change(SampleTemplate.create(true), "word/document.xml",
                xml -> xml.replace("<w:document", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><w:document"));
        assertThatThrownBy(() -> WordTemplate.of(doctype, "mal.docx").fill(NB))
                .hasMessageContaining("document type declaration");
        Map<String, byte[]> noDocument = SampleTemplate.entries(SampleTemplate.create(true));
        noDocument.remove("word/document.xml");
        assertThatThrownBy(() -> WordTemplate.of(SampleTemplate.zip(noDocument), "mal.docx"))
                .hasMessageContaining("has no word/document.xml");
    }

    @Test
    void theOutputNeverCarriesMacros() {
        byte[] out = WordTemplate.of(SampleTemplate.create(true), "mal.docx").fill(NB).bytes();
        assertThat(SampleTemplate.entries(out).keySet()).noneMatch(n -> n.toLowerCase().contains("vba"));
        assertThat(SampleTemplate.text(out, "[Content_Types].xml")).doesNotContain("macroEnabled");
        assertThat(SampleTemplate.text(DocxFormat.INSTANCE.write(NB), "[Content_Types].xml"))
                .doesNotContain("macroEnabled");
    }
}
