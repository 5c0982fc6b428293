package no.kriteriebank.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.check.NumberWeight;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.EnvironmentalImpact;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.EnvironmentApproach;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;
import no.kriteriebank.tender.Weighting;

/**
 * A tender as the exports see it: its criteria resolved against the bank, its award model as {@link AwardLine}s in
 * order (with the line that marks the § 7-9 option, when the option is not weighted award criteria), and the
 * environmental impacts its criteria address. Building one checks what every export needs; what only one format
 * needs is checked by its exporter.
 */
final class TenderView {
    /**
     * The climate weight from which Doffin shows a lot as green (DFØ's national rule EFORMS-NOR-NATIONAL-SP-R004).
     * This is Doffin's indicator, not a statement of the legal minimum.
     */
    static final BigDecimal GREEN_WEIGHT = BigDecimal.valueOf(30);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Tender tender;
    private final List<AwardLine> lines;
    private final Map<Criterion, CriterionUse> criteria;
    private final Set<EnvironmentalImpact> impacts;

    /** How the tender uses a criterion: selected in a section, referred to by an award component, or both. */
    record CriterionUse(boolean selected, boolean weighted) {
    }

    private TenderView(Tender tender, List<AwardLine> lines, Map<Criterion, CriterionUse> criteria) {
        this.tender = tender;
        this.lines = List.copyOf(lines);
        this.criteria = Collections.unmodifiableMap(criteria);
        Set<EnvironmentalImpact> all = EnumSet.noneOf(EnvironmentalImpact.class);
        criteria.keySet().forEach(c -> all.addAll(c.environmentalImpacts()));
        this.impacts = Collections.unmodifiableSet(all);
    }

