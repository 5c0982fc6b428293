package no.kriteriebank.cli;

import java.io.PrintWriter;
import java.util.Map;

/**
 * Where a command writes and how: results to {@link #out()}, diagnostics to {@link #err()}, in the {@link #style()}
 * the environment allows. One per run, so the whole application can run in-process with its own streams.
 */
final class Terminal {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final Style style;
    private final boolean errIsTerminal;

    Terminal(PrintWriter out, PrintWriter err, Map<String, String> env, boolean isTerminal) {
        this(out, err, env, isTerminal, false);
    }

    Terminal(PrintWriter out, PrintWriter err, Map<String, String> env, boolean isTerminal, boolean errIsTerminal) {
        this.out = out;
        this.err = err;
        this.env = Map.copyOf(env);
        this.style = Style.detect(isTerminal, this.env);
        this.errIsTerminal = errIsTerminal;
    }

    /** Whether diagnostics go to a terminal (not a file or pipe), where a progress line may be redrawn. */
    boolean errIsTerminal() {
        return errIsTerminal;
    }

    /** Results: lists, documents, JSON. */
    PrintWriter out() {
        return out;
    }

    /** Diagnostics: problems, errors, notices. */
    PrintWriter err() {
        return err;
    }

    /** The process environment (or the one a test passes in). */
    Map<String, String> env() {
        return env;
    }

    /** Colours, when allowed. */
    Style style() {
        return style;
    }

    /** Prints {@code command: message} on the diagnostics stream, the form every command error takes. */
    void error(String command, String message) {
        err.println(style.red(command + ":") + " " + message);
    }
}
