package no.kriteriebank.cli;

/**
 * The exit codes every command uses, so scripts can tell apart "the input has errors" from "the command could not
 * run".
 */
final class ExitCode {
    /** Success. */
    static final int OK = 0;
    /** The command ran, and what it checked has errors (validation failures, findings with errors). */
    static final int FINDINGS = 1;
    /** Bad usage, unreadable or invalid input, or a feature this build does not have. */
    static final int USAGE = 2;

    private ExitCode() {
    }
}
