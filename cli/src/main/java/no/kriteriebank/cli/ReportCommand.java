package no.kriteriebank.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.kriteriebank.report.ClimateReport;
import no.kriteriebank.report.ReportBuilder;
import no.kriteriebank.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kriteriebank report TENDER...}: a climate report over tender files and directories, for Miljødirektoratet.
 * Files that cannot be read are listed in the report and on stderr; they do not stop the others.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Summarise tenders for climate reporting: tenders with climate criteria per area and kind, "
                + "climate weighting, § 7-9 options, contract value per area and Scope 3 category, criteria used "
                + "most. Directories are read recursively.")
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

    @Parameters(arity = "1..*", paramLabel = "TENDER", description = "Tender files or directories of them.")
    private List<Path> tenders;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv or json (default: csv).")
    private ReportFormat format = ReportFormat.CSV;

    @Option(names = "--excel", description = "CSV for Norwegian Excel: semicolons, decimal commas, byte-order mark.")
    private boolean excel;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of "
            + "standard output.")
    private Path file;

    @Override
    public Integer call() {
        ReportBuilder builder = new ReportBuilder(root.sources().bank());
        for (Path p : tenders) {
            if (Files.isDirectory(p)) {
                try {
                    builder.addDirectory(p);
                } catch (IOException e) {
                    throw new CommandException(ExitCode.USAGE, "cannot read the directory " + p + ": " + e.getMessage());
                }
            } else {
                builder.add(p);
            }
        }
        ClimateReport report = builder.build();
        String text = format == ReportFormat.JSON ? ReportWriter.json(report) + "\n"
                : excel ? ReportWriter.csvForExcel(report) : ReportWriter.csv(report);
        if (file == null) {
            root.terminal().out().print(text);
        } else {
            new OutputFile(file).write(text);
        }
        report.failures().forEach(f -> root.terminal().error("report", f.problem()));
        return report.failures().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
