package no.kriteriebank.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * CommonMark as a FreeMarker markup output format, so that {@code ${...}} in Markdown layouts escapes user text the
 * way {@code .ftlh} escapes HTML. FreeMarker 2.3.35 has none built in.
 */
final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Model> {
    static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    private MarkdownOutputFormat() {
    }

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escape(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Model(plainTextContent, markupContent);
    }

    /**
     * Escapes text for inline use: backslash-escapes the characters that start emphasis, code, links, HTML, tables
     * and entity references, and the characters that open a block at the start of a line. Line breaks become spaces,
     * since a value is always inline.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        String t = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|': case '&':
                case '~': case '!':
                    out.append('\\').append(c);
                    break;
                case '#': case '-': case '+': case '=':
                    if (out.length() == 0) {
                        out.append('\\');
                    }
                    out.append(c);
                    break;
                case '.': case ')':
                    if (i > 0 && allDigits(t, i) && (i + 1 == t.length() || t.charAt(i + 1) == ' ')) {
                        out.append('\\');
                    }
                    out.append(c);
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether everything before position {@code end} is digits, i.e. the text would open an ordered list. */
    private static boolean allDigits(String t, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Markdown that is already escaped. */
    static final class Model extends CommonTemplateMarkupOutputModel<Model> {
        Model(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public MarkdownOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
