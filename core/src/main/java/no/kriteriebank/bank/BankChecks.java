package no.kriteriebank.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kriteriebank.internal.CriterionRules;
import no.kriteriebank.internal.ModelValidation;
import no.kriteriebank.internal.PathLocations;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.problem.Problem;
import no.kriteriebank.problem.Position;

/** The checks every bank passes: Bean Validation, the cross-field rules and unique ids. */
final class BankChecks {
    private BankChecks() {
    }

    /** A criterion together with where it was read from. */
    record Located(Criterion criterion, String file, String path, PathLocations locations) {
    }

    static List<Problem> check(String file, BankInfo info, List<Criterion> criteria, List<Criterion> history,
            PathLocations locations) {
        List<Problem> problems = new ArrayList<>();
        for (ModelValidation.Violation v : ModelValidation.validate(info)) {
            problems.add(new Problem(file, 0, 0, v.path(), v.message()));
        }
        List<Located> located = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            if (c == null) {
                problems.add(new Problem(file, 0, 0, "criteria[" + i + "]", "must not be empty"));
                continue;
            }
            for (ModelValidation.Violation v : ModelValidation.validate(c)) {
                problems.add(new Problem(file, 0, 0, "criteria[" + i + "]." + v.path(), v.message()));
            }
            located.add(new Located(c, file, "criteria[" + i + "]", locations));
        }
        List<Located> archived = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Criterion c = history.get(i);
            if (c == null) {
                problems.add(new Problem(file, 0, 0, "history[" + i + "]", "must not be empty"));
                continue;
            }
            for (ModelValidation.Violation v : ModelValidation.validate(c)) {
                problems.add(new Problem(file, 0, 0, "history[" + i + "]." + v.path(), v.message()));
            }
            archived.add(new Located(c, file, "history[" + i + "]", locations));
        }
        problems.addAll(rules(located));
        problems.addAll(history(located, archived));
        problems.sort(Problem.ORDER);
        return problems;
    }

    /**
     * Rules for earlier revisions: each passes the criterion rules, each key is kept once, and each is older than
     * the current criterion with its id.
     */
    static List<Problem> history(List<Located> current, List<Located> archived) {
        List<Problem> problems = new ArrayList<>();
        CriterionRules rules = new CriterionRules();
        Map<String, Criterion> currentById = new HashMap<>();
        current.forEach(l -> currentById.putIfAbsent(l.criterion().id(), l.criterion()));
        Map<String, Located> seen = new HashMap<>();
        // As for current criteria: parsing every text is the slow part, so earlier revisions are checked in parallel
        // and their problems collected back in order.
        List<List<ModelValidation.Violation>> checked = archived.parallelStream()
                .map(l -> rules.check(l.criterion())).toList();
        for (int i = 0; i < archived.size(); i++) {
            Located l = archived.get(i);
            Criterion c = l.criterion();
            for (ModelValidation.Violation v : checked.get(i)) {
                problems.add(problem(l, l.path() + "." + v.path(), v.message()));
            }
            if (c.id() == null) {
                continue;
            }
            if (seen.putIfAbsent(c.key(), l) != null) {
                problems.add(problem(l, l.path() + ".revision", "revision " + c.key() + " is kept twice"));
            }
            Criterion now = currentById.get(c.id());
            if (now != null && c.revision() >= now.revision()) {
                problems.add(problem(l, l.path() + ".revision", "an earlier revision must be below the current "
                        + now.key()));
            }
        }
        return problems;
    }

    static List<Problem> check(Criterion criterion) {
        List<Problem> problems = new ArrayList<>();
        for (ModelValidation.Violation v : ModelValidation.validate(criterion)) {
            problems.add(new Problem(null, 0, 0, v.path(), v.message()));
        }
        for (ModelValidation.Violation v : new CriterionRules().check(criterion)) {
            problems.add(new Problem(null, 0, 0, v.path(), v.message()));
        }
        problems.sort(Problem.ORDER);
        return problems;
    }

    /** Cross-field rules and unique ids over criteria that may come from several files. */
    static List<Problem> rules(List<Located> criteria) {
        List<Problem> problems = new ArrayList<>();
        CriterionRules rules = new CriterionRules();
        Map<String, Located> seen = new HashMap<>();
        // The per-criterion rules parse every text with FreeMarker, the slowest check; criteria are independent, so
        // they run in parallel and their problems are collected back in order.
        List<List<ModelValidation.Violation>> checked = criteria.parallelStream()
                .map(l -> rules.check(l.criterion())).toList();
        for (int i = 0; i < criteria.size(); i++) {
            Located l = criteria.get(i);
            for (ModelValidation.Violation v : checked.get(i)) {
                problems.add(problem(l, l.path() + "." + v.path(), v.message()));
            }
            String id = l.criterion().id();
            if (id == null) {
                continue;
            }
            Located first = seen.putIfAbsent(id, l);
            if (first != null) {
                Position at = first.locations().find(first.path() + ".id");
                String where = (first.file() == null ? "" : first.file() + ":") + (at.known() ? at : first.path());
                problems.add(problem(l, l.path() + ".id", "duplicate id " + id + ", first defined at " + where));
            }
        }
        for (Located l : criteria) {
            String successor = l.criterion().supersededBy();
            if (successor != null && !seen.containsKey(successor)) {
                problems.add(problem(l, l.path() + ".supersededBy", "names " + successor + ", which is not in the bank"));
            }
        }
        return problems;
    }

    static Problem problem(Located l, String path, String message) {
        return new Problem(l.file(), l.locations().find(path), path, message);
    }
}
