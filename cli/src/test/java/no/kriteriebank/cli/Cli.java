package no.kriteriebank.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the command line in-process and captures what it prints, as the tests' one way in. */
final class Cli {
    private Cli() {
    }

    /**
     * The outcome of one run.
     *
     * @param exit the exit code
     * @param out what went to stdout
     * @param err what went to stderr
     */
    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Runs with an empty environment and no terminal. */
    static Result run(String... args) {
        return run(Map.of(), false, args);
    }

    /** Runs with the given environment, as if the output were ({@code terminal}) or were not a terminal. */
    static Result run(Map<String, String> env, boolean terminal, String... args) {
        return run(env, terminal, false, args);
    }

    /** Runs as if stdout ({@code terminal}) and stderr ({@code errTerminal}) were or were not terminals. */
    static Result run(Map<String, String> env, boolean terminal, boolean errTerminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = KriteriebankCli.run(new PrintWriter(out), new PrintWriter(err), env, terminal, errTerminal, null,
                args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** Runs as the command line's process does, with the warm-up it starts for the command named. */
    static Result runWarm(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = KriteriebankCli.run(new PrintWriter(out), new PrintWriter(err), Map.of(), false, false,
                Warmup.start(args), args);
        return new Result(exit, out.toString(), err.toString());
    }
}
