package no.kriteriebank.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.kriteriebank.tender.TenderLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kriteriebank check TENDER}: PLACEHOLDER until the compliance checker ({@code no.kriteriebank.check}) lands.
 *
 * <p>It reads the tender, so a malformed file is reported as everywhere else, then says that checking is not
 * available and exits 2. To wire in the checker, replace the body of {@link #call()}: run the checker on the tender,
 * print its findings (as JSON with {@code --json}), and return {@link ExitCode#FINDINGS} when any is an error.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check a tender against the procurement rules (anskaffelsesforskriften § 7-9) and the bank. "
                + "Not available in this build yet.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private KriteriebankCommand root;

    @Parameters(paramLabel = "TENDER", description = "The tender file.")
    private Path tenderFile;

    @Option(names = "--json", description = "Print the findings as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        TenderLoader.load(tenderFile);
        root.terminal().error("check", "compliance checking is not available in this build yet");
        return ExitCode.USAGE;
    }
}
