package no.kriteriebank.docx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kriteriebank.render.RenderedDocument;
import no.kriteriebank.render.outline.Block;
import no.kriteriebank.render.outline.OutlinePart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A buyer's own Word template (.docx or .dotx) with marker paragraphs where the rendered tender goes:
 * {@code {{kriteriebank}}} for everything but the title block, or {@code {{kriteriebank:NAME}}} for one part
 * ({@code header}, {@code environment}, {@code qualification}, {@code specification}, {@code award},
 * {@code contract-clause}, {@code additions}, {@code documentation}). A marker may stand in the body, in a table
 * cell or in a content control, alone in its paragraph. Markers in page headers, footers, footnotes and comments
 * are not filled; each one found there is named in a warning.
 *
 * <p>The rendered parts use the template's own styles for the title, headings 1 to 3, numbered and bulleted lists
 * and tables, found by their Word names; a missing one is added from Kriteriebank's styles, with a warning. Every
 * other part of the template is copied unchanged, byte for byte (headers, footers, images, fields, tracked changes,
 * document properties); {@code word/document.xml} changes only at the markers, and {@code word/styles.xml} and
 * {@code word/numbering.xml} only by additions.
 *
 * <p>A template is untrusted input: files over 50 MB, parts that inflate over 64 MB or 200 times (zip bombs),
 * macros ({@code vbaProject.bin}, .docm, .dotm), external relationships other than hyperlinks, and document type
 * declarations are refused with a {@link DocxException}. The output never carries macros.
 *
 * <pre>{@code
 * FilledTemplate filled = WordTemplate.open(Path.of("mal.docx")).fill(renderer.render(tender, Format.TEXT));
 * Files.write(Path.of("konkurransegrunnlag.docx"), filled.bytes());
 * }</pre>
 */
public final class WordTemplate {
    /** The part names a marker may give, in document order. */
    public static final List<String> PART_NAMES = List.of("header", "environment", "qualification", "specification",
            "award", "contract-clause", "additions", "documentation");

    private static final String DOCUMENT = "word/document.xml";
    private static final String DOCUMENT_RELS = "word/_rels/document.xml.rels";
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String HYPERLINK = BuiltInParts.R + "/hyperlink";

    private final String source;
    private static final Pattern OUTSIDE_BODY = Pattern.compile(
            "word/(?:header|footer|footnotes|endnotes|comments)\\d*\\.xml");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final Map<String, byte[]> parts;

    private WordTemplate(String source, Map<String, byte[]> parts) {
        this.source = source;
        this.parts = parts;
        check();
    }

