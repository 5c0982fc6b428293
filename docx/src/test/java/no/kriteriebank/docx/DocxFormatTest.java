package no.kriteriebank.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.Language;
import no.kriteriebank.render.Format;
import no.kriteriebank.render.RenderedDocument;
import no.kriteriebank.render.TenderRenderer;
import no.kriteriebank.templates.StandardLayouts;
import no.kriteriebank.tender.SelectedCriterion;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Word output opened with Apache POI, as a buyer's Word would open it. */
class DocxFormatTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @CsvSource({
        "NB, nb-NO, 1 Kvalifikasjonskrav, 3 Tildelingskriterier, Vurderes etter, Sum, 70 %, revisjon, Dokumentasjon",
        "NN, nn-NO, 1 Kvalifikasjonskrav, 3 Tildelingskriterium, Blir vurdert etter, Sum, 70 %, revisjon, Dokumentasjon",
        "EN, en-GB, 1 Qualification requirements, 3 Award criteria, Evaluated by, Total, 70%, revision, Documentation",
    })
    void stylesListsTablesLanguageAndFooter(Language language, String tag, String firstSection, String awardSection,
            String usesColumn, String total, String priceWeight, String revision, String documentation)
            throws Exception {
        byte[] bytes = DocxFormat.INSTANCE.write(Fixtures.document(language));
        try (XWPFDocument doc = Fixtures.open(bytes)) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            assertThat(styleName(doc, paragraphs.get(0))).isEqualTo("Title");
            assertThat(paragraphs.get(0).getText()).isEqualTo("Skoleskyss 2027–2031");
            assertThat(texts(doc, "heading 1")).contains(firstSection, awardSection);
            assertThat(texts(doc, "heading 2")).contains("1.1 " + title(language, "GEN-01"));
            assertThat(texts(doc, "heading 3")).contains(documentation);

            XWPFParagraph reference = find(doc, "GEN-01, " + revision + " 1");
            assertThat(styleName(doc, reference)).isEqualTo("Kriteriebank Reference");
            assertThat(doc.getStyles().getStyle(reference.getStyleID()).getCTStyle().getRPr().getSzArray(0)
                    .getVal().toString()).isEqualTo("16");

            // TRA-01's text has a requirement list: numbered a), b), in the List Number style
            List<XWPFParagraph> items = paragraphs.stream().filter(p -> p.getNumID() != null
                    && "lowerLetter".equals(p.getNumFmt())).toList();
            assertThat(items).hasSizeGreaterThanOrEqualTo(2);
            assertThat(items).allSatisfy(p -> assertThat(styleName(doc, p)).isEqualTo("List Number"));
            assertThat(items.get(0).getNumLevelText()).isEqualTo("%1)");
            // the documentation lists are bullets
            assertThat(paragraphs.stream().filter(p -> "bullet".equals(p.getNumFmt()))).isNotEmpty();

            XWPFTable award = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(t.getRow(0).getTableCells().size() - 1).getText()
                            .equals(usesColumn)).findFirst().orElseThrow();
            assertThat(award.getRow(1).getCell(0).getText()).isEqualTo("Pris");
            assertThat(award.getRow(1).getCell(2).getText()).isEqualTo(priceWeight.replace(" %", "\u00a0%"));
            assertThat(award.getRow(2).getCell(3).getText()).isEqualTo("TRA-02 " + title(language, "TRA-02"));
            assertThat(award.getRow(3).getCell(0).getText()).isEqualTo(total);
            assertThat(award.getRow(0).getCtRow().getTrPr().sizeOfTblHeaderArray()).isEqualTo(1);
            assertThat(award.getStyleID()).isEqualTo("TableGrid");

            XWPFTable docs = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(docs.getRow(1).getCell(1).getText()).isEqualTo("1.1 " + title(language, "GEN-01")
                    + " (GEN-01@1)");

            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Skoleskyss 2027–2031");
            assertThat(doc.getProperties().getCoreProperties().getCreator())
                    .isEqualTo("Vinje kommune & Tokke kommune <IKS>");
            assertThat(doc.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
                    .hasValue(tag);
            assertThat(doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal()).isEqualTo(tag);
            assertThat(doc.getFooterList()).hasSize(1);
            assertThat(doc.getFooterList().get(0).getText()).contains("fixture 2026.1");
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void headingsComeInTheOrderAndWordingOfTheHtmlDocument(Language language) throws IOException {
        String html = Fixtures.RENDERER.render(Fixtures.tender(language), Format.HTML).text();
        List<String> expected = new ArrayList<>();
        Matcher m = Pattern.compile("<h[1-4]>(.*?)</h[1-4]>").matcher(html);
        while (m.find()) {
            expected.add(m.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"));
        }
        try (XWPFDocument doc = Fixtures.open(DocxFormat.INSTANCE.write(Fixtures.document(language)))) {
            List<String> actual = doc.getParagraphs().stream()
                    .filter(p -> p.getStyleID() != null && p.getStyleID().matches("Title|Heading[1-3]"))
                    .map(XWPFParagraph::getText).toList();
            assertThat(actual).isEqualTo(expected);
        }
    }

    @Test
    void theSameTenderGivesTheSameBytes() {
        byte[] first = DocxFormat.INSTANCE.write(Fixtures.document(Language.NB));
        TenderRenderer other = StandardLayouts.renderer(Fixtures.BANK).build();
        byte[] second = DocxFormat.INSTANCE.write(other.render(Fixtures.tender(Language.NB), Format.HTML));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void clauseSetsCarryGuidanceInItsOwnStyle() throws IOException {
        TenderRenderer renderer = StandardLayouts.renderer(Fixtures.BANK).includeGuidance(true).build();
        List<SelectedCriterion> clauses = Fixtures.BANK.query().area(Area.TRANSPORT)
                .level(AmbitionLevel.values()).list().stream().map(Criterion::id).map(SelectedCriterion::of)
                .toList();
        RenderedDocument set = renderer.renderClauses("Standardkrav: Transport", clauses, Language.NN, Format.TEXT);
        try (XWPFDocument doc = Fixtures.open(DocxFormat.INSTANCE.write(set))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Standardkrav: Transport");
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isNull();
            assertThat(texts(doc, "heading 2")).hasSize(clauses.size());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void goldenFiles(Language language) throws IOException {
        String actual = canonical(DocxFormat.INSTANCE.write(Fixtures.document(language)));
        Path file = GOLDEN.resolve("tender-" + language.code() + ".docx.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("no golden file " + file + "; run with -Dgolden.update=true, review it and commit it");
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * The package as text: each entry's name, time and content, in zip order. Compressed bytes are left out, since
     * another zlib may compress the same content differently.
     */
    static String canonical(byte[] docx) throws IOException {
        StringBuilder b = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                b.append("=== ").append(e.getName()).append(" @ ").append(e.getTimeLocal()).append('\n')
                        .append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return b.toString();
    }

    private static String title(Language language, String id) {
        return Fixtures.BANK.find(id).orElseThrow().title().get(language).orElseThrow();
    }

    private static String styleName(XWPFDocument doc, XWPFParagraph p) {
        return p.getStyleID() == null ? "Normal" : doc.getStyles().getStyle(p.getStyleID()).getName();
    }

    private static List<String> texts(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> styleName(doc, p).equals(style))
                .map(XWPFParagraph::getText).toList();
    }

    private static XWPFParagraph find(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text));
    }
}
