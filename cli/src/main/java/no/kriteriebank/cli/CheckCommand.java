package no.kriteriebank.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import no.kriteriebank.check.CheckResult;
import no.kriteriebank.check.Finding;
import no.kriteriebank.check.RuleNote;
import no.kriteriebank.check.Severity;
import no.kriteriebank.check.TenderChecker;
import no.kriteriebank.tender.Tender;
import no.kriteriebank.tender.TenderLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kriteriebank check TENDER}: the tender's findings against the bank and the § 7-9 rule set in force, one per
 * line, in the tender's language; exit 1 when any finding is an error.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check a tender against the climate rule of its regime in force on its date "
                + "(anskaffelsesforskriften § 7-9 and its successors) and the bank. After the findings, lists the "
                + "unconfirmed points of the rule set the result rests on. Exits 1 when any finding is an error.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private KriteriebankCommand root;

    @Parameters(paramLabel = "TENDER", description = "The tender file.")
    private Path tenderFile;

    @Option(names = "--json", description = "Print the findings as JSON.")
    private boolean json;

    @Option(names = "--rule-set", paramLabel = "ID",
            description = "Check against this rule set (e.g. foa-7-9-2024; see 'kriteriebank rules') instead of "
                    + "the one in force on the tender's announcement or invitation date.")
    private String ruleSet;

    @Override
    public Integer call() {
        Tender tender = TenderLoader.load(tenderFile);
        TenderChecker checker = TenderChecker.forBank(root.sources().bank());
        CheckResult result;
        if (ruleSet != null) {
            result = checker.check(tender, checker.ruleSets().find(ruleSet).orElseThrow(() -> new CommandException(ExitCode.USAGE,
                    "unknown rule set '" + ruleSet + "'" + checker.ruleSets().suggest(ruleSet)
                            .map(s -> " (did you mean " + s + "?)").orElse("") + "; known: "
                            + String.join(", ", checker.ruleSets().all().stream().map(r -> r.id()).toList()))));
        } else {
            result = checker.check(tender);
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", tenderFile.toString());
            out.put("ruleSet", result.ruleSet() == null ? null : result.ruleSet().id());
            out.put("date", String.valueOf(result.date()));
            out.put("errors", result.findings(Severity.ERROR).size());
            out.put("findings", result.findings());
            out.put("unconfirmed", result.unconfirmed());
            root.terminal().out().println(JsonOutput.of(out));
        } else {
            root.terminal().out().println(tenderFile + ": " + (result.ruleSet() == null ? "no rule set"
                    : "rule set " + result.ruleSet().id()) + ", " + result.findings(Severity.ERROR).size()
                    + " errors, " + result.findings(Severity.WARNING).size() + " warnings, "
                    + result.findings(Severity.INFO).size() + " notes");
            for (Finding f : result.findings()) {
                root.terminal().out().println(f);
            }
            printUnconfirmed(result);
        }
        return result.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** After the findings: the points of the rule set this result rests on that no source has confirmed. */
    private void printUnconfirmed(CheckResult result) {
        if (result.unconfirmed().isEmpty()) {
            return;
        }
        root.terminal().out().println("Not confirmed against the statutory text (check lovdata.no; "
                + "'kriteriebank rules " + result.ruleSet().id() + "' shows the sources):");
        for (RuleNote n : result.unconfirmed()) {
            root.terminal().out().println("  UNCONFIRMED " + result.ruleSet().id() + " " + n.parameter() + ": "
                    + n.point() + ". " + n.text());
        }
    }
}
