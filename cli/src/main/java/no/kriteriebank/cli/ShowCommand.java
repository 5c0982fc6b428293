package no.kriteriebank.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import no.kriteriebank.bank.BankWriter;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.Language;
import no.kriteriebank.render.Format;
import no.kriteriebank.render.RenderedClause;
import no.kriteriebank.tender.SelectedCriterion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kriteriebank show ID}: one criterion in full — its clause with default values, documentation and guidance,
 * then parameters, references and facts; or the criterion as JSON.
 */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show one criterion in full: the clause with default values, documentation and guidance, "
                + "its parameters, references and facts.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    private KriteriebankCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The criterion id, e.g. TRA-01, or a pinned key, e.g. TRA-01@1.")
    private String id;

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class,
            description = "Language: nb, nn or en (default: nb).")
    private Language language = Language.NB;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, markdown, html or json (default: text). json is the criterion as in bank files.")
    private String format = "text";

    @Option(names = "--fallback", description = "Use bokmål, marked, where a translation is missing.")
    private boolean fallback;

    @Override
    public Integer call() {
        boolean json = format.trim().toLowerCase(Locale.ROOT).equals("json");
        Format documentFormat = json ? Format.TEXT : Format.parse(format).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "Invalid value for option '--format': '" + format
                        + "' is not a format; expected one of text, markdown, html, json"));
        CriteriaBank bank = root.sources().bank();
        Criterion criterion = find(bank, id);
        PrintWriter out = root.terminal().out();
        if (json) {
            out.println(BankWriter.toJson(criterion));
            return ExitCode.OK;
        }
        RenderedClause clause = root.sources().renderer(true, fallback)
                .renderClause(SelectedCriterion.of(criterion.id()), language, documentFormat);
        out.print(clause.text());
        out.print(Markup.of(documentFormat).sections(CriterionDetails.of(criterion, Labels.of(language))));
        return ExitCode.OK;
    }

    /**
     * The criterion with this id or pinned key. A wrong case is forgiven ({@code tra-01}); an unknown id fails with the
     * bank's "did you mean".
     */
    static Criterion find(CriteriaBank bank, String idOrKey) {
        String wanted = idOrKey.trim();
        return bank.find(wanted)
                .or(() -> bank.criteria().stream().filter(c -> c.id().equalsIgnoreCase(wanted)
                        || c.key().equalsIgnoreCase(wanted)).findFirst())
                .orElseGet(() -> {
                    Criterion c = bank.get(no.kriteriebank.model.CriterionRef.idOf(wanted));
                    throw new CommandException(ExitCode.USAGE, bank.info().label() + " has " + c.key()
                            + ", not " + wanted);
                });
    }
}
