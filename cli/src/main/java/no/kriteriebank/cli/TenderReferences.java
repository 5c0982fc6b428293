package no.kriteriebank.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.bank.Problem;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;

/**
 * Whether a well-formed tender can be rendered from a bank: every selected criterion exists (with a "did you mean"
 * otherwise), a pinned revision is the bank's, and every value names a parameter of its criterion. Whether values and
 * the award model are right is the compliance check's business, not this one's.
 */
final class TenderReferences {
    private TenderReferences() {
    }

    /** The problems, with paths such as {@code criteria[2].id}; empty when every reference resolves. */
    static List<Problem> check(String file, Tender tender, CriteriaBank bank) {
        return check(file, tender, bank, locations(file));
    }

    /** Where each path of the tender file is, for the positions of problems; none when it cannot be read again. */
    private static no.kriteriebank.internal.PathLocations locations(String file) {
        try {
            String text = no.kriteriebank.internal.Text.utf8(java.nio.file.Files.readAllBytes(
                    java.nio.file.Path.of(file)));
            try (tools.jackson.core.JsonParser parser = no.kriteriebank.internal.Mappers.forFile(file)
                    .createParser(text)) {
                return no.kriteriebank.internal.PathLocations.index(parser);
            }
        } catch (java.io.IOException | RuntimeException e) {
            return no.kriteriebank.internal.PathLocations.none();
        }
    }

    private static List<Problem> check(String file, Tender tender, CriteriaBank bank,
            no.kriteriebank.internal.PathLocations locations) {
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
                    no.kriteriebank.internal.ParameterValues.problem(parameter.get(), value)
                            .filter(x -> parameter.get().type() != no.kriteriebank.model.ParameterType.TEXT)
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

    private static Problem at(String file, no.kriteriebank.internal.PathLocations locations, String path,
            String message) {
        return new Problem(file, locations.find(path), path, message);
    }
}
