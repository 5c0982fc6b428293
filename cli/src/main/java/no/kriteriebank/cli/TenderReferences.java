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
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < tender.criteria().size(); i++) {
            SelectedCriterion s = tender.criteria().get(i);
            String path = "criteria[" + i + "]";
            Optional<Criterion> found = bank.find(s.criterionId());
            if (found.isEmpty()) {
                problems.add(new Problem(file, 0, 0, path + ".id", "unknown criterion '" + s.criterionId() + "'"
                        + bank.suggest(s.criterionId()).map(x -> " (did you mean " + x + "?)").orElse("")
                        + " in " + bank.info().label()));
                continue;
            }
            Criterion c = found.get();
            Optional<Criterion> pinned = s.pinnedRevision().isPresent() ? bank.find(s.id()) : found;
            if (pinned.isEmpty()) { // a pin to an earlier revision the bank keeps under history resolves
                problems.add(new Problem(file, 0, 0, path + ".id", s.id() + " is pinned to a revision that "
                        + bank.info().label() + " does not have; it has " + c.key()));
            } else {
                c = pinned.get();
            }
            for (String name : s.values().keySet()) {
                if (c.parameter(name).isEmpty()) {
                    problems.add(new Problem(file, 0, 0, path + ".values." + name, c.id() + " has no parameter '"
                            + name + "'; it has " + (c.parameters().isEmpty() ? "none" : c.parameters().stream()
                                    .map(Parameter::name).collect(Collectors.joining(", ", "[", "]")))));
                }
            }
        }
        return problems;
    }
}
