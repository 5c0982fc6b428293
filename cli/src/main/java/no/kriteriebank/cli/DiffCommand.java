package no.kriteriebank.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kriteriebank diff OLD NEW}: planned; says so and exits 2. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show what changed between two versions of a bank: added, revised and deprecated criteria. "
                + "Not available in this build yet.")
final class DiffCommand implements Callable<Integer> {
    @ParentCommand
    private KriteriebankCommand root;

    @Parameters(index = "0", paramLabel = "OLD", description = "The older bank (directory or file).")
    private Path oldBank;

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer bank (directory or file).")
    private Path newBank;

    @Override
    public Integer call() {
        return NotAvailable.report(root.terminal(), "diff", "comparing banks");
    }
}
