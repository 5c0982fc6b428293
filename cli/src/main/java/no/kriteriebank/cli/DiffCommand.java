package no.kriteriebank.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.kriteriebank.bank.BankDiff;
import no.kriteriebank.bank.BankLoader;
import no.kriteriebank.bank.CriteriaBank;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kriteriebank diff OLD NEW}: what changed between two versions of a bank. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show what changed between two versions of a bank: added, removed, deprecated and changed "
                + "criteria, with the fields that changed. Exits 1 when a criterion's tender text changed without "
                + "a new revision.")
final class DiffCommand implements Callable<Integer> {
    @ParentCommand
    private KriteriebankCommand root;

    @Parameters(index = "0", paramLabel = "OLD", description = "The older bank (directory or file).")
    private Path oldBank;

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer bank (directory or file).")
    private Path newBank;

    @Option(names = "--json", description = "Print the changes as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        CriteriaBank before = BankLoader.load(oldBank);
        CriteriaBank after = BankLoader.load(newBank);
        BankDiff diff = BankDiff.between(before, after);
        String text = json ? diff.toJson() : diff.toText();
        root.terminal().out().print(text.endsWith("\n") ? text : text + "\n");
        for (BankDiff.Change c : diff.unbumped()) {
            root.terminal().error("diff", c.id() + " changed " + String.join(", ", c.fields())
                    + " without a new revision; tenders pinned to " + c.before() + " would change");
        }
        return diff.unbumped().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
