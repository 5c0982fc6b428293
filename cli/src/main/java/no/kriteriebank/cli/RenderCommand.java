package no.kriteriebank.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.kriteriebank.model.Language;
import no.kriteriebank.render.RenderedDocument;
import no.kriteriebank.tender.Tender;
import no.kriteriebank.tender.TenderLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kriteriebank render TENDER}: a tender file rendered as a document. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Render a tender file (YAML or JSON) as a document with its qualification requirements, "
                + "specifications, award criteria and award model, contract clauses and documentation list.")
final class RenderCommand implements Callable<Integer> {
    @ParentCommand
    private KriteriebankCommand root;

    @Parameters(paramLabel = "TENDER", description = "The tender file.")
    private Path tenderFile;

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class,
            description = "Language: nb, nn or en (default: the tender's language).")
    private Language language;

    @Mixin
    private DocumentOutput output;

    @Option(names = "--fallback", description = "Use bokmål, marked, where a translation is missing.")
    private boolean fallback;

    @Override
    public Integer call() {
        Tender tender = TenderLoader.load(tenderFile);
        RenderedDocument document = root.sources().renderer(false, fallback)
                .render(tender, output.format(), language == null ? tender.language() : language);
        output.write(root.terminal(), document);
        return ExitCode.OK;
    }
}
