package no.kriteriebank.cli;

import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/**
 * Colours and emphasis for terminal output, or none at all. Colour is used only when the output is a terminal and the
 * {@code NO_COLOR} environment variable (<a href="https://no-color.org">no-color.org</a>) is not set to a non-empty
 * value; documents are never coloured.
 */
final class Style {
    private static final String RESET = "\u001B[0m";

    private final boolean enabled;

    private Style(boolean enabled) {
        this.enabled = enabled;
    }

    /** The style for a process whose output is ({@code terminal}) or is not a terminal, in this environment. */
    static Style detect(boolean terminal, Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        return new Style(terminal && (noColor == null || noColor.isEmpty()));
    }

    /** Whether colours are on. */
    boolean enabled() {
        return enabled;
    }

    /** The matching setting for picocli's own help and error output. */
    Ansi ansi() {
        return enabled ? Ansi.ON : Ansi.OFF;
    }

    String bold(String text) {
        return wrap("\u001B[1m", text);
    }

    String red(String text) {
        return wrap("\u001B[31m", text);
    }

    String green(String text) {
        return wrap("\u001B[32m", text);
    }

    String yellow(String text) {
        return wrap("\u001B[33m", text);
    }

    private String wrap(String code, String text) {
        return enabled ? code + text + RESET : text;
    }
}
