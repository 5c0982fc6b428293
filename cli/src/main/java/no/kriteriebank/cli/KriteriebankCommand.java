package no.kriteriebank.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
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
            "Colours are used on a terminal unless NO_COLOR is set."})
final class KriteriebankCommand implements Callable<Integer> {
    /** The subcommands, in the order the usage lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(ListCommand.class, ShowCommand.class, SearchCommand.class,
            ClausesCommand.class, RenderCommand.class, CheckCommand.class, RulesCommand.class, ValidateCommand.class,
            ExportCommand.class, DiffCommand.class, ReportCommand.class, SiteCommand.class, HelpCommand.class);

    /** Global options that take a value, as {@code --bank DIR} or {@code --bank=DIR}. */
    private static final Set<String> GLOBAL_WITH_VALUE = Set.of("--bank", "--templates");

    private final Terminal terminal;
    private final Warmup warmup;

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
        this(terminal, null);
    }

    /** As {@link #KriteriebankCommand(Terminal)}, with what a warm-up started for this run, if anything. */
    KriteriebankCommand(Terminal terminal, Warmup warmup) {
        this.terminal = terminal;
        this.warmup = warmup;
    }

    /**
     * The command line for a run with these arguments. Picocli builds its model of every command it is given by
     * reflection, a quarter of a second cold for all of them: when the arguments name a subcommand plainly — only
     * global options before it — only that one is added, which parses, runs and reports errors exactly as with all.
     * Otherwise (no subcommand, an unknown one, {@code help}, {@code --help} or {@code --version} before it) all are
     * added, so the usage lists them and a misspelt name gets its suggestions.
     *
     * @param command the top-level command of this run
     * @param args the arguments
     * @return the command line, not yet run
     */
    static CommandLine commandLine(KriteriebankCommand command, String... args) {
        CommandLine commandLine = new CommandLine(command);
        Class<?> named = named(args);
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (named == null || subcommand == named) {
                commandLine.addSubcommand(subcommand);
            }
        }
        return commandLine;
    }

    /** The subcommand the arguments plainly name, or null. */
    static Class<?> named(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (GLOBAL_WITH_VALUE.contains(arg)) {
                // picocli refuses a subcommand's name as an option's value only while that subcommand is known
                if (++i < args.length && subcommand(args[i]) != null) {
                    return null;
                }
            } else if (!arg.equals("--debug") && !GLOBAL_WITH_VALUE.contains(arg.split("=", 2)[0])) {
                return arg.startsWith("-") ? null : subcommand(arg);
            }
        }
        return null;
    }

    /** The subcommand of this name, or null; null for {@code help}, which needs every other subcommand. */
    private static Class<?> subcommand(String name) {
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (subcommand != HelpCommand.class && subcommand.getAnnotation(Command.class).name().equals(name)) {
                return subcommand;
            }
        }
        return null;
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
            sources = new BankSources(banks, templates, warmup);
        }
        return sources;
    }

    /** Whether {@code --debug} was given. */
    boolean debug() {
        return debug;
    }
}