    /**
     * Opens and checks a template file.
     *
     * @param file the .docx or .dotx file
     * @return the template
     * @throws DocxException when the file cannot be read or is refused
     */
    public static WordTemplate open(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new DocxException(name + ": no such template file");
            }
            if (Files.size(file) > TemplateZip.MAX_FILE) {
                throw new DocxException(name + " is larger than " + (TemplateZip.MAX_FILE >> 20)
                        + " MB; a Word template is not");
            }
            return of(Files.readAllBytes(file), name);
        } catch (IOException e) {
            throw new DocxException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks a template given as bytes.
     *
     * @param bytes the .docx or .dotx file
     * @param source a name for messages, such as the file name
     * @return the template
     * @throws DocxException when the file is refused
     */
    public static WordTemplate of(byte[] bytes, String source) {
        return new WordTemplate(source, TemplateZip.read(bytes, source));
    }

    private void check() {
        if (!parts.containsKey(CONTENT_TYPES) || !parts.containsKey(DOCUMENT)) {
            throw new DocxException(source + " is not a Word document: it has no " + (parts.containsKey(CONTENT_TYPES)
                    ? DOCUMENT : CONTENT_TYPES));
        }
        String types = text(CONTENT_TYPES);
        for (String name : parts.keySet()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml") || lower.contains("/vba")) {
                throw macros(name);
            }
        }
        if (types.contains("macroEnabled") || types.contains("vbaProject")) {
            throw macros(CONTENT_TYPES);
        }
        for (String name : parts.keySet()) {
            if (!name.endsWith(".rels")) {
                continue;
            }
            NodeList rels = SafeXml.parse(parts.get(name), name).getElementsByTagNameNS(BuiltInParts.REL,
                    "Relationship");
            for (int i = 0; i < rels.getLength(); i++) {
                Element rel = (Element) rels.item(i);
                if ("External".equalsIgnoreCase(rel.getAttribute("TargetMode"))
                        && !HYPERLINK.equals(rel.getAttribute("Type"))) {
                    String type = rel.getAttribute("Type");
                    throw new DocxException(source + " refers to something outside the file (" + name + ": "
                            + type.substring(type.lastIndexOf('/') + 1) + " " + rel.getAttribute("Target")
                            + "); a template must be self-contained: embed it or remove the link");
                }
            }
        }
    }

    private DocxException macros(String part) {
        return new DocxException(source + " contains macros (" + part + "); macro-enabled templates (.docm, .dotm) "
                + "are refused: save the template as a Word document (.docx) or template (.dotx) without macros");
    }

    /**
     * Fills the template's markers with the rendered document.
     *
     * @param document the rendered tender or clause set (any text format; its outline is used)
     * @return the filled file and any warnings
     * @throws DocxException when the template has no marker, an unknown marker or a malformed one
     */
    public FilledTemplate fill(RenderedDocument document) {
        Objects.requireNonNull(document, "document");
        List<String> warnings = new ArrayList<>();
        String xml = text(DOCUMENT);
        List<Marker> markers = new MarkerScanner(xml).scan();
        if (markers.isEmpty()) {
            throw new DocxException(source + " has no marker: put {{kriteriebank}} (the whole tender) or "
                    + "{{kriteriebank:NAME}} (one part: " + String.join(", ", PART_NAMES)
                    + ") in a paragraph of its own");
        }
        for (Marker m : markers) {
            if (!m.name().isEmpty() && !PART_NAMES.contains(m.name())) {
                throw new DocxException(source + " has the unknown marker " + m.text() + "; known parts are "
                        + String.join(", ", PART_NAMES));
            }
        }
        warnUnfilledMarkers(warnings);
        Map<String, String> rels = relationshipTargets();
        String stylesPart = rels.get(BuiltInParts.RT_STYLES);
        String numberingPart = rels.get(BuiltInParts.RT_NUMBERING);
        Map<StyleRole, String> missing = new EnumMap<>(StyleRole.class);
        StyleIds styles = styles(stylesPart, missing);
        int[] max = numberingMax(numberingPart);
        Numbering numbering = new Numbering(max[0], max[1]);

        requireW(xml, DOCUMENT);
        List<String> fragments = new ArrayList<>();
        for (Marker m : markers) {
            List<Block> blocks = new ArrayList<>();
            if (m.name().isEmpty()) {
                document.outline().parts().stream().filter(p -> !p.name().equals("header"))
                        .forEach(p -> blocks.addAll(p.blocks()));
            } else {
                document.outline().part(m.name()).map(OutlinePart::blocks).ifPresentOrElse(blocks::addAll,
                        () -> warnings.add("the document has no " + m.name() + " part; the marker " + m.text()
                                + " was removed"));
            }
            WordBody body = new WordBody(styles, numbering).blocks(blocks);
            String fragment = body.xml();
            if (m.inCell() && (fragment.isEmpty() || body.endsWithTable())) {
                fragment += "<w:p/>\n";
            }
            if (m.sectionBreak() != null) {
                fragment += "<w:p>" + m.sectionBreak() + "</w:p>";
            }
            fragments.add(fragment);
        }
        StringBuilder filled = new StringBuilder(xml);
        for (int i = markers.size() - 1; i >= 0; i--) {
            filled.replace(markers.get(i).start(), markers.get(i).end(), fragments.get(i));
        }

        Map<String, byte[]> out = new LinkedHashMap<>(parts);
        Map<String, byte[]> added = new LinkedHashMap<>();
        out.put(DOCUMENT, filled.toString().getBytes(StandardCharsets.UTF_8));
        addStyles(stylesPart, styles.used(), missing, document, out, added, warnings);
        if (numbering.used()) {
            addNumbering(numberingPart, numbering, out, added);
        }
        String types = text(CONTENT_TYPES);
        if (types.contains("wordprocessingml.template.main+xml")) {
            // a .dotx template: the filled file is a document
            out.put(CONTENT_TYPES, types.replace("wordprocessingml.template.main+xml",
                    "wordprocessingml.document.main+xml").getBytes(StandardCharsets.UTF_8));
        }
        PackageWriter writer = new PackageWriter();
        out.forEach(writer::put);
        added.forEach(writer::put);
        return new FilledTemplate(writer.toBytes(), warnings);
    }

    private StyleIds styles(String stylesPart, Map<StyleRole, String> missing) {
        Map<String, String> byName = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        if (stylesPart != null && parts.containsKey(stylesPart)) {
            NodeList list = SafeXml.parse(parts.get(stylesPart), stylesPart).getElementsByTagNameNS(BuiltInParts.W,
                    "style");
            for (int i = 0; i < list.getLength(); i++) {
                Element style = (Element) list.item(i);
                String id = style.getAttributeNS(BuiltInParts.W, "styleId");
                ids.add(id);
                NodeList names = style.getElementsByTagNameNS(BuiltInParts.W, "name");
                if (names.getLength() > 0) {
                    byName.putIfAbsent(((Element) names.item(0)).getAttributeNS(BuiltInParts.W, "val")
                            .toLowerCase(Locale.ROOT), id);
                }
            }
        }
        Map<StyleRole, String> chosen = new EnumMap<>(StyleRole.class);
        for (StyleRole role : StyleRole.values()) {
            String id = byName.get(role.wordName().toLowerCase(Locale.ROOT));
            if (id == null) {
                id = ids.contains(role.defaultId()) ? "Kriteriebank" + role.defaultId() : role.defaultId();
                missing.put(role, id);
            }
            chosen.put(role, id);
        }
        return new StyleIds(chosen);
    }

    private void addStyles(String stylesPart, Set<StyleRole> used, Map<StyleRole, String> missing,
            RenderedDocument document, Map<String, byte[]> out, Map<String, byte[]> added, List<String> warnings) {
        if (stylesPart == null || !parts.containsKey(stylesPart)) {
            warnings.add(source + " has no styles; Kriteriebank's own were added");
            added.put("word/styles.xml", BuiltInParts.styles(document.language()).getBytes(StandardCharsets.UTF_8));
            addPart("word/styles.xml", BuiltInParts.CT_STYLES, BuiltInParts.RT_STYLES, "styles.xml", out);
            return;
        }
        StringBuilder definitions = new StringBuilder();
        for (StyleRole role : used) {
            if (missing.containsKey(role)) {
                definitions.append(role.xml(missing.get(role)));
                if (!role.ours()) {
                    warnings.add(source + " has no style \"" + role.wordName() + "\"; Kriteriebank's own was added");
                }
            }
        }
        if (definitions.length() == 0) {
            return;
        }
        String xml = text(stylesPart);
        requireW(xml, stylesPart);
        String insert = definitions.toString();
        out.put(stylesPart, insertAtEnd(xml, "w:styles", insert, stylesPart).getBytes(StandardCharsets.UTF_8));
    }

    private void addNumbering(String numberingPart, Numbering numbering, Map<String, byte[]> out,
            Map<String, byte[]> added) {
        if (numberingPart == null || !parts.containsKey(numberingPart)) {
            String name = parts.containsKey("word/numbering.xml") ? "word/kriteriebank-numbering.xml"
                    : "word/numbering.xml";
            added.put(name, BuiltInParts.numbering(numbering).getBytes(StandardCharsets.UTF_8));
            addPart(name, BuiltInParts.CT_NUMBERING, BuiltInParts.RT_NUMBERING, name.substring("word/".length()),
                    out);
            return;
        }
        String xml = text(numberingPart);
        requireW(xml, numberingPart);
        String abstracts = numbering.abstractNums();
        String nums = numbering.nums();
        String withNums = insertAtEnd(xml, "w:numbering", nums, numberingPart);
        Matcher firstNum = Pattern.compile("<w:num[\\s>/]").matcher(withNums);
        int at = firstNum.find() ? firstNum.start() : withNums.lastIndexOf("</w:numbering>");
        out.put(numberingPart, new StringBuilder(withNums).insert(at, abstracts).toString()
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Inserts before the root's end tag, opening a root written as an empty element ({@code <w:styles/>}). */
    private String insertAtEnd(String xml, String root, String insert, String part) {
        int at = xml.lastIndexOf("</" + root + ">");
        if (at >= 0) {
            return new StringBuilder(xml).insert(at, insert).toString();
        }
        Matcher empty = Pattern.compile("<" + Pattern.quote(root) + "(\\s[^>]*)?/>").matcher(xml);
        if (!empty.find()) {
            throw new DocxException(source + ": " + part + " has no " + root + " element; the file is damaged");
        }
        String open = empty.group().substring(0, empty.group().length() - 2) + ">";
        return xml.substring(0, empty.start()) + open + insert + "</" + root + ">" + xml.substring(empty.end());
    }

    /** Registers a new part of the main document: a content type override and a relationship. */
    private void addPart(String name, String contentType, String relType, String target, Map<String, byte[]> out) {
        String types = new String(out.get(CONTENT_TYPES), StandardCharsets.UTF_8);
        int t = types.lastIndexOf("</Types>");
        if (t < 0) {
            throw new DocxException(source + ": " + CONTENT_TYPES + " has no end tag; the file is damaged");
        }
        out.put(CONTENT_TYPES, new StringBuilder(types).insert(t, "<Override PartName=\"/" + name
                + "\" ContentType=\"" + contentType + "\"/>").toString().getBytes(StandardCharsets.UTF_8));
        String rel = "<Relationship Id=\"rIdKriteriebank" + (name.contains("styles") ? 1 : 2) + "\" Type=\""
                + relType + "\" Target=\"" + target + "\"/>";
        byte[] existing = out.get(DOCUMENT_RELS);
        String rels = existing == null ? BuiltInParts.XML_DECLARATION + "<Relationships xmlns=\"" + BuiltInParts.REL
                + "\"></Relationships>" : new String(existing, StandardCharsets.UTF_8);
        int r = rels.lastIndexOf("</Relationships>");
        if (r < 0) {
            throw new DocxException(source + ": " + DOCUMENT_RELS + " has no end tag; the file is damaged");
        }
        out.put(DOCUMENT_RELS, new StringBuilder(rels).insert(r, rel).toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Relationship type → part name, for the main document's internal relationships. */
    private Map<String, String> relationshipTargets() {
        Map<String, String> targets = new LinkedHashMap<>();
        if (!parts.containsKey(DOCUMENT_RELS)) {
            return targets;
        }
        NodeList rels = SafeXml.parse(parts.get(DOCUMENT_RELS), DOCUMENT_RELS)
                .getElementsByTagNameNS(BuiltInParts.REL, "Relationship");
        for (int i = 0; i < rels.getLength(); i++) {
            Element rel = (Element) rels.item(i);
            String target = rel.getAttribute("Target");
            String part = target.startsWith("/") ? target.substring(1) : "word/" + target;
            targets.putIfAbsent(rel.getAttribute("Type"), part);
        }
        return targets;
    }

    /** The highest abstract numbering id and numbering id the template uses. */
    private int[] numberingMax(String numberingPart) {
        int[] max = {0, 0};
        if (numberingPart == null || !parts.containsKey(numberingPart)) {
            return max;
        }
        Document d = SafeXml.parse(parts.get(numberingPart), numberingPart);
        max[0] = maxAttribute(d, "abstractNum", "abstractNumId");
        max[1] = maxAttribute(d, "num", "numId");
        return max;
    }

    private static int maxAttribute(Document d, String element, String attribute) {
        int max = 0;
        NodeList list = d.getElementsByTagNameNS(BuiltInParts.W, element);
        for (int i = 0; i < list.getLength(); i++) {
            try {
                max = Math.max(max, Integer.parseInt(((Element) list.item(i)).getAttributeNS(BuiltInParts.W,
                        attribute).strip()));
            } catch (NumberFormatException e) {
                // not a number: Word would not open it either; it cannot collide with ours
            }
        }
        return max;
    }

    /** Word binds the WordprocessingML namespace to {@code w}; the parts written here assume it. */
    private void requireW(String xml, String part) {
        if (!MarkerScanner.prefix(xml).equals("w")) {
            throw new DocxException(source + ": " + part + " does not use the prefix w: for WordprocessingML, as Word "
                    + "writes it; open the template in Word and save it again");
        }
    }

    /**
     * Markers are filled only in the body. One typed into a page header or footer, a footnote or a comment would
     * otherwise reach the buyer's document unnoticed, so each is named in a warning (the part is still copied as it
     * is).
     */
    private void warnUnfilledMarkers(List<String> warnings) {
        for (String name : parts.keySet()) {
            if (OUTSIDE_BODY.matcher(name).matches()) {
                String joined = XmlText.unescape(TAG.matcher(text(name)).replaceAll(""));
                Matcher m = MarkerScanner.MARKER.matcher(joined);
                if (m.find()) {
                    warnings.add(source + ": the marker " + m.group() + " in " + name + " is left as it is; markers "
                            + "are filled only in the body of the document, not in page headers, footers, footnotes or "
                            + "comments");
                }
            }
        }
    }

    private String text(String part) {
        byte[] bytes = parts.get(part);
        String head = new String(bytes, 0, Math.min(bytes.length, 100), StandardCharsets.ISO_8859_1);
        Matcher enc = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']+)").matcher(head);
        if (enc.find() && !enc.group(1).equalsIgnoreCase("UTF-8")) {
            throw new DocxException(source + ": " + part + " is encoded as " + enc.group(1)
                    + "; only UTF-8, as Word writes, is supported");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return source;
    }
}
