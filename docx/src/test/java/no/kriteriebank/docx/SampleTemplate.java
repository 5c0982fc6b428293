package no.kriteriebank.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A municipality's konkurransegrunnlag template, made with POI as Word would save it: a header, a footer, a logo, a
 * field, a tracked change, a marker split over two runs, a marker in a table cell and one in a content control.
 */
final class SampleTemplate {
    static final String TRACKED = "<w:p><w:ins w:id=\"901\" w:author=\"Innkjøper\" w:date=\"2026-11-30T10:00:00Z\">"
            + "<w:r><w:t>Sporet endring.</w:t></w:r></w:ins></w:p>";
    static final String FIELD = "<w:p><w:fldSimple w:instr=\" DATE \\@ &quot;d. MMMM yyyy&quot; \"><w:r>"
            + "<w:t>1. desember 2026</w:t></w:r></w:fldSimple></w:p>";
    static final String CONTENT_CONTROL = "<w:sdt><w:sdtPr><w:alias w:val=\"Krav\"/><w:tag w:val=\"krav\"/>"
            + "</w:sdtPr><w:sdtContent><w:p><w:r><w:t>{{kriteriebank:specification}}</w:t></w:r></w:p></w:sdtContent>"
            + "</w:sdt>";

    /** The house table style, with green borders (added as XML: POI's small schema jar lacks table properties). */
    static final String TABLE_GRID = "<w:style w:type=\"table\" w:styleId=\"Tabellrutenett\"><w:name w:val=\"Table Grid\"/>"
            + "<w:tblPr><w:tblBorders>" + border("top") + border("left") + border("bottom") + border("right")
            + border("insideH") + border("insideV") + "</w:tblBorders></w:tblPr></w:style>";

    private SampleTemplate() {
    }

    /**
     * The template as bytes.
     *
     * @param ownStyles whether it defines headings and lists under Norwegian style ids, as a Norwegian Word does
     */
    static byte[] create(boolean ownStyles) {
        try (XWPFDocument doc = new XWPFDocument()) {
            if (ownStyles) {
                XWPFStyles styles = doc.createStyles();
                style(styles, "Tittel", "Title", 44, true);
                style(styles, "Overskrift1", "heading 1", 32, true);
                style(styles, "Overskrift2", "heading 2", 26, true);
                style(styles, "Overskrift3", "heading 3", 22, true);
                style(styles, "Nummerertliste", "List Number", 0, false);
                style(styles, "Punktliste", "List Bullet", 0, false);
                doc.createNumbering();
            }
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText("Vinje kommune – konkurransegrunnlag");
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Sak 2026/1412");
            doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(png()), PictureType.PNG,
                    "logo.png", Units.toEMU(40), Units.toEMU(20));
            doc.createParagraph().createRun().setText("1 Innledning");
            XWPFParagraph marker = doc.createParagraph();
            marker.createRun().setText("{{krite");
            marker.createRun().setText("riebank:award}}");
            doc.createParagraph().createRun().setText("Mellomtekst som skal stå urørt.");
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Vedlegg 2");
            table.getRow(0).getCell(1).setText("{{kriteriebank:documentation}}");
            doc.createParagraph().createRun().setText("Slutt.");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            byte[] template = change(out.toByteArray(), "word/document.xml",
                    xml -> xml.replace("<w:sectPr", FIELD + TRACKED + CONTENT_CONTROL + "<w:sectPr"));
            return ownStyles ? change(template, "word/styles.xml", xml -> xml.replace("</w:styles>", TABLE_GRID
                    + "</w:styles>")) : template;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A paragraph style in the network's house style: green headings, in Word's name for the style. */
    private static void style(XWPFStyles styles, String id, String name, int size, boolean heading) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (heading) {
            CTRPr r = s.addNewRPr();
            r.addNewB();
            r.addNewColor().setVal("2E7D32");
            r.addNewSz().setVal(java.math.BigInteger.valueOf(size));
            s.addNewPPr().addNewKeepNext();
        }
        styles.addStyle(new XWPFStyle(s));
    }

    private static String border(String side) {
        return "<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"2E7D32\"/>";
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BufferedImage logo = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 4; x++) {
            logo.setRGB(x, 0, 0x2E7D32);
            logo.setRGB(x, 1, 0x81C784);
        }
        ImageIO.write(logo, "png", out);
        return out.toByteArray();
    }

    /** The zip's entries by name, in order. */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The zip with one entry's text changed (or added, when absent). */
    static byte[] change(byte[] zip, String name, UnaryOperator<String> change) {
        Map<String, byte[]> entries = entries(zip);
        String old = entries.containsKey(name) ? new String(entries.get(name), StandardCharsets.UTF_8) : "";
        entries.put(name, change.apply(old).getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    static String text(byte[] zip, String name) {
        return new String(entries(zip).get(name), StandardCharsets.UTF_8);
    }
}
