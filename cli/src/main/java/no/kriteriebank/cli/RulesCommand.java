package no.kriteriebank.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import no.kriteriebank.check.Law;
import no.kriteriebank.check.RuleNote;
import no.kriteriebank.check.RuleParameters;
import no.kriteriebank.check.RuleSet;
import no.kriteriebank.check.RuleSets;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.Regime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kriteriebank rules [ID]}: the rule sets of the climate rule the checker knows, with their regime, period,
 * citation, parameters and every note with its CONFIRMED or UNCONFIRMED status, so a buyer can see what a check
 * rests on.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show the rule sets of the climate rule (anskaffelsesforskriften § 7-9 and its successors, and "
                + "the same rule for utilities and concessions): period, citation, parameters and every note, marked "
                + "CONFIRMED or UNCONFIRMED.")
final class RulesCommand implements Callable<Integer> {

    @ParentCommand
    private KriteriebankCommand root;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "One rule set, e.g. foa-7-9-2026 (default: all).")
    private String id;

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class,
            description = "Language of citations and option names: nb, nn or en (default: nb).")
    private Language language = Language.NB;

    @Option(names = "--json", description = "Print the rule sets as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        RuleSets ruleSets = RuleSets.standard();
        List<RuleSet> chosen;
        if (id == null) {
            chosen = Arrays.stream(Regime.values())
                    .flatMap(regime -> ruleSets.all(regime).stream()).toList();
        } else {
            chosen = List.of(ruleSets.find(id.trim()).orElseThrow(() -> new CommandException(ExitCode.USAGE,
                    "unknown rule set '" + id + "'" + ruleSets.suggest(id.trim()).map(s -> " (did you mean " + s
                            + "?)").orElse("") + "; known: " + ruleSets.all().stream().map(RuleSet::id)
                            .collect(Collectors.joining(", ")))));
        }
        PrintWriter out = root.terminal().out();
        if (json) {
            out.println(JsonOutput.of(id == null ? chosen : chosen.get(0)));
            return ExitCode.OK;
        }
        for (int i = 0; i < chosen.size(); i++) {
            if (i > 0) {
                out.println();
            }
            print(out, chosen.get(i));
        }
        return ExitCode.OK;
    }

    private void print(PrintWriter out, RuleSet r) {
        Style style = root.terminal().style();
        out.println(style.bold(r.id()) + "  " + text(r.citation().text()) + "  [" + r.citation().status() + "]");
        out.println("  regime:     " + r.regime());
        out.println("  period:     " + r.validFrom() + " to " + (r.validTo() == null ? "(no known end)" : r.validTo()));
        out.println("  citation:   " + r.citation().source());
        RuleParameters p = r.parameters();
        out.println("  parameters:");
        out.println("    minimumEnvironmentWeight:      " + p.minimumEnvironmentWeight().toPlainString() + " %"
                + status(r, "minimumEnvironmentWeight"));
        out.println("    highestEnvironmentPriority:    " + p.highestEnvironmentPriority()
                + status(r, "highestEnvironmentPriority"));
        out.println("    priorityFallback:              " + p.priorityFallback() + status(r, "priorityFallback"));
        out.println("    options:                       " + options(p.options()) + status(r, "options"));
        out.println("    justificationRequired:         " + p.justificationRequired().stream().map(Enum::name)
                .collect(Collectors.joining(", ")) + status(r, "justificationRequired"));
        out.println("    specificationCondition:        " + text(p.specificationCondition())
                + status(r, "specificationCondition"));
        out.println("    specificationCriteriaRequired: " + p.specificationCriteriaRequired()
                + status(r, "specificationCriteriaRequired"));
        out.println("    advisoryInPartI:               " + p.advisoryInPartI() + status(r, "advisoryInPartI"));
        out.println("  notes:");
        for (RuleNote n : r.notes()) {
            out.println("    [" + n.status() + "] " + n.point() + (n.parameter() == null ? "" : " (" + n.parameter()
                    + ")"));
            out.println("      " + n.text());
            if (n.source() != null) {
                out.println("      source: " + n.source());
            }
        }
    }

    private static String status(RuleSet r, String parameter) {
        return r.isConfirmed(parameter) ? "" : "  [UNCONFIRMED]";
    }

    private String options(Set<EnvironmentOption> options) {
        return options.stream().map(o -> o.name() + " (" + Law.standard().option(o).eformsCode() + ")")
                .collect(Collectors.joining(", "));
    }

    private String text(LocalizedText text) {
        return text.get(language).orElse(text.nb());
    }
}
