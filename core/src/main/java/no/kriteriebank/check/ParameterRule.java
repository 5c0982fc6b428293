package no.kriteriebank.check;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.kriteriebank.internal.DidYouMean;
import no.kriteriebank.internal.ParameterValues;
import no.kriteriebank.model.Choice;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.model.ParameterType;

/**
 * The buyer's parameter values: each names a parameter of the criterion ("did you mean" otherwise), fits its type
 * and bounds, and every parameter without a default has a value. Whether a value fits is decided by
 * {@link ParameterValues}, the same test the bank applies to defaults; this rule only words the answer.
 */
final class ParameterRule implements StandardRule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void apply(TenderContext context, Report report) {
        Wording w = report.wording();
        for (TenderContext.Selection s : context.selections()) {
            Criterion c = s.criterion();
            if (c == null) {
                continue;
            }
            for (Map.Entry<String, String> value : s.selected().values().entrySet()) {
                String path = s.path() + ".values." + value.getKey();
                Optional<Parameter> parameter = c.parameter(value.getKey());
                if (parameter.isEmpty()) {
                    var names = c.parameters().stream().map(Parameter::name).sorted().toList();
                    report.add(FindingCode.CRITERION_PARAMETER_UNKNOWN, path, Map.of(
                            "criterion", c.id(),
                            "name", value.getKey(),
                            "hint", w.didYouMean(DidYouMean.closest(value.getKey(), names)),
                            "known", w.list(names)));
                    continue;
                }
                Parameter p = parameter.get();
                if (ParameterValues.problem(p, value.getValue()).isPresent()) {
                    report.add(FindingCode.CRITERION_PARAMETER_VALUE, path, Map.of(
                            "criterion", c.id(),
                            "parameter", w.text(p.label()),
                            "value", value.getValue() == null ? "" : value.getValue(),
                            "allowed", allowed(w, p)));
                }
            }
            for (Parameter p : c.parameters()) {
                if (p.defaultValue() == null && !s.selected().values().containsKey(p.name())) {
                    report.add(FindingCode.CRITERION_PARAMETER_MISSING, s.path() + ".values", Map.of(
                            "criterion", c.id(),
                            "parameter", w.text(p.label()),
                            "name", p.name()));
                }
            }
        }
    }

    /** What the parameter accepts, in words: "en prosentsats fra 10 % til 100 %", "one of euro-vi, euro-6". */
    static String allowed(Wording w, Parameter p) {
        ParameterType type = p.type();
        switch (type) {
            case TEXT:
            case DATE:
                return w.phrase("allowed." + type.name(), Map.of());
            case CHOICE:
                return w.phrase("allowed.CHOICE", Map.of("choices",
                        p.choices().stream().map(Choice::value).collect(Collectors.joining(", "))));
            default:
                break;
        }
        BigDecimal min = p.min();
        BigDecimal max = p.max();
        if (type == ParameterType.PERCENT) {
            min = min == null ? BigDecimal.ZERO : min;
            max = max == null ? HUNDRED : max;
        }
        String kind = w.phrase("allowed." + type.name(), Map.of());
        if (min != null && max != null) {
            return kind + w.phrase("allowed.range", Map.of("min", bound(w, type, min), "max", bound(w, type, max)));
        }
        if (min != null) {
            return kind + w.phrase("allowed.atLeast", Map.of("min", bound(w, type, min)));
        }
        if (max != null) {
            return kind + w.phrase("allowed.atMost", Map.of("max", bound(w, type, max)));
        }
        return kind;
    }

    private static String bound(Wording w, ParameterType type, BigDecimal value) {
        if (type == ParameterType.YEAR) {
            return value.stripTrailingZeros().toPlainString(); // a year is a name, never grouped: 2035, not 2,035
        }
        return type == ParameterType.PERCENT ? w.percent(value) : w.number(value);
    }
}
