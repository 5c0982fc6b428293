package no.kriteriebank.internal;

import freemarker.template.Configuration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.CriterionStatus;
import no.kriteriebank.model.DocumentationRequirement;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.model.ParameterType;

/**
 * The rules about a criterion that no single field annotation can say: texts parse, placeholders and parameters
 * match, award details go with award criteria, weight ranges and bounds are in order, defaults are valid, labels
 * accept equivalents, the id fits the area. Internal.
 */
public final class CriterionRules {
    private final Configuration snippets = Sandbox.snippetConfiguration();

    /**
     * Checks one criterion; paths are relative to it (e.g. {@code text.nb}), violations sorted by path.
     *
     * @param c the criterion
     * @return the violations, sorted by path
     */
    public List<ModelValidation.Violation> check(Criterion c) {
        List<ModelValidation.Violation> out = new ArrayList<>();
        if (c.id() != null && c.area() != null && c.id().matches(Criterion.ID_PATTERN)) {
            String local = c.id().substring(c.id().indexOf(':') + 1);
            String prefix = local.substring(0, 3);
            if (!prefix.equals(c.area().prefix())) {
                out.add(v("id", "prefix " + prefix + " does not match area " + c.area() + ", whose criteria start with "
                        + c.area().prefix()));
            }
        }
        if (c.kind() != null) {
            if (c.kind() == CriterionKind.AWARD && c.award() == null) {
                out.add(v("award", "an AWARD criterion must say how it is scored and weighted"));
            } else if (c.kind() != CriterionKind.AWARD && c.award() != null) {
                out.add(v("award", "only AWARD criteria have award details, not " + c.kind()));
            }
        }
        if (c.award() != null && c.award().minWeight() != null && c.award().maxWeight() != null
                && c.award().minWeight().compareTo(c.award().maxWeight()) > 0) {
            out.add(v("award.maxWeight", "must not be below minWeight (" + c.award().minWeight().toPlainString()
                    + " > " + c.award().maxWeight().toPlainString() + ")"));
        }
        if (c.status() == CriterionStatus.DEPRECATED && c.supersededBy() == null) {
            out.add(v("supersededBy", "a DEPRECATED criterion must name its successor"));
        }
        checkParameters(c, out);
        ScoringRules.check(c, out);
        checkTexts(c, out);
        for (int i = 0; i < c.documentation().size(); i++) {
            DocumentationRequirement d = c.documentation().get(i);
            if (d != null && d.type() != null && d.type().isLabelOrCertificate() && !d.equivalentAccepted()) {
                out.add(v("documentation[" + i + "].equivalentAccepted",
                        "a " + d.type() + " must accept equivalents (\"eller tilsvarende\")"));
            }
        }
        out.sort(java.util.Comparator.comparing(ModelValidation.Violation::path)
                .thenComparing(ModelValidation.Violation::message));
        return out;
    }

    private void checkParameters(Criterion c, List<ModelValidation.Violation> out) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < c.parameters().size(); i++) {
            Parameter p = c.parameters().get(i);
            if (p == null || p.name() == null || p.type() == null) {
                continue;
            }
            String at = "parameters[" + i + "]";
            if (!names.add(p.name())) {
                out.add(v(at + ".name", "parameter '" + p.name() + "' is declared twice"));
            }
            if (p.min() != null && p.max() != null && p.min().compareTo(p.max()) > 0) {
                out.add(v(at + ".max", "must not be below min (" + p.min().toPlainString() + " > "
                        + p.max().toPlainString() + ")"));
            }
            boolean numeric = p.type() != ParameterType.TEXT && p.type() != ParameterType.CHOICE
                    && p.type() != ParameterType.DATE;
            if (!numeric && (p.min() != null || p.max() != null)) {
                out.add(v(at + ".min", "a " + p.type() + " parameter has no bounds"));
            }
            if (p.type() == ParameterType.PERCENT && (outside(p.min()) || outside(p.max()))) {
                out.add(v(at + ".max", "percentage bounds must lie from 0 to 100"));
            }
            if (p.type() == ParameterType.CHOICE && p.choices().isEmpty()) {
                out.add(v(at + ".choices", "a CHOICE parameter must list its choices"));
            }
            if (p.type() != ParameterType.CHOICE && !p.choices().isEmpty()) {
                out.add(v(at + ".choices", "only CHOICE parameters have choices"));
            }
            if (p.defaultValue() != null) {
                ParameterValues.problem(p, p.defaultValue()).ifPresent(m -> out.add(v(at + ".default", m)));
            }
        }
    }

    private static boolean outside(BigDecimal bound) {
        return bound != null && (bound.signum() < 0 || bound.compareTo(BigDecimal.valueOf(100)) > 0);
    }

    private void checkTexts(Criterion c, List<ModelValidation.Violation> out) {
        if (c.text() == null) {
            return;
        }
        Set<String> declared = new HashSet<>();
        c.parameters().forEach(p -> {
            if (p != null && p.name() != null) {
                declared.add(p.name());
            }
        });
        Set<String> usedAnywhere = new HashSet<>();
        for (Language language : Language.values()) {
            String text = c.text().get(language).orElse(null);
            if (text == null) {
                continue;
            }
            String at = "text." + language.code();
            try {
                Sandbox.parseSnippet(snippets, c.id() + "/" + language.code(), text);
            } catch (Sandbox.SnippetException e) {
                out.add(v(at, "cannot be parsed: " + e.getMessage()));
                continue;
            }
            Set<String> used = Placeholders.names(text);
            usedAnywhere.addAll(used);
            for (String name : used) {
                if (!declared.contains(name)) {
                    out.add(v(at, "uses ${" + name + "}, which is not declared in parameters"));
                }
            }
            for (int i = 0; i < c.parameters().size(); i++) {
                Parameter p = c.parameters().get(i);
                if (p != null && p.name() != null && !used.contains(p.name())) {
                    out.add(v("parameters[" + i + "].name", "'" + p.name() + "' is declared but not used in " + at));
                }
            }
        }
    }

    private static ModelValidation.Violation v(String path, String message) {
        return new ModelValidation.Violation(path, message);
    }
}
