package no.kriteriebank.cli;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports bad usage: {@code command: what is wrong}, suggestions for a mistyped command or option, and where to find
 * help; exit code 2. The full usage is not repeated, so the error stays visible.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        KriteriebankCommand root = (KriteriebankCommand) commandLine.getCommandSpec().root().userObject();
        Terminal terminal = root.terminal();
        if (Arrays.asList(args).contains("--debug")) {
            ex.printStackTrace(terminal.err());
        }
        terminal.error(commandLine.getCommandName(), ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, terminal.err());
        terminal.err().println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more "
                + "information.");
        return ExitCode.USAGE;
    }
}
