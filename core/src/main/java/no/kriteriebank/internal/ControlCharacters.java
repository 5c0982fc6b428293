package no.kriteriebank.internal;

/**
 * Control characters: the C0 set except tab, line feed and carriage return, DEL, and the C1 set. None of them belongs
 * in tender text, and printed raw they can drive a terminal (ESC sequences) or hide text. Internal.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /**
     * Whether a character is a control character in this sense.
     *
     * @param c the character
     * @return whether it is one
     */
    public static boolean is(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }

    /**
     * The index of the first control character.
     *
     * @param text the text
     * @return its index, or -1 when there is none
     */
    public static int first(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (is(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A character's name for messages, such as {@code U+001B (ESC)}.
     *
     * @param c the character
     * @return its code point and, for the common ones, its name
     */
    public static String name(int c) {
        String code = String.format(java.util.Locale.ROOT, "U+%04X", c);
        String name = switch (c) {
            case 0 -> "NUL";
            case 7 -> "BEL";
            case 8 -> "BS";
            case 0x1B -> "ESC";
            case 0x7F -> "DEL";
            default -> null;
        };
        return name == null ? code : code + " (" + name + ")";
    }

    /**
     * The text with each control character written as a visible escape such as <code>&#92;u001B</code>, for diagnostics on a
     * terminal.
     *
     * @param text the text, or null
     * @return the text with control characters made visible
     */
    public static String escape(String text) {
        if (text == null || first(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (is(c)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The text with each control character replaced by U+FFFD, the replacement character, for documents: what the
     * reader sees marks the spot, and no control character reaches a file or terminal.
     *
     * @param text the text
     * @return the text without control characters
     */
    public static String replace(String text) {
        if (first(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(is(c) ? '\uFFFD' : c);
        }
        return out.toString();
    }
}
