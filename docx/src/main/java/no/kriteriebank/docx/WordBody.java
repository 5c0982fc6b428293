package no.kriteriebank.docx;

import java.util.ArrayList;
import java.util.List;
import no.kriteriebank.render.outline.Block;
import no.kriteriebank.render.outline.Heading;
import no.kriteriebank.render.outline.ItemList;
import no.kriteriebank.render.outline.Paragraph;
import no.kriteriebank.render.outline.Span;
import no.kriteriebank.render.outline.Table;

/**
 * Writes outline blocks as WordprocessingML body elements ({@code w:p}, {@code w:tbl}), one element per line so
 * that golden files diff well. Styles and list numbering come from the document or template being written.
 */
final class WordBody {
    /** The text width of an A4 page with 2.5 cm margins, in twentieths of a point. */
    static final int TEXT_WIDTH = 9072;
    /** A generous width of one character of 11 pt text, and the cell's left and right margins, in twips. */
    private static final int CHAR_WIDTH = 100;
    private static final int CELL_PADDING = 240;

    private final StyleIds styles;
    private final Numbering numbering;
    private final StringBuilder out = new StringBuilder();
    /** Whether the last block was a table or a list: the next paragraph then keeps some distance from it. */
    private boolean afterTable;

    WordBody(StyleIds styles, Numbering numbering) {
        this.styles = styles;
        this.numbering = numbering;
    }

    WordBody blocks(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                heading(h);
            } else if (b instanceof Paragraph p) {
                paragraph(p, style(p.role()), -1);
            } else if (b instanceof ItemList l) {
                list(l);
            } else if (b instanceof Table t) {
                table(t);
            }
        }
        return this;
    }

    /** Whether the last element written is a table, after which a table cell still needs a paragraph. */
    boolean endsWithTable() {
        return out.length() > 0 && out.lastIndexOf("</w:tbl>\n") == out.length() - "</w:tbl>\n".length();
    }

    String xml() {
        return out.toString();
    }

    private void heading(Heading h) {
        StyleRole role = switch (h.level()) {
            case 0 -> StyleRole.TITLE;
            case 1 -> StyleRole.HEADING1;
            case 2 -> StyleRole.HEADING2;
            default -> StyleRole.HEADING3;
        };
        afterTable = false; // a heading has its own space above
        paragraph(Paragraph.of(h.text()), styles.id(role), -1);
    }

    private String style(Paragraph.Role role) {
        return switch (role) {
            case REFERENCE -> styles.id(StyleRole.REFERENCE);
            case GUIDANCE -> styles.id(StyleRole.GUIDANCE);
            default -> null;
        };
    }

    private void list(ItemList l) {
        int num = l.numbered() ? numbering.numbered() : numbering.bullet();
        String style = styles.id(l.numbered() ? StyleRole.LIST_NUMBER : StyleRole.LIST_BULLET);
        for (Paragraph item : l.items()) {
            paragraph(item, style, num);
        }
        afterTable = true; // list items sit close together; the paragraph after the list does not
    }

    private void paragraph(Paragraph p, String style, int numId) {
        out.append("<w:p>");
        boolean spaced = afterTable;
        afterTable = false;
        if (style != null || numId >= 0 || spaced) {
            out.append("<w:pPr>");
            if (style != null) {
                out.append("<w:pStyle w:val=\"").append(XmlText.escape(style)).append("\"/>");
            }
            if (numId >= 0) {
                out.append("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"").append(numId).append("\"/></w:numPr>");
            }
            if (spaced) {
                out.append("<w:spacing w:before=\"200\"/>");
            }
            out.append("</w:pPr>");
        }
        boolean note = p.role() == Paragraph.Role.NOTE;
        for (Span s : p.spans()) {
            runs(s.text(), s.strong(), s.emphasis() || note);
        }
        out.append("</w:p>\n");
    }

    private void runs(String text, boolean strong, boolean emphasis) {
        if (text.isEmpty()) {
            return;
        }
        out.append("<w:r>");
        if (strong || emphasis) {
            out.append("<w:rPr>").append(strong ? "<w:b/>" : "").append(emphasis ? "<w:i/>" : "").append("</w:rPr>");
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<w:br/>");
            }
            if (!lines[i].isEmpty()) {
                out.append("<w:t xml:space=\"preserve\">").append(XmlText.escape(lines[i])).append("</w:t>");
            }
        }
        out.append("</w:r>");
    }

    private void table(Table t) {
        int[] widths = widths(t);
        out.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"").append(XmlText.escape(styles.id(StyleRole.TABLE)))
                .append("\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\""
                        + " w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/>"
                        + "</w:tblPr><w:tblGrid>");
        for (int w : widths) {
            out.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        out.append("</w:tblGrid>\n");
        if (!t.header().isEmpty()) {
            row(strong(t.header()), widths, true);
        }
        for (List<Paragraph> r : t.rows()) {
            row(r, widths, false);
        }
        if (!t.footer().isEmpty()) {
            row(strong(t.footer()), widths, false);
        }
        out.append("</w:tbl>\n");
        afterTable = true;
    }

    private static List<Paragraph> strong(List<String> cells) {
        List<Paragraph> row = new ArrayList<>();
        for (String c : cells) {
            row.add(new Paragraph(List.of(Span.strong(c)), Paragraph.Role.BODY));
        }
        return row;
    }

    private void row(List<Paragraph> cells, int[] widths, boolean header) {
        out.append("<w:tr>");
        if (header) {
            out.append("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        } else {
            out.append("<w:trPr><w:cantSplit/></w:trPr>");
        }
        for (int i = 0; i < cells.size(); i++) {
            out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths[i]).append("\" w:type=\"dxa\"/>");
            if (header) {
                out.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"DEE6F2\"/>");
            }
            out.append("</w:tcPr>");
            paragraph(cells.get(i), null, -1);
            out.setLength(out.length() - 1); // keep a row on one line
            out.append("</w:tc>");
        }
        out.append("</w:tr>\n");
    }

    /**
     * Column widths: each column at least as wide as its longest word (so "kontraktsperioden" or "100 %" never
     * breaks), the rest of the text width shared in proportion to the columns' average text length.
     */
    private static int[] widths(Table t) {
        int n = t.columns();
        int[] min = new int[n];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            List<String> texts = new ArrayList<>();
            if (!t.header().isEmpty()) {
                texts.add(t.header().get(i));
            }
            for (List<Paragraph> r : t.rows()) {
                texts.add(r.get(i).text());
            }
            if (!t.footer().isEmpty()) {
                texts.add(t.footer().get(i));
            }
            int longestWord = 0;
            double total = 0;
            for (String text : texts) {
                for (String word : text.split("[\\s\u00a0/]+")) {
                    longestWord = Math.max(longestWord, word.length() + (text.contains("\u00a0") ? 2 : 0));
                }
                total += text.length();
            }
            min[i] = Math.min(TEXT_WIDTH / 2, longestWord * CHAR_WIDTH + CELL_PADDING);
            weight[i] = Math.max(4, Math.min(60, total / Math.max(1, texts.size())));
        }
        int minSum = 0;
        double weightSum = 0;
        for (int i = 0; i < n; i++) {
            minSum += min[i];
            weightSum += weight[i];
        }
        int[] widths = new int[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            int w = minSum >= TEXT_WIDTH ? (int) Math.round((double) TEXT_WIDTH * min[i] / minSum)
                    : min[i] + (int) Math.round((TEXT_WIDTH - minSum) * weight[i] / weightSum);
            widths[i] = i == n - 1 ? TEXT_WIDTH - given : w;
            given += widths[i];
        }
        return widths;
    }
}
