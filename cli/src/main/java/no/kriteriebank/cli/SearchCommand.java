package no.kriteriebank.cli;

import java.util.List;
import java.util.concurrent.Callable;
import no.kriteriebank.bank.CriteriaQuery;
import no.kriteriebank.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kriteriebank search}: criteria whose title, text or guidance contains every word, best matches first. */
@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Find criteria whose title, text or guidance contains every word (ignoring case); best "
                + "matches first.")
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    private KriteriebankCommand root;

    @Parameters(arity = "1..*", paramLabel = "WORDS", description = "The words to look for.")
    private List<String> words;

    @Mixin
    private CriterionFilter filter;

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class,
            description = "Search this language only, and show titles in it (default: search all, titles in nb).")
    private Language language;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    private boolean json;

    @Override
    public Integer call() {
        CriteriaQuery query = filter.apply(root.sources().bank().query()).text(String.join(" ", words));
        if (language != null) {
            query.language(language);
        }
        return new CriteriaListing(query.list(), language).print(root.terminal(), "search", json);
    }
}
