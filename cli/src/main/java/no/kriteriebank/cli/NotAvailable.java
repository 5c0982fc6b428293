package no.kriteriebank.cli;

/**
 * The answer of a command that is planned but not in this build: a clear message on stderr and exit code 2, so
 * scripts written against the final command line fail loudly instead of doing nothing.
 */
final class NotAvailable {
    private NotAvailable() {
    }

    /** Prints {@code command: what is not available in this build yet} and returns the exit code. */
    static int report(Terminal terminal, String command, String what) {
        terminal.error(command, what + " is not available in this build yet");
        return ExitCode.USAGE;
    }
}
