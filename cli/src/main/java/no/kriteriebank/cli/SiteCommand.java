package no.kriteriebank.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import no.kriteriebank.render.SiteGenerator;
import no.kriteriebank.report.ClimateReport;
import no.kriteriebank.report.ReportBuilder;
import no.kriteriebank.templates.StandardLayouts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kriteriebank site -o DIR}: the bank, with the networks' criteria on top, as a static website that any web
 * server, intranet or file share can host.
 */
@Command(name = "site", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Publish the bank as a static website in nb, nn and en: areas with filters, a page per "
                + "criterion with fill-in values and copy, an offline search, a selection that downloads a tender "
                + "file, the rule sets and the release notes. No server code; links are relative.")
final class SiteCommand implements Callable<Integer> {
    /** Names the directory as a site this command wrote, so a later run may write over it. */
    static final String MARKER = ".kriteriebank-site";

    @ParentCommand
    private KriteriebankCommand root;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "The directory to write the site to: new, empty, or a site written here before.")
    private Path output;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The address the site is published at (for canonical links and sitemap.xml only).")
    private String baseUrl;

    @Option(names = "--report", paramLabel = "DIR", description = "Add a climate report page over the tender files "
            + "in DIR (read recursively).")
    private Path reportDirectory;

    @Override
    public Integer call() {
        checkTarget();
        ClimateReport report = null;
        if (reportDirectory != null) {
            if (!Files.isDirectory(reportDirectory)) {
                throw new CommandException(ExitCode.USAGE, "--report " + reportDirectory + ": no such directory");
            }
            try {
                report = new ReportBuilder(root.sources().bank()).addDirectory(reportDirectory).build();
            } catch (IOException e) {
                throw new CommandException(ExitCode.USAGE, "cannot read the directory " + reportDirectory + ": "
                        + e.getMessage(), e);
            }
            report.failures().forEach(f -> root.terminal().error("site", f.problem()));
        }
        SiteGenerator.Builder builder;
        try {
            builder = StandardLayouts.site(root.sources().bank()).baseUrl(baseUrl).report(report);
        } catch (IllegalArgumentException e) {
            throw new CommandException(ExitCode.USAGE, "--base-url: " + e.getMessage());
        }
        Path templates = root.sources().templates();
        if (templates != null) {
            if (!Files.isDirectory(templates)) {
                throw new CommandException(ExitCode.USAGE, "--templates " + templates + ": no such directory");
            }
            builder.overrides(templates);
        }
        root.sources().networks().forEach(builder::network);
        List<String> files;
        try {
            files = builder.build().write(output);
            Files.writeString(output.resolve(MARKER), String.join("\n", files) + "\n", StandardCharsets.UTF_8);
        } catch (UncheckedIOException e) {
            throw new CommandException(ExitCode.USAGE, e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandException(ExitCode.USAGE, "cannot write " + output.resolve(MARKER) + ": "
                    + e.getMessage(), e);
        }
        root.terminal().out().println("Wrote " + files.size() + " files to " + output + "; open "
                + output.resolve("index.html") + " or publish the directory on a web server.");
        return ExitCode.OK;
    }

    private void checkTarget() {
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(output)) {
            throw new CommandException(ExitCode.USAGE, "cannot write the site to " + output + ": it is not a directory");
        }
        if (Files.isDirectory(output) && !Files.exists(output.resolve(MARKER))) {
            try (Stream<Path> entries = Files.list(output)) {
                if (entries.findAny().isPresent()) {
                    throw new CommandException(ExitCode.USAGE, "cannot write the site to " + output
                            + ": the directory is not empty and holds no site written by kriteriebank; "
                            + "choose a new or empty directory");
                }
            } catch (IOException e) {
                throw new CommandException(ExitCode.USAGE, "cannot read " + output + ": " + e.getMessage(), e);
            }
        }
    }
}
