package no.kriteriebank.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An output format of the renderer. Each format has its own layout templates ({@code document.<suffix>}) and its own
 * escaping of user text. New formats are added as new constants, so callers that pass a {@code Format} keep working.
 */
public final class Format {
    /** Plain UTF-8 text; nothing is escaped. */
    public static final Format TEXT = new Format("text", "txt", "txt.ftl");
    /** CommonMark; user text is escaped so it never turns into markup. */
    public static final Format MARKDOWN = new Format("markdown", "md", "md.ftl");
    /** HTML5; user text is escaped, no scripts or inline styles are produced. */
    public static final Format HTML = new Format("html", "html", "html.ftlh");

    private static final List<Format> ALL = List.of(TEXT, MARKDOWN, HTML);

    private final String name;
    private final String extension;
    private final String layoutSuffix;

    private Format(String name, String extension, String layoutSuffix) {
        this.name = name;
        this.extension = extension;
        this.layoutSuffix = layoutSuffix;
    }

    /** {@return the format's name as the command line takes it: {@code text}, {@code markdown}, {@code html}} */
    public String name() {
        return name;
    }

    /** {@return the usual file extension, without the dot} */
    public String extension() {
        return extension;
    }

    /** The layout template name for a layout, e.g. {@code document.html.ftlh}. */
    String layout(String base) {
        return base + "." + layoutSuffix;
    }

    /** {@return all formats} */
    public static List<Format> values() {
        return ALL;
    }

    /**
     * The format with this name or extension ({@code md}, {@code txt}), ignoring case.
     *
     * @param name a format name or file extension
     * @return the format, or empty when none matches
     */
    public static Optional<Format> parse(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(f -> f.name.equals(n) || f.extension.equals(n)).findFirst();
    }

    @Override
    public String toString() {
        return name;
    }
}
