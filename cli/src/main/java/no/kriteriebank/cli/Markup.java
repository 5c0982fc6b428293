package no.kriteriebank.cli;

import java.util.List;
import no.kriteriebank.render.Format;

/**
 * Lays out {@link CriterionDetails} in a document format, escaping text for it: plain text, Markdown (CommonMark) or
 * an HTML fragment that follows the clause's {@code <article>}.
 */
enum Markup {
    /** Plain text: underlined headings, dashed lists. */
    TEXT {
        @Override
        String section(CriterionDetails.Section section) {
            StringBuilder out = new StringBuilder("\n").append(section.heading()).append('\n')
                    .append("-".repeat(section.heading().length())).append('\n');
            for (CriterionDetails.Item item : section.items()) {
                out.append("- ").append(item.lead());
                if (item.text() != null) {
                    out.append(": ").append(item.text());
                }
                if (item.url() != null) {
                    out.append("\n  ").append(item.url());
                }
                out.append('\n');
            }
            return out.toString();
        }
    },
    /** CommonMark: level-4 headings below the clause's level-3 title, lists with bold leads and links. */
    MARKDOWN {
        @Override
        String section(CriterionDetails.Section section) {
            StringBuilder out = new StringBuilder("\n#### ").append(escapeMarkdown(section.heading())).append("\n\n");
            for (CriterionDetails.Item item : section.items()) {
                out.append("- ");
                if (item.url() != null) {
                    out.append('[').append(escapeMarkdown(item.lead())).append("](<")
                            .append(item.url().replace("<", "%3C").replace(">", "%3E")).append(">)");
                } else {
                    out.append("**").append(escapeMarkdown(item.lead())).append("**");
                }
                if (item.text() != null) {
                    out.append(": ").append(escapeMarkdown(item.text()));
                }
                out.append('\n');
            }
            return out.toString();
        }
    },
    /** An HTML fragment: a {@code <section>} per section, with escaped text and links. */
    HTML {
        @Override
        String section(CriterionDetails.Section section) {
            StringBuilder out = new StringBuilder("<section class=\"criterion-details\">\n<h4>")
                    .append(escapeHtml(section.heading())).append("</h4>\n<ul>\n");
            for (CriterionDetails.Item item : section.items()) {
                out.append("<li>");
                if (item.url() != null) {
                    out.append("<a href=\"").append(escapeHtml(item.url())).append("\">")
                            .append(escapeHtml(item.lead())).append("</a>");
                } else {
                    out.append("<strong>").append(escapeHtml(item.lead())).append("</strong>");
                }
                if (item.text() != null) {
                    out.append(": ").append(escapeHtml(item.text()));
                }
                out.append("</li>\n");
            }
            return out.append("</ul>\n</section>\n").toString();
        }
    };

    /** One section laid out, starting with the separation from what comes before it. */
    abstract String section(CriterionDetails.Section section);

    /** All sections laid out. */
    String sections(List<CriterionDetails.Section> sections) {
        StringBuilder out = new StringBuilder();
        sections.forEach(s -> out.append(section(s)));
        return out.toString();
    }

    /** The markup for a document format. */
    static Markup of(Format format) {
        if (format == Format.HTML) {
            return HTML;
        }
        return format == Format.MARKDOWN ? MARKDOWN : TEXT;
    }

    static String escapeMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>|~&#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
