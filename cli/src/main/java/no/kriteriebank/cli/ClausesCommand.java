package no.kriteriebank.cli;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.bank.CriteriaQuery;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.Language;
import no.kriteriebank.render.RenderedDocument;
import no.kriteriebank.tender.SelectedCriterion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kriteriebank clauses --area A}: the standard clause set of an area up to an ambition level, rendered with
 * default values and buyer guidance, e.g. "Standardkrav: Transport, avansert nivå".
 */
@Command(name = "clauses", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Render the standard clause set of an area as a document, with default values and guidance "
                + "to the buyer. Levels build on each other: advanced includes the basic criteria, leading "
                + "includes both.")
final class ClausesCommand implements Callable<Integer> {
    @ParentCommand
    private KriteriebankCommand root;

    @Option(names = "--area", required = true, paramLabel = "AREA", converter = AreaConverter.class,
            description = "The area: a name such as transport or building-and-construction, or an id prefix "
                    + "such as TRA.")
    private Area area;

    @Option(names = "--level", paramLabel = "LEVEL", converter = LevelConverter.class,
            description = "Up to this ambition level: basic, advanced or leading (default: all levels).")
    private AmbitionLevel level;

    @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class,
            description = "Only this kind: qualification, specification, award or contract-clause.")
    private CriterionKind kind;

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class,
            description = "Language: nb, nn or en (default: nb).")
    private Language language = Language.NB;

    @Mixin
    private DocumentOutput output;

    @Option(names = "--fallback", description = "Use bokmål, marked, where a translation is missing.")
    private boolean fallback;

    @Override
    public Integer call() {
        CriteriaBank bank = root.sources().bank();
        CriteriaQuery query = bank.query().area(area);
        if (level != null) {
            query.level(Arrays.stream(AmbitionLevel.values()).filter(l -> l.compareTo(level) <= 0)
                    .toArray(AmbitionLevel[]::new));
        }
        if (kind != null) {
            query.kind(kind);
        }
        List<Criterion> criteria = query.list();
        if (criteria.isEmpty()) {
            throw new CommandException(ExitCode.FINDINGS, bank.info().label() + " has no " + Names.of(area)
                    + " criteria" + (kind == null ? "" : " of kind " + Names.of(kind))
                    + (level == null ? "" : " up to level " + Names.of(level)) + "; nothing to render");
        }
        String title = Labels.of(language).clauseSetTitle(area, level);
        RenderedDocument document = root.sources().renderer(true, fallback).renderClauses(title,
                criteria.stream().map(c -> SelectedCriterion.of(c.id())).toList(), language, output.format());
        output.write(root.terminal(), document);
        return ExitCode.OK;
    }
}
