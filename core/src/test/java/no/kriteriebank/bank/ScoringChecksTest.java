package no.kriteriebank.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import no.kriteriebank.Fixtures;
import no.kriteriebank.model.AwardDetails;
import no.kriteriebank.model.Choice;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.model.ParameterType;
import no.kriteriebank.model.PriceAddition;
import no.kriteriebank.model.ScoringMethod;
import org.junit.jupiter.api.Test;

/** Load-time rules for scorings that divide by the offered value and for additions to the evaluated price. */
class ScoringChecksTest {
    private static final LocalizedText SCALE = LocalizedText.of("Lavest får 10.", "Lågast får 10.", "Lowest gets 10.");

    private static List<String> problems(Criterion c) {
        return CriteriaBank.check(c).stream().map(p -> p.path() + ": " + p.message()).toList();
    }

    private static Criterion gwp(boolean signedTotal, ScoringMethod scoring) {
        Parameter indicator = new Parameter("indicator", ParameterType.CHOICE, LocalizedText.of("Indikator",
                "Indikator", "Indicator"), null, null, null, "gwp-fossil", List.of(
                        new Choice("gwp-fossil", LocalizedText.of("GWP-fossil", "GWP-fossil", "GWP-fossil")),
                        new Choice("gwp-total", LocalizedText.of("GWP-total", "GWP-total", "GWP-total"),
                                signedTotal ? Boolean.TRUE : null)));
        return Fixtures.award()
                .text(LocalizedText.of("Oppgi ${indicator}.", "Oppgje ${indicator}.", "State ${indicator}."))
                .parameter(indicator)
                .award(new AwardDetails(scoring, SCALE, BigDecimal.TEN, BigDecimal.valueOf(30)))
                .build();
    }

    @Test
    void anInverseProportionalScoringRefusesAMeasureThatCanBeZeroOrNegative() {
        assertThat(problems(gwp(false, ScoringMethod.INVERSE_PROPORTIONAL))).isEmpty();
        assertThat(problems(gwp(true, ScoringMethod.INVERSE_PROPORTIONAL))).containsExactly(
                "parameters[0].choices[1].signed: 'gwp-total' can be zero or negative, and INVERSE_PROPORTIONAL divides"
                        + " by the offered value; remove the choice or score another way");
        assertThat(problems(gwp(true, ScoringMethod.POINTS_SCALE))).isEmpty();
    }

    private static Criterion carbonPrice(String min, String max, PriceAddition addition, ScoringMethod scoring) {
        Parameter rate = new Parameter("co2Price", ParameterType.DECIMAL, LocalizedText.of("Pris", "Pris", "Price"),
                null, null, null, "7.5", List.of());
        Parameter note = new Parameter("note", ParameterType.TEXT, LocalizedText.of("Merknad", "Merknad", "Note"),
                null, null, null, "x", List.of());
        Parameter estimate = new Parameter("unitPrice", ParameterType.DECIMAL, LocalizedText.of("Pris", "Pris",
                "Price"), null, null, null, null, List.of());
        return Fixtures.award()
                .text(LocalizedText.of("${co2Price} ${note} ${unitPrice}", "${co2Price} ${note} ${unitPrice}",
                        "${co2Price} ${note} ${unitPrice}"))
                .parameter(rate).parameter(note).parameter(estimate)
                .award(new AwardDetails(scoring, SCALE, new BigDecimal(min), new BigDecimal(max), addition))
                .build();
    }

    @Test
    void aPriceAdditionNamesNumericParametersAndHasNoWeightOfItsOwn() {
        PriceAddition good = new PriceAddition("co2Price", "co2Price", "unitPrice");
        assertThat(problems(carbonPrice("0", "0", good, ScoringMethod.PRICE_ADDITION))).isEmpty();
        assertThat(problems(carbonPrice("10", "30", good, ScoringMethod.PRICE_ADDITION))).containsExactly(
                "award.maxWeight: a PRICE_ADDITION has no weight of its own (it counts inside the price or cost"
                        + " component); set minWeight and maxWeight to 0");
        assertThat(problems(carbonPrice("0", "0", null, ScoringMethod.PRICE_ADDITION))).containsExactly(
                "award.addition: a PRICE_ADDITION criterion must name its rate, quantity and price parameters");
        assertThat(problems(carbonPrice("0", "0", new PriceAddition("co2Price", "note", "missing"),
                ScoringMethod.PRICE_ADDITION))).containsExactly(
                "award.addition.price: names 'missing', which is not declared in parameters",
                "award.addition.quantity: names 'note', which must be a DECIMAL or INTEGER parameter, not TEXT");
        assertThat(problems(carbonPrice("10", "30", good, ScoringMethod.LINEAR))).containsExactly(
                "award.addition: only PRICE_ADDITION criteria have an addition, not LINEAR");
    }
}
