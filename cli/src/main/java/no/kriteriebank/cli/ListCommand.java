package no.kriteriebank.cli;

import java.util.List;
import java.util.concurrent.Callable;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kriteriebank list}: the criteria of the bank, optionally narrowed, as a table or JSON. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the criteria of the bank, optionally narrowed by area, kind, level and CPV code.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    private KriteriebankCommand root;

    @Mixin
    private CriterionFilter filter;

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class,
            description = "Language of the titles: nb, nn or en (default: nb).")
    private Language language;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    private boolean json;

    @Override
    public Integer call() {
        List<Criterion> criteria = filter.apply(root.sources().bank().query()).list();
        return new CriteriaListing(criteria, language).print(root.terminal(), "list", json);
    }
}
