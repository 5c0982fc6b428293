package no.kriteriebank.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.kriteriebank.export.EformsProfile;
import no.kriteriebank.export.ExportException;
import no.kriteriebank.tender.Tender;
import no.kriteriebank.tender.TenderLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kriteriebank export TENDER --to eforms|ocds}: the tender's award criteria and green-procurement data as an
 * eForms lot (Doffin or TED profile) or an OCDS release fragment.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Export a tender's award criteria and environmental data as an eForms lot (UBL XML; Doffin "
                + "or TED profile) or an OCDS release fragment (JSON).")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    private KriteriebankCommand root;

    @Parameters(paramLabel = "TENDER", description = "The tender file.")
    private Path tenderFile;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", converter = ExporterConverter.class,
            description = "eforms or ocds.")
    private OutputFormats.Exporter target;

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = "For eForms: DOFFIN (Norway's quality-nor-env-* codes; default) or TED (EU codes only).")
    private EformsProfile profile = EformsProfile.DOFFIN;

    @Option(names = "--force", description = "Export even when the tender checker finds errors in the tender "
            + "(by default such a tender is refused with exit 1).")
    private boolean force;

    @Option(names = "--negligible-as-exempt-insignificant", description = "For eForms: write the 2024 option "
            + "NEGLIGIBLE_FOOTPRINT (quality-nor-env-none) as quality-nor-env-exempt-insignificant, as DFØ's current "
            + "rules require in any notice sent after that code's last valid day.")
    private boolean negligibleAsExempt;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of "
            + "standard output.")
    private Path file;

    @Override
    public Integer call() {
        Tender tender = TenderLoader.load(tenderFile);
        String text;
        try {
            text = target.create(new OutputFormats.ExportOptions(root.sources().bank(), profile, force,
                    negligibleAsExempt)).export(tender);
        } catch (ExportException e) {
            // The message names the field and ends with the stable code.
            throw new CommandException(ExitCode.FINDINGS, tenderFile + ": " + e.getMessage());
        }
        if (!text.endsWith("\n")) {
            text = text + "\n";
        }
        if (file == null) {
            root.terminal().out().print(text);
        } else {
            new OutputFile(file).write(text);
        }
        return ExitCode.OK;
    }
}
