package no.kriteriebank.cli;

import no.kriteriebank.bank.UnknownCriterionException;
import no.kriteriebank.problem.InvalidInputException;
import no.kriteriebank.render.RenderException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into a message and an exit code, without a stack trace unless {@code --debug}: invalid
 * bank or tender files print each problem as {@code file:line:column: path: message}; unknown criteria, rendering
 * and output errors print {@code command: message}. All of these exit 2, except a rendering that ran out of its time,
 * memory or depth budget, which is an error in the templates or texts and exits 1.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        KriteriebankCommand root = (KriteriebankCommand) commandLine.getCommandSpec().root().userObject();
        Terminal terminal = root.terminal();
        String command = commandLine.getCommandName();
        if (root.debug()) {
            ex.printStackTrace(terminal.err());
        }
        if (ex instanceof InvalidInputException) {
            ((InvalidInputException) ex).problems().forEach(p -> terminal.err().println(p));
            return ExitCode.USAGE;
        }
        if (ex instanceof CommandException) {
            terminal.error(command, ex.getMessage());
            return ((CommandException) ex).exitCode();
        }
        if (ex instanceof no.kriteriebank.render.RenderLimitException) {
            // a template or text that runs without end is an error in the input, like an invalid file
            terminal.error(command, ex.getMessage());
            return ExitCode.FINDINGS;
        }
        if (ex instanceof UnknownCriterionException || ex instanceof RenderException) {
            terminal.error(command, ex.getMessage());
            if (ex.getMessage().contains("falling back to bokmål")
                    && commandLine.getCommandSpec().findOption("--fallback") != null) {
                terminal.err().println("hint: --fallback renders bokmål, marked, where a translation is missing");
            }
            return ExitCode.USAGE;
        }
        terminal.error(command, "unexpected error: " + ex
                + (root.debug() ? "" : " (run again with --debug to see the stack trace)"));
        return ExitCode.USAGE;
    }
}
