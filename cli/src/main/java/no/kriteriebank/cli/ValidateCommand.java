package no.kriteriebank.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.kriteriebank.bank.BankLoadException;
import no.kriteriebank.bank.BankLoader;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.problem.InvalidInputException;
import no.kriteriebank.problem.Problem;
import no.kriteriebank.tender.Tender;
import no.kriteriebank.tender.TenderLoader;
import no.kriteriebank.tender.TenderReferences;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kriteriebank validate FILE...}: checks bank directories, bank files and tender files, reporting every
 * problem as {@code file:line:column: path: message} on stderr and {@code OK file} on stdout for each good one.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check bank directories, bank files and tender files. Every problem is reported on stderr "
                + "as file:line:column: path: message; each good file gets an 'OK file' line on stdout.",
            "A directory, or a file with a top-level 'publisher:' key, is a bank; anything else a tender. A tender's "
                + "criteria must exist in the bank (the standard bank and any --bank)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid", "1:some file has problems", "2:some path does not exist"})
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    private KriteriebankCommand root;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Bank directories, bank files, tender files.")
    private List<Path> files;

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        int exit = ExitCode.OK;
        for (Path file : files) {
            if (!Files.exists(file)) {
                terminal.err().println(new Problem(file.toString(), 0, 0, "", "no such file or directory"));
                exit = Math.max(exit, ExitCode.USAGE);
                continue;
            }
            List<Problem> problems = FileKind.of(file) == FileKind.BANK ? bankProblems(file) : tenderProblems(file);
            if (problems.isEmpty()) {
                terminal.out().println(terminal.style().green("OK") + " " + file);
            } else {
                problems.forEach(p -> terminal.err().println(p));
                exit = Math.max(exit, ExitCode.FINDINGS);
            }
        }
        return exit;
    }

    private List<Problem> bankProblems(Path file) {
        CriteriaBank bank;
        try {
            bank = BankLoader.load(file);
        } catch (BankLoadException e) {
            return e.problems();
        }
        CriteriaBank standard = root.sources().standard();
        if (bank.info().id().equals(standard.info().id())
                && bank.criteria().stream().noneMatch(c -> c.id().contains(":"))) {
            // the standard bank itself (its source directory, say); a network bank with namespaced criteria that
            // takes the standard bank's id is refused by the overlay below
            return List.of();
        }
        try {
            standard.withOverlay(bank);
            return List.of();
        } catch (BankLoadException e) {
            // the overlay's problems name the bank's id as their file; name the path the user gave instead
            return e.problems().stream().map(p -> new Problem(file.toString(), p.position(), p.path(),
                    p.message())).toList();
        }
    }

    private List<Problem> tenderProblems(Path file) {
        Tender tender;
        try {
            tender = TenderLoader.load(file);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        return TenderReferences.check(file, tender, root.sources().bank());
    }
}
