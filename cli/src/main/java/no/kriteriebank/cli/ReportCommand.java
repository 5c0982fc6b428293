package no.kriteriebank.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kriteriebank report TENDER...}: planned; says so and exits 2. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Summarise tenders for climate reporting: areas, climate weighting, contract value per "
                + "Scope 3 category. Not available in this build yet.")
final class ReportCommand implements Callable<Integer> {
    /** The report formats. */
    enum ReportFormat {
        /** Comma-separated values. */
        CSV,
        /** JSON. */
        JSON
    }

    @ParentCommand
    private KriteriebankCommand root;

    @Parameters(arity = "1..*", paramLabel = "TENDER", description = "The tender files.")
    private List<Path> tenders;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv or json (default: csv).")
    private ReportFormat format = ReportFormat.CSV;

    @Override
    public Integer call() {
        return NotAvailable.report(root.terminal(), "report", "reporting on tenders");
    }
}
