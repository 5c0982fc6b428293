package no.kriteriebank.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import no.kriteriebank.model.Language;
import no.kriteriebank.problem.InvalidInputException;
import no.kriteriebank.report.ClimateReport;
import no.kriteriebank.report.PreviousReport;
import no.kriteriebank.report.ReportBuilder;
import no.kriteriebank.report.ReportWriter;
import no.kriteriebank.templates.StandardLayouts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kriteriebank report TENDER...}: a climate report over tender files and directories, for Miljødirektoratet.
 * Files that cannot be read, and criteria the bank does not have, are listed in the report and on stderr; they do not
 * stop the others (exit 1). A file or directory named that does not exist is bad usage (exit 2, nothing written).
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Summarise tenders for climate reporting: tenders and value with climate criteria and their "
                + "shares, climate weighting, § 7-9 options, breakdowns per year, buyer, ambition level and procedure "
                + "part, area and Scope 3 category, criteria used most. Directories are read recursively; each file "
                + "counts once. The README lists every figure with its definition.")
final class ReportCommand implements Callable<Integer> {
    /** The report formats. */
    enum ReportFormat {
        /** Comma-separated values. */
        CSV,
        /** JSON. */
        JSON,
        /** One self-contained HTML page with charts. */
        HTML
    }

    @ParentCommand
    private KriteriebankCommand root;

    @Parameters(arity = "1..*", paramLabel = "TENDER", description = "Tender files or directories of them.")
    private List<String> tenders;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv, json or html (default: csv). html is one "
            + "self-contained page with charts and the same numbers in tables.")
    private ReportFormat format = ReportFormat.CSV;

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class,
            description = "The language of an html report: nb, nn or en (default: nb).")
    private Language language = Language.NB;

    @Option(names = "--excel", description = "CSV for Norwegian Excel: semicolons, decimal commas, byte-order mark.")
    private boolean excel;

    @Option(names = "--period", paramLabel = "YEAR", description = "Count only tenders announced in this year, "
            + "e.g. 2026.")
    private Integer period;

    @Option(names = "--from", paramLabel = "DATE", description = "Count only tenders announced on or after DATE "
            + "(YYYY-MM-DD).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Count only tenders announced on or before DATE "
            + "(YYYY-MM-DD).")
    private LocalDate to;

    @Option(names = "--compare", paramLabel = "LAST-YEAR.json", description = "Show each figure beside those of an "
            + "earlier report written with --format json.")
    private Path compare;

    @Option(names = "--threads", paramLabel = "N", description = "Read files on N threads (default: one fewer than "
            + "the processors, at least 1). The report is the same whatever N.")
    private Integer threads;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of "
            + "standard output.")
    private Path file;

    @Override
    public Integer call() {
        List<Path> paths = paths();
        if (threads != null && threads < 1) {
            throw new CommandException(ExitCode.USAGE, "--threads must be at least 1, not " + threads);
        }
        ReportBuilder builder = new ReportBuilder(root.sources().bank())
                .threads(threads != null ? threads : defaultThreads());
        period(builder);
        PreviousReport previous = previous();
        ProgressLine progress = root.terminal().errIsTerminal()
                ? new ProgressLine(root.terminal().err(), "report", countFiles(paths), System::nanoTime) : null;
        ClimateReport report;
        try {
            if (progress != null) {
                builder.progress(progress::update);
            }
            add(builder, paths);
            report = builder.build();
        } finally {
            if (progress != null) {
                progress.end();
            }
        }
        String text = switch (format) {
            case JSON -> ReportWriter.json(report, previous) + "\n";
            case HTML -> StandardLayouts.site(root.sources().bank()).build().report(report, language);
            case CSV -> excel ? ReportWriter.csvForExcel(report, previous) : ReportWriter.csv(report, previous);
        };
        if (file == null) {
            root.terminal().out().print(text);
        } else {
            new OutputFile(file).write(text);
        }
        report.failures().forEach(f -> root.terminal().error("report", f.problem()));
        report.unknownCriteria().forEach(f -> root.terminal().error("report", f.problem()));
        return report.failures().isEmpty() && report.unknownCriteria().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private static void add(ReportBuilder builder, List<Path> paths) {
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try {
                    builder.addDirectory(p);
                } catch (IOException e) {
                    throw new CommandException(ExitCode.USAGE, "cannot read the directory " + p + ": "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                }
            } else {
                builder.add(p);
            }
        }
    }

    /** How many tender files the names hold, for the progress line's time left; -1 when that cannot be told. */
    private static long countFiles(List<Path> paths) {
        long n = 0;
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                n++;
                continue;
            }
            try (Stream<Path> all = Files.walk(p)) {
                n += all.filter(f -> isTenderName(f) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).count();
            } catch (IOException | UncheckedIOException e) {
                return -1;
            }
        }
        return n;
    }

    private static boolean isTenderName(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** The names given, each one existing (a dangling link is listed in the report instead), or exit 2. */
    private List<Path> paths() {
        List<Path> paths = new ArrayList<>();
        for (String name : tenders) {
            Path p;
            try {
                p = Path.of(name);
            } catch (InvalidPathException e) {
                String charset = System.getProperty("sun.jnu.encoding", "UTF-8");
                throw new CommandException(ExitCode.USAGE, "cannot read '" + name + "': " + (charset.equals("UTF-8")
                        ? e.getReason() : "the name cannot be decoded in this locale's character set (" + charset
                        + "); run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8"));
            }
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new CommandException(ExitCode.USAGE, "cannot read " + p + ": no such file or directory");
            }
            paths.add(p);
        }
        return paths;
    }

    private void period(ReportBuilder builder) {
        if (period != null && (from != null || to != null)) {
            throw new CommandException(ExitCode.USAGE, "give either --period or --from/--to, not both");
        }
        if (period != null) {
            if (period < 1 || period > 9999) {
                throw new CommandException(ExitCode.USAGE, "--period must be a year such as 2026, not " + period);
            }
            builder.period(LocalDate.of(period, 1, 1), LocalDate.of(period, 12, 31));
        } else if (from != null && to != null && from.isAfter(to)) {
            throw new CommandException(ExitCode.USAGE, "--from " + from + " is after --to " + to);
        } else {
            builder.period(from, to);
        }
    }

    private PreviousReport previous() {
        if (compare == null) {
            return null;
        }
        try {
            return PreviousReport.read(compare);
        } catch (InvalidInputException e) {
            throw new CommandException(ExitCode.USAGE, "--compare: " + e.problems().get(0));
        }
    }

    /**
     * One fewer worker than processors: the thread that walks and counts, and the JIT compiler, need the rest. On two
     * cores one reader was faster than two (7,426 against 6,176 files/s over 100,000 files, {@code benchmarks/run.sh}).
     */
    private static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }
}
