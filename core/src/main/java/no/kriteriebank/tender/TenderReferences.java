package no.kriteriebank.tender;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.internal.Mappers;
import no.kriteriebank.internal.ParameterValues;
import no.kriteriebank.internal.PathLocations;
import no.kriteriebank.internal.Text;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.model.ParameterType;
import no.kriteriebank.problem.Problem;

/**
 * Whether a well-formed tender can be rendered from a bank: every selected criterion exists (with a "did you mean"
 * otherwise), a pinned revision is the bank's, and every value names a parameter of its criterion. Whether values and
 * the award model are right is the compliance check's business ({@code TenderChecker}), not this one's. This is what
 * {@code kriteriebank validate} adds to {@link TenderLoader#load(Path)} for a tender file.
 */
public final class TenderReferences {
    private TenderReferences() {
    }

    /**
     * The problems with a tender's references to a bank.
     *
     * @param file the tender file the tender was read from, read again for the problems' lines and columns
     * @param tender the tender read from it
     * @param bank the bank it is to be rendered from
     * @return the problems, with paths such as {@code criteria[2].id}; empty when every reference resolves
     */
    public static List<Problem> check(Path file, Tender tender, CriteriaBank bank) {
        return check(file.toString(), tender, bank, locations(file));
    }

    /** Where each path of the tender file is, for the positions of problems; none when it cannot be read again. */
    private static PathLocations locations(Path file) {
        try {
            String text = Text.utf8(Files.readAllBytes(file));
            try (tools.jackson.core.JsonParser parser = Mappers.forFile(file.toString()).createParser(text)) {
                return PathLocations.index(parser);
            }
        } catch (IOException | RuntimeException e) {
            return PathLocations.none();
        }
    }

    private static List<Problem> check(String file, Tender tender, CriteriaBank bank,
            PathLocations locations) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < tender.criteria().size(); i++) {
            SelectedCriterion s = tender.criteria().get(i);
            String path = "criteria[" + i + "]";
            Optional<Criterion> found = bank.find(s.criterionId());
            if (found.isEmpty()) {
                problems.add(at(file, locations, path + ".id", "unknown criterion '" + s.criterionId() + "'"
                        + bank.suggest(s.criterionId()).map(x -> " (did you mean " + x + "?)").orElse("")
                        + " in " + bank.info().label()));
                continue;
            }
            Criterion c = found.get();
            Optional<Criterion> pinned = s.pinnedRevision().isPresent() ? bank.find(s.id()) : found;
            if (pinned.isEmpty()) { // a pin to an earlier revision the bank keeps under history resolves
                problems.add(at(file, locations, path + ".id", s.id() + " is pinned to a revision that "
                        + bank.info().label() + " does not have; it has " + c.key()));
            } else {
                c = pinned.get();
            }
            for (String name : s.values().keySet()) {
                Optional<Parameter> parameter = c.parameter(name);
                if (parameter.isPresent()) {
                    // what check and render cannot take, validate does not pass either
                    String value = s.values().get(name);
                    ParameterValues.problem(parameter.get(), value)
                            .filter(x -> parameter.get().type() != ParameterType.TEXT)
                            .ifPresent(x -> problems.add(at(file, locations, path + ".values." + name, x)));
                } else {
                    problems.add(at(file, locations, path + ".values." + name, c.id() + " has no parameter '"
                            + name + "'; it has " + (c.parameters().isEmpty() ? "none" : c.parameters().stream()
                                    .map(Parameter::name).collect(Collectors.joining(", ", "[", "]")))));
                }
            }
        }
        return problems;
    }

    private static Problem at(String file, PathLocations locations, String path, String message) {
        return new Problem(file, locations.find(path), path, message);
    }
}
