package no.kriteriebank.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kriteriebank export TENDER --to eforms|ocds}: planned; says so and exits 2. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Export a tender's award criteria and environmental data to eForms or OCDS. "
                + "Not available in this build yet.")
final class ExportCommand implements Callable<Integer> {
    /** The export formats. */
    enum Target {
        /** eForms (EU notice standard, as used by Doffin). */
        EFORMS("eForms"),
        /** Open Contracting Data Standard. */
        OCDS("OCDS");

        private final String label;

        Target(String label) {
            this.label = label;
        }
    }

    @ParentCommand
    private KriteriebankCommand root;

    @Parameters(paramLabel = "TENDER", description = "The tender file.")
    private Path tenderFile;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "eforms or ocds.")
    private Target target;

    @Override
    public Integer call() {
        return NotAvailable.report(root.terminal(), "export", "exporting to " + target.label);
    }
}
