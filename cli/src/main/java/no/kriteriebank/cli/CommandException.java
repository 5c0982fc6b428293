package no.kriteriebank.cli;

/**
 * A command failed for a reason the user can act on; the message is printed as {@code command: message} with no
 * stack trace, and the run ends with the exception's exit code.
 */
final class CommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CommandException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    CommandException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The exit code the run ends with. */
    int exitCode() {
        return exitCode;
    }
}
