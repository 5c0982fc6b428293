package no.kriteriebank.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import no.kriteriebank.model.AwardDetails;
import no.kriteriebank.model.Choice;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.model.ParameterType;
import no.kriteriebank.model.PriceAddition;
import no.kriteriebank.model.ScoringMethod;

/**
 * Load-time rules that keep a scoring method sound: a scoring that divides by the offered value is never offered a
 * measure that can be zero or negative, and a price addition names numeric parameters for its estimate and carries
 * no weight of its own (it is evaluated inside the price or cost component). Internal.
 */
final class ScoringRules {
    private ScoringRules() {
    }

    static void check(Criterion c, List<ModelValidation.Violation> out) {
        AwardDetails award = c.award();
        if (award == null || award.scoring() == null) {
            return;
        }
        if (award.scoring() == ScoringMethod.INVERSE_PROPORTIONAL) {
            for (int i = 0; i < c.parameters().size(); i++) {
                Parameter p = c.parameters().get(i);
                if (p == null) {
                    continue;
                }
                for (int j = 0; j < p.choices().size(); j++) {
                    Choice choice = p.choices().get(j);
                    if (choice != null && choice.isSigned()) {
                        out.add(new ModelValidation.Violation("parameters[" + i + "].choices[" + j + "].signed",
                                "'" + choice.value() + "' can be zero or negative, and " + ScoringMethod.INVERSE_PROPORTIONAL
                                        + " divides by the offered value; remove the choice or score another way"));
                    }
                }
            }
        }
        PriceAddition addition = award.addition();
        if (award.scoring() == ScoringMethod.PRICE_ADDITION) {
            if (addition == null) {
                out.add(new ModelValidation.Violation("award.addition",
                        "a PRICE_ADDITION criterion must name its rate, quantity and price parameters"));
            } else {
                parameter(c, "award.addition.rate", addition.rate(), out);
                parameter(c, "award.addition.quantity", addition.quantity(), out);
                parameter(c, "award.addition.price", addition.price(), out);
            }
            if (nonZero(award.minWeight()) || nonZero(award.maxWeight())) {
                out.add(new ModelValidation.Violation("award.maxWeight", "a PRICE_ADDITION has no weight of its own "
                        + "(it counts inside the price or cost component); set minWeight and maxWeight to 0"));
            }
        } else if (addition != null) {
            out.add(new ModelValidation.Violation("award.addition",
                    "only PRICE_ADDITION criteria have an addition, not " + award.scoring()));
        }
    }

    private static void parameter(Criterion c, String path, String name, List<ModelValidation.Violation> out) {
        if (name == null) {
            return;
        }
        Optional<Parameter> p = c.parameters().stream().filter(x -> x != null && name.equals(x.name())).findFirst();
        if (p.isEmpty()) {
            out.add(new ModelValidation.Violation(path, "names '" + name + "', which is not declared in parameters"));
        } else if (p.get().type() != ParameterType.DECIMAL && p.get().type() != ParameterType.INTEGER) {
            out.add(new ModelValidation.Violation(path, "names '" + name + "', which must be a DECIMAL or INTEGER "
                    + "parameter, not " + p.get().type()));
        }
    }

    private static boolean nonZero(BigDecimal weight) {
        return weight != null && weight.signum() != 0;
    }
}
