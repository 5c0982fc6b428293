package no.kriteriebank.export;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes indented XML into a string, the same bytes for the same calls on every machine: two spaces per level,
 * {@code \n} line ends, attributes in the order given. Text is escaped; characters XML 1.0 cannot carry (control
 * characters other than tab and line ends) are left out.
 */
final class XmlWriter {
    private final StringBuilder out = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element; attributes come as name, value pairs. */
    XmlWriter start(String name, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        out.append(">\n");
        open.push(name);
        return this;
    }

    /** Closes the innermost open element. */
    XmlWriter end() {
        String name = open.pop();
        indent().append("</").append(name).append(">\n");
        return this;
    }

    /** Writes an element with text content; attributes come as name, value pairs. */
    XmlWriter element(String name, String text, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        out.append('>');
        escape(text, false);
        out.append("</").append(name).append(">\n");
        return this;
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private StringBuilder indent() {
        for (int i = 0; i < open.size(); i++) {
            out.append("  ");
        }
        return out;
    }

    private void attributes(String... attributes) {
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true);
            out.append('"');
        }
    }

    private void escape(String text, boolean attribute) {
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append(attribute ? "&quot;" : "\"");
                    break;
                case '\r':
                    out.append("&#13;");
                    break;
                case '\n':
                case '\t':
                    out.append(attribute ? "&#" + c + ";" : Character.toString(c));
                    break;
                default:
                    if (c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
            }
        });
    }
}
