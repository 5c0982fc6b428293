package no.kriteriebank.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds marker paragraphs in the XML text of {@code word/document.xml} without rewriting it: a light scan over tags
 * that joins the text of each paragraph's runs (Word often splits a typed marker over several runs) and records
 * where the paragraph starts and ends, so the rest of the file can be kept byte for byte. Paragraphs in tables,
 * content controls and text boxes are found too.
 */
final class MarkerScanner {
    static final Pattern MARKER = Pattern.compile("\\{\\{\\s*kriteriebank\\s*(?::\\s*([A-Za-z-]*)\\s*)?}}");

    private final String xml;
    private final String p;
    private final String t;
    private final String tc;
    private final String pPr;
    private final String sectPr;

    MarkerScanner(String xml) {
        this.xml = xml;
        String prefix = prefix(xml);
        String q = prefix.isEmpty() ? "" : prefix + ":";
        this.p = q + "p";
        this.t = q + "t";
        this.tc = q + "tc";
        this.pPr = q + "pPr";
        this.sectPr = q + "sectPr";
    }

    /** The prefix the document binds to the WordprocessingML namespace ({@code w} in every Word file). */
    static String prefix(String xml) {
        Matcher m = Pattern.compile("xmlns(?::([A-Za-z_][\\w.-]*))?\\s*=\\s*[\"']"
                + Pattern.quote(BuiltInParts.W) + "[\"']").matcher(xml);
        if (!m.find()) {
            throw new DocxException("word/document.xml does not use the WordprocessingML namespace; not a Word file");
        }
        return m.group(1) == null ? "" : m.group(1);
    }

    private static final class Open {
        final int start;
        final StringBuilder text = new StringBuilder();
        int pPrStart = -1;
        int pPrEnd = -1;
        boolean sectionBreak;
        final boolean inCell;

        Open(int start, boolean inCell) {
            this.start = start;
            this.inCell = inCell;
        }
    }

    List<Marker> scan() {
        List<Marker> markers = new ArrayList<>();
        Deque<Open> paragraphs = new ArrayDeque<>();
        int cells = 0;
        int i = xml.indexOf('<');
        while (i >= 0 && i < xml.length()) {
            if (xml.startsWith("<!--", i)) {
                i = next(xml.indexOf("-->", i), 3);
                continue;
            }
            if (xml.startsWith("<![CDATA[", i)) {
                i = next(xml.indexOf("]]>", i), 3);
                continue;
            }
            if (xml.startsWith("<?", i)) {
                i = next(xml.indexOf("?>", i), 2);
                continue;
            }
            if (xml.startsWith("<!", i)) {
                throw new DocxException("word/document.xml has a document type declaration; refused (entity bombs)");
            }
            int end = tagEnd(i);
            boolean closing = xml.charAt(i + 1) == '/';
            boolean empty = xml.charAt(end - 1) == '/';
            String name = name(closing ? i + 2 : i + 1);
            Open current = paragraphs.peek();
            if (closing) {
                if (name.equals(p) && current != null) {
                    paragraphs.pop();
                    marker(current, end + 1).ifPresent(markers::add);
                } else if (name.equals(tc)) {
                    cells--;
                } else if (name.equals(pPr) && current != null && current.pPrStart >= 0 && current.pPrEnd < 0) {
                    current.pPrEnd = end + 1;
                }
            } else if (name.equals(p) && !empty) {
                paragraphs.push(new Open(i, cells > 0));
            } else if (name.equals(tc) && !empty) {
                cells++;
            } else if (name.equals(pPr) && current != null && current.pPrStart < 0 && !empty) {
                current.pPrStart = i;
            } else if (name.equals(sectPr) && current != null) {
                current.sectionBreak = true;
            } else if (name.equals(t) && !empty && current != null) {
                int close = xml.indexOf('<', end + 1);
                if (close < 0) {
                    break;
                }
                current.text.append(XmlText.unescape(xml.substring(end + 1, close)));
                i = close;
                continue;
            }
            i = xml.indexOf('<', end + 1);
        }
        return markers;
    }

    private java.util.Optional<Marker> marker(Open paragraph, int end) {
        String text = paragraph.text.toString();
        if (!text.contains("{{") || !text.toLowerCase(java.util.Locale.ROOT).replace(" ", "").contains("kriteriebank")) {
            return java.util.Optional.empty();
        }
        Matcher m = MARKER.matcher(text);
        if (!m.find()) {
            throw new DocxException("the template has a malformed marker in the paragraph \"" + shorten(text)
                    + "\"; write {{kriteriebank}} or {{kriteriebank:SECTION}}");
        }
        if (!text.strip().equals(m.group())) {
            throw new DocxException("the marker " + m.group() + " must stand alone in its paragraph, not in \""
                    + shorten(text) + "\"");
        }
        String name = m.group(1) == null ? "" : m.group(1).strip();
        String keep = paragraph.sectionBreak && paragraph.pPrStart >= 0 && paragraph.pPrEnd > 0
                ? xml.substring(paragraph.pPrStart, paragraph.pPrEnd) : null;
        return java.util.Optional.of(new Marker(name, paragraph.start, end, paragraph.inCell, keep));
    }

    private static String shorten(String text) {
        String s = text.strip();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    private int next(int found, int length) {
        if (found < 0) {
            throw new DocxException("word/document.xml ends inside a comment or declaration; the file is damaged");
        }
        return xml.indexOf('<', found + length);
    }

    /** The offset of the {@code >} that ends the tag starting at {@code start}, skipping quoted attribute values. */
    private int tagEnd(int start) {
        char quote = 0;
        for (int j = start + 1; j < xml.length(); j++) {
            char c = xml.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j;
            }
        }
        throw new DocxException("word/document.xml ends inside a tag; the file is damaged");
    }

    private String name(int from) {
        int j = from;
        while (j < xml.length()) {
            char c = xml.charAt(j);
            if (Character.isWhitespace(c) || c == '/' || c == '>') {
                break;
            }
            j++;
        }
        return xml.substring(from, j);
    }
}
