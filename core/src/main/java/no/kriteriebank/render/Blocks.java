package no.kriteriebank.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a text into paragraphs and bullet lists for the layouts: a blank line ends a paragraph, a line starting with
 * {@code - } is a bullet, other lines of a paragraph are joined with a space.
 */
final class Blocks {
    private Blocks() {
    }

    /** The blocks as template data: {@code {type: "p", text}} or {@code {type: "ul", items: [...]}}. */
    static List<Map<String, Object>> of(String text) {
        List<Map<String, Object>> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        StringBuilder paragraph = new StringBuilder();
        List<String> items = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(blocks, paragraph, items);
            } else if (line.startsWith("- ")) {
                flushParagraph(blocks, paragraph);
                items.add(line.substring(2).strip());
            } else if (!items.isEmpty() && raw.startsWith("  ")) {
                int last = items.size() - 1;
                items.set(last, items.get(last) + " " + line);
            } else {
                flushItems(blocks, items);
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        flush(blocks, paragraph, items);
        return blocks;
    }

    private static void flush(List<Map<String, Object>> blocks, StringBuilder paragraph, List<String> items) {
        flushParagraph(blocks, paragraph);
        flushItems(blocks, items);
    }

    private static void flushParagraph(List<Map<String, Object>> blocks, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("type", "p");
            p.put("text", paragraph.toString());
            blocks.add(p);
            paragraph.setLength(0);
        }
    }

    private static void flushItems(List<Map<String, Object>> blocks, List<String> items) {
        if (!items.isEmpty()) {
            Map<String, Object> ul = new LinkedHashMap<>();
            ul.put("type", "ul");
            ul.put("items", List.copyOf(items));
            blocks.add(ul);
            items.clear();
        }
    }

    /** The blocks back as plain text: paragraphs separated by blank lines, bullets as {@code - item}. */
    static String plain(List<Map<String, Object>> blocks) {
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> b : blocks) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            if ("p".equals(b.get("type"))) {
                out.append(b.get("text"));
            } else {
                @SuppressWarnings("unchecked")
                List<String> items = (List<String>) b.get("items");
                out.append(String.join("\n", items.stream().map(i -> "- " + i).toList()));
            }
        }
        return out.toString();
    }
}
