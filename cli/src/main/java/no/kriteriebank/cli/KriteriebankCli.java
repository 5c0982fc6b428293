package no.kriteriebank.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/**
 * The {@code kriteriebank} command line. {@link #main(String...)} runs it as a program; {@link #run(PrintWriter,
 * PrintWriter, Map, String...)} runs it in-process with its own streams and environment, for tests and for tools that
 * embed it.
 *
 * <p>Results go to {@code out}, diagnostics to {@code err}. Exit codes: 0 success, 1 the files or tender checked have
 * errors, 2 bad usage, unreadable input or output that cannot be written. Output is UTF-8 whatever the platform's
 * default.
 */
public final class KriteriebankCli {
    private KriteriebankCli() {
    }

    /**
     * Runs the command line on the process's streams and environment and exits with its exit code.
     *
     * <p>With the system property {@code kriteriebank.training=true} the arguments are several command lines
     * separated by {@code ";"} arguments, run one after another with their output discarded: the launcher's training
     * run, in which the JVM records the classes the common commands need for its class-data archive.
     *
     * @param args the arguments, as after {@code kriteriebank} on the command line
     */
    public static void main(String... args) {
        if (Boolean.getBoolean("kriteriebank.training")) {
            train(args);
            System.exit(ExitCode.OK);
        }
        // Straight to file descriptor 1, not through System.out, which would swallow a failed write: a full disk
        // or a closed pipe must end the run with a message, not with exit 0 and nothing written.
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), StandardCharsets.UTF_8)));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Warmup warmup = Warmup.start(args);
        int exitCode = run(out, err, System.getenv(), System.console() != null, StderrTerminal.detect(), warmup, args);
        System.exit(exitCode);
    }

    private static void train(String... args) {
        PrintWriter none = new PrintWriter(java.io.Writer.nullWriter());
        java.util.List<String> command = new java.util.ArrayList<>();
        for (int i = 0; i <= args.length; i++) {
            if (i == args.length || args[i].equals(";")) {
                String[] commandArgs = command.toArray(String[]::new);
                run(none, none, System.getenv(), false, false, Warmup.start(commandArgs), commandArgs);
                command.clear();
            } else {
                command.add(args[i]);
            }
        }
    }

    /**
     * Runs the command line in-process. Colours are used only when this process has a terminal and {@code env} does
     * not set {@code NO_COLOR}.
     *
     * @param out where results go
     * @param err where diagnostics go
     * @param env the environment variables the run sees
     * @param args the arguments, as after {@code kriteriebank} on the command line
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, Map<String, String> env, String... args) {
        return run(out, err, env, System.console() != null, StderrTerminal.detect(), null, args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, Map, String...)}, saying whether the output is a terminal. */
    static int run(PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal, String... args) {
        return run(out, err, env, terminal, false, null, args);
    }

    /**
     * As {@link #run(PrintWriter, PrintWriter, Map, boolean, String...)}, saying also whether stderr is one, with what
     * a warm-up started for this run (or null).
     */
    static int run(PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal, boolean errTerminal,
            Warmup warmup, String... args) {
        Terminal io = new Terminal(out, err, env, terminal, errTerminal);
        CommandLine commandLine = KriteriebankCommand.commandLine(new KriteriebankCommand(io, warmup), args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setColorScheme(Help.defaultColorScheme(io.style().ansi()));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        int exit;
        try {
            exit = commandLine.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // never a JVM stack trace: say what ran out (rendering has its own budgets; this is the last resort)
            err.println("kriteriebank: " + (e instanceof StackOverflowError ? "the input is nested too deeply"
                    : "out of memory") + "; run again with --debug for details");
            exit = ExitCode.USAGE;
        }
        out.flush();
        if (out.checkError()) {
            err.println("kriteriebank: cannot write the output (the disk may be full, or the reader gone)");
            exit = ExitCode.USAGE;
        }
        err.flush();
        return exit;
    }
}