    static TenderView of(Tender tender, CriteriaBank bank) {
        Language language = tender.language();
        Map<Criterion, CriterionUse> used = new LinkedHashMap<>();
        for (int i = 0; i < tender.criteria().size(); i++) {
            SelectedCriterion s = tender.criteria().get(i);
            Criterion c = resolve(bank, s.id(), "criteria[" + i + "].id");
            used.merge(c, new CriterionUse(true, false), TenderView::both);
        }
        List<AwardLine> lines = new ArrayList<>();
        AwardModel award = tender.award();
        EnvironmentApproach approach = tender.environment();
        EnvironmentOption option = approach == null ? null : approach.option();
        boolean markerNeeded = option != null && option != EnvironmentOption.AWARD_CRITERIA;
        boolean english = language == Language.EN;
        if (award != null && !award.components().isEmpty()) {
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < award.components().size(); i++) {
                AwardComponent component = award.components().get(i);
                String path = "award.components[" + i + "]";
                List<Criterion> evaluated = new ArrayList<>();
                for (int j = 0; j < component.criteria().size(); j++) {
                    Criterion c = resolve(bank, component.criteria().get(j), path + ".criteria[" + j + "]");
                    used.merge(c, new CriterionUse(false, true), TenderView::both);
                    evaluated.add(c);
                }
                BigDecimal number = number(award.weighting(), component, path);
                total = total.add(number);
                boolean marker = markerNeeded && component.category() == AwardCategory.ENVIRONMENT
                        && award.weighting() == Weighting.WEIGHTS && number.signum() == 0;
                String code = marker ? NorwegianCode.of(option).code() : code(component.category());
                String description = marker ? firstText(approach.justification(), component.description())
                        : firstText(component.description(), titles(evaluated, language, path));
                String nameEn = english ? component.name() : firstText(component.nameEn(),
                        marker ? NorwegianCode.of(option).label().get(Language.EN).orElseThrow() : null);
                String descriptionEn;
                if (marker) {
                    descriptionEn = english ? description
                            : firstText(approach.justificationEn(), component.descriptionEn());
                } else {
                    descriptionEn = english ? description
                            : firstText(component.descriptionEn(), englishTitles(evaluated));
                    if (descriptionEn == null) {
                        descriptionEn = nameEn;
                    }
                }
                if (marker) {
                    markerNeeded = false;
                }
                lines.add(new AwardLine(component.category(), code, component.name(),
                        description == null && !marker ? component.name() : description, nameEn, descriptionEn,
                        NumberWeight.of(award.weighting()), number, marker, marker ? "environment.option" : path));
            }
            if (award.weighting() == Weighting.WEIGHTS && total.compareTo(HUNDRED) != 0) {
                throw new ExportException(ExportCode.EXPORT_WEIGHT_SUM, "award.components",
                        "the weights add up to " + total.stripTrailingZeros().toPlainString()
                                + ", not 100; a notice states each criterion's share of the whole");
            }
            if (markerNeeded) {
                NorwegianCode marker = NorwegianCode.of(option);
                String justification = firstText(approach.justification(), null);
                lines.add(new AwardLine(AwardCategory.ENVIRONMENT, marker.code(),
                        marker.label().get(language).orElseThrow(), justification,
                        marker.label().get(Language.EN).orElseThrow(),
                        english ? justification : firstText(approach.justificationEn(), null),
                        NumberWeight.PER_EXA, BigDecimal.ZERO, true, "environment.option"));
            }
        }
        return new TenderView(tender, lines, used);
    }

    private static CriterionUse both(CriterionUse a, CriterionUse b) {
        return new CriterionUse(a.selected() || b.selected(), a.weighted() || b.weighted());
    }

    private static Criterion resolve(CriteriaBank bank, String id, String path) {
        return bank.find(id).orElseThrow(() -> {
            String plain = no.kriteriebank.model.CriterionRef.idOf(id);
            String hint = bank.find(plain).isPresent() ? " (the bank has " + bank.find(plain).get().key() + ")"
                    : bank.suggest(plain).map(s -> " (did you mean " + s + "?)").orElse("");
            return new ExportException(ExportCode.EXPORT_UNKNOWN_CRITERION, path,
                    "unknown criterion '" + id + "' in " + bank.info().label() + hint);
        });
    }

    private static BigDecimal number(Weighting weighting, AwardComponent component, String path) {
        if (weighting == Weighting.WEIGHTS) {
            if (component.weight() == null) {
                throw new ExportException(ExportCode.EXPORT_WEIGHT_MISSING, path + ".weight",
                        "'" + component.name() + "' has no weight; with WEIGHTS every component needs one");
            }
            return component.weight();
        }
        if (component.priority() == null) {
            throw new ExportException(ExportCode.EXPORT_PRIORITY_MISSING, path + ".priority",
                    "'" + component.name() + "' has no rank; with PRIORITY every component needs one");
        }
        return BigDecimal.valueOf(component.priority());
    }


    private static String code(AwardCategory category) {
        switch (category) {
            case PRICE:
                return "price";
            case COST:
                return "cost";
            case QUALITY:
                return "quality";
            default:
                return NorwegianCode.ENV_CRITERIA.code();
        }
    }

    /** The evaluated criteria as {@code TRA-06 Title; TRA-07 Title}, or null when there are none. */
    private static String titles(List<Criterion> evaluated, Language language, String path) {
        if (evaluated.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Criterion c : evaluated) {
            String title = c.title().get(language).orElseThrow(() -> new ExportException(
                    ExportCode.EXPORT_TRANSLATION_MISSING, path + ".criteria", c.key() + " has no title in " + language.code()
                            + "; give the component a description in " + language.code()
                            + ", or translate the criterion"));
            parts.add(c.id() + " " + title);
        }
        return String.join("; ", parts);
    }

    /** The evaluated criteria as {@code TRA-06 Title} in English, or null when there are none or one lacks it. */
    private static String englishTitles(List<Criterion> evaluated) {
        if (evaluated.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Criterion c : evaluated) {
            String title = c.title().get(Language.EN).orElse(null);
            if (title == null) {
                return null;
            }
            parts.add(c.id() + " " + title);
        }
        return String.join("; ", parts);
    }

    static String firstText(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return second == null || second.isBlank() ? null : second.strip();
    }

    Tender tender() {
        return tender;
    }

    /** The award criteria in the order of the award model, then the § 7-9 marker; empty without an award model. */
    List<AwardLine> lines() {
        return lines;
    }

    /** Every criterion the tender uses, selected or evaluated by an award component, in order of first use. */
    Map<Criterion, CriterionUse> criteria() {
        return criteria;
    }

    /** The environmental impacts the tender's criteria address, in codelist order. */
    Set<EnvironmentalImpact> impacts() {
        return impacts;
    }

    /** The criteria of one kind the tender selects, in order of first use. */
    List<Criterion> selected(no.kriteriebank.model.CriterionKind kind) {
        List<Criterion> found = new ArrayList<>();
        criteria.forEach((c, use) -> {
            if (use.selected() && c.kind() == kind) {
                found.add(c);
            }
        });
        return found;
    }

    /** Whether criteria of the base bank are used (ids without a namespace): national criteria in eForms terms. */
    boolean usesBaseCriteria() {
        return criteria.keySet().stream().anyMatch(c -> c.id().indexOf(':') < 0);
    }

    /** Whether a network's criteria are used (ids with a namespace, {@code gki:TRA-01}): other criteria. */
    boolean usesOverlayCriteria() {
        return criteria.keySet().stream().anyMatch(c -> c.id().indexOf(':') >= 0);
    }

    /**
     * Whether Doffin shows the lot as green: climate award criteria weigh at least 30 %, or rank among the three
     * most important, or the specification route is marked.
     */
    boolean green() {
        BigDecimal climateWeight = BigDecimal.ZERO;
        for (AwardLine line : lines) {
            if (line.code().equals(NorwegianCode.ENV_SPEC.code())) {
                return true;
            }
            if (line.code().equals(NorwegianCode.ENV_CRITERIA.code())) {
                if (line.ranked() && line.number().compareTo(BigDecimal.valueOf(3)) <= 0) {
                    return true;
                }
                if (line.numberWeight() == NumberWeight.PER_EXA) {
                    climateWeight = climateWeight.add(line.number());
                }
            }
        }
        return climateWeight.compareTo(GREEN_WEIGHT) >= 0;
    }
}
