package no.kriteriebank.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;

/**
 * What the rules look at: the tender, its selected criteria resolved against the bank, and the rule set in force
 * (null when none applies, in which case the § 7-9 rule has nothing to check against).
 */
record TenderContext(Tender tender, CriteriaBank bank, RuleSet ruleSet, List<Selection> selections) {

    /**
     * One selected criterion.
     *
     * @param index its place in {@code tender.criteria}
     * @param selected what the tender says
     * @param id the criterion id without a pinned revision, or null when the selection has none
     * @param criterion the bank's criterion with that id, or null when the bank has none
     */
    record Selection(int index, SelectedCriterion selected, String id, Criterion criterion) {
        String path() {
            return "criteria[" + index + "]";
        }

        boolean isKind(CriterionKind kind) {
            return criterion != null && criterion.kind() == kind;
        }
    }

    TenderContext {
        selections = List.copyOf(selections);
    }

    /**
     * Resolves the tender's selected criteria against the bank: a pinned key to exactly that revision when the bank
     * keeps it (current or in its history), otherwise to the current criterion, whose revision a rule then compares.
     */
    static TenderContext of(Tender tender, CriteriaBank bank, RuleSet ruleSet) {
        List<Selection> selections = new ArrayList<>();
        for (int i = 0; i < tender.criteria().size(); i++) {
            SelectedCriterion s = tender.criteria().get(i);
            String id = s == null || s.id() == null ? null : s.criterionId();
            Criterion c = id == null ? null : bank.find(s.id()).or(() -> bank.find(id)).orElse(null);
            selections.add(new Selection(i, s, id, c));
        }
        return new TenderContext(tender, bank, ruleSet, selections);
    }

    /** The first selection of a criterion id, if the tender selects it. */
    Optional<Selection> selection(String id) {
        return selections.stream().filter(s -> id.equals(s.id())).findFirst();
    }

    /**
     * Whether the tender holds a specification requirement: a selected SPECIFICATION criterion from the bank, or one
     * the buyer wrote (an addition of kind SPECIFICATION). KOFA 2024/639: the content decides, not the source.
     */
    boolean hasSpecificationRequirement() {
        return selections.stream().anyMatch(s -> s.isKind(CriterionKind.SPECIFICATION))
                || tender.additions().stream().anyMatch(a -> a != null && a.isKind(CriterionKind.SPECIFICATION));
    }

    /** Whether the tender records a justification for its climate option. */
    boolean hasJustification() {
        String justification = tender.environment() == null ? null : tender.environment().justification();
        return justification != null && !justification.isBlank();
    }

    /** Whether the tender uses award criteria: an award model with at least one component. */
    boolean usesAwardCriteria() {
        return !components().isEmpty();
    }

    /** The award model's components, or none when the tender has no award model. */
    List<AwardComponent> components() {
        return tender.award() == null ? List.of() : tender.award().components();
    }

    /** The indices of the climate and environment components. */
    List<Integer> environmentComponents() {
        List<Integer> indices = new ArrayList<>();
        List<AwardComponent> components = components();
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i) != null && components.get(i).category() == AwardCategory.ENVIRONMENT) {
                indices.add(i);
            }
        }
        return Collections.unmodifiableList(indices);
    }

    /** A component's name for messages. */
    static String name(AwardComponent component, int index) {
        return component.name() == null || component.name().isBlank() ? "#" + (index + 1) : component.name();
    }

    /** The criterion id a component refers to, without a pinned revision. */
    static String unpinned(String reference) {
        return no.kriteriebank.model.CriterionRef.idOf(reference);
    }
}
