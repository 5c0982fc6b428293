package no.kriteriebank.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code kriteriebank} command: the options every subcommand shares, and the subcommands. Global options
 * may be given before or after the subcommand's name.
 */
@Command(name = "kriteriebank",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Climate and environmental criteria for Norwegian public procurement: find criteria, render "
                + "standard clause sets and tenders, validate bank and tender files.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success",
            "  1  the files or tender checked have errors",
            "  2  bad usage, unreadable or invalid input, or a feature not in this build",
            "",
            "Colours are used on a terminal unless NO_COLOR is set."},
        subcommands = {ListCommand.class, ShowCommand.class, SearchCommand.class, ClausesCommand.class,
            RenderCommand.class, CheckCommand.class, RulesCommand.class, ValidateCommand.class, ExportCommand.class,
            DiffCommand.class, ReportCommand.class, SiteCommand.class, HelpCommand.class})
final class KriteriebankCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Option(names = "--bank", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Add a network's own bank (a directory with bank.yaml, or one file) on top of the "
                    + "standard bank. Repeatable.")
    private List<Path> banks = new ArrayList<>();

    @Option(names = "--templates", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Look up document layouts and messages_*.properties here before the standard ones.")
    private Path templates;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    private boolean debug;

    private BankSources sources;

    KriteriebankCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Without a subcommand: usage on stderr, as for any other usage error. */
    @Override
    public Integer call() {
        terminal.error("kriteriebank", "missing command");
        spec.commandLine().usage(terminal.err(), terminal.style().ansi());
        return ExitCode.USAGE;
    }

    /** The streams and style of this run. */
    Terminal terminal() {
        return terminal;
    }

    /** The bank and layouts as the global options chose them. */
    BankSources sources() {
        if (sources == null) {
            sources = new BankSources(banks, templates);
        }
        return sources;
    }

    /** Whether {@code --debug} was given. */
    boolean debug() {
        return debug;
    }
}
