package no.kriteriebank.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.model.Reference;
import no.kriteriebank.model.ScoringMethod;

/**
 * What {@code show} prints after a criterion's rendered clause: its parameters (name, type, default, bounds, unit),
 * its references, and the facts about it (area, kind, level, status, CPV, impacts, languages). Plain data, so each
 * output format lays it out its own way ({@link Markup}).
 */
final class CriterionDetails {
    /**
     * One line of a section.
     *
     * @param lead what the line is about (a parameter name, a reference title, a fact's label)
     * @param text the rest of the line, or null
     * @param url where the line links to, or null
     */
    record Item(String lead, String text, String url) {
    }

    /**
     * A titled list of lines.
     *
     * @param heading the section heading
     * @param items the lines
     */
    record Section(String heading, List<Item> items) {
    }

    private CriterionDetails() {
    }

    /** The sections for a criterion, with labels in the given language. */
    static List<Section> of(Criterion c, Labels labels) {
        List<Section> sections = new ArrayList<>();
        if (!c.parameters().isEmpty()) {
            sections.add(new Section(labels.get("parameters.heading"),
                    c.parameters().stream().map(p -> parameter(p, labels)).toList()));
        }
        if (!c.references().isEmpty()) {
            List<Item> refs = new ArrayList<>();
            for (Reference r : c.references()) {
                refs.add(new Item(r.title(), null, r.url()));
            }
            sections.add(new Section(labels.get("references.heading"), refs));
        }
        sections.add(new Section(labels.get("details.heading"), facts(c, labels)));
        return sections;
    }

    private static Item parameter(Parameter p, Labels labels) {
        Language language = labels.language();
        List<String> facts = new ArrayList<>();
        facts.add(labels.get("parameter.type") + " " + Names.of(p.type()));
        facts.add(p.defaultValue() == null ? labels.get("parameter.noDefault")
                : labels.get("parameter.default") + " " + p.defaultValue());
        if (p.min() != null || p.max() != null) {
            facts.add(labels.get("parameter.range") + " " + range(p.min(), p.max()));
        }
        if (p.unit() != null) {
            facts.add(labels.get("parameter.unit") + " " + text(p.unit(), language));
        }
        if (!p.choices().isEmpty()) {
            facts.add(labels.get("parameter.choices") + " " + p.choices().stream()
                    .map(choice -> choice.value() + " (" + text(choice.label(), language) + ")")
                    .collect(Collectors.joining(", ")));
        }
        return new Item(p.name(), text(p.label(), language) + " (" + String.join("; ", facts) + ")", null);
    }

    private static List<Item> facts(Criterion c, Labels labels) {
        Language language = labels.language();
        List<Item> facts = new ArrayList<>();
        facts.add(fact(labels, "details.key", c.key()));
        facts.add(fact(labels, "details.area", text(c.area().label(), language) + " (" + Names.of(c.area()) + ")"));
        facts.add(fact(labels, "details.kind", text(c.kind().label(), language) + " (" + Names.of(c.kind()) + ")"));
        facts.add(fact(labels, "details.level", text(c.level().label(), language) + " (" + Names.of(c.level())
                + ")"));
        facts.add(fact(labels, "details.status", labels.get("status." + c.status().name())));
        if (c.supersededBy() != null) {
            facts.add(fact(labels, "details.supersededBy", c.supersededBy()));
        }
        if (c.award() != null) {
            facts.add(fact(labels, "details.weight", c.award().scoring() == ScoringMethod.PRICE_ADDITION
                    ? labels.get("details.weightPriceAddition")
                    : range(c.award().minWeight(), c.award().maxWeight()) + " %"));
        }
        facts.add(fact(labels, "details.cpv", c.cpv().isEmpty() ? labels.get("details.cpvAll")
                : String.join(", ", c.cpv())));
        if (!c.environmentalImpacts().isEmpty()) {
            facts.add(fact(labels, "details.impacts", c.environmentalImpacts().stream()
                    .map(i -> text(i.label(), language) + " (" + i.code() + ")")
                    .collect(Collectors.joining(", "))));
        }
        if (c.scope3Category() != null) {
            facts.add(fact(labels, "details.scope3", String.valueOf(c.scope3Category())));
        }
        facts.add(fact(labels, "details.languages", CriteriaListing.completeLanguages(c).stream()
                .map(Language::code).collect(Collectors.joining(", "))));
        if (c.since() != null) {
            facts.add(fact(labels, "details.since", c.since()));
        }
        return facts;
    }

    private static Item fact(Labels labels, String key, String value) {
        return new Item(labels.get(key), value, null);
    }

    private static String range(BigDecimal min, BigDecimal max) {
        if (min != null && max != null) {
            return min.toPlainString() + "\u2013" + max.toPlainString();
        }
        return min != null ? "\u2265 " + min.toPlainString() : "\u2264 " + max.toPlainString();
    }

    private static String text(LocalizedText text, Language language) {
        return text.get(language).orElse(text.nb());
    }
}
