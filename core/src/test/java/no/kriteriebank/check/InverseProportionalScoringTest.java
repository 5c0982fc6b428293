package no.kriteriebank.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.model.ScoringMethod;
import org.junit.jupiter.api.Test;

/** "Lowest / offered" divides by the offered value, so it refuses values of zero or below. */
class InverseProportionalScoringTest {
    private final InverseProportionalScoring gwp = new InverseProportionalScoring(
            LocalizedText.of("GWP", "GWP", "GWP"), BigDecimal.TEN);

    @Test
    void theLowestGetsFullPointsAndOthersInInverseProportion() {
        assertThat(gwp.points(new BigDecimal("200"), new BigDecimal("200"))).isEqualByComparingTo("10.00");
        assertThat(gwp.points(new BigDecimal("300"), new BigDecimal("200"))).isEqualByComparingTo("6.67");
        assertThat(gwp.method()).isEqualTo(ScoringMethod.INVERSE_PROPORTIONAL);
    }

    @Test
    void negativeOrZeroValuesWouldInvertTheRankingAndAreRefused() {
        // GWP-total of glulam: lowest −700, offered −650 would give 10.77 points, above the best offer
        assertThatThrownBy(() -> gwp.points(new BigDecimal("-650"), new BigDecimal("-700")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("greater than 0");
        assertThatThrownBy(() -> gwp.points(new BigDecimal("120"), new BigDecimal("-5")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gwp.points(BigDecimal.ZERO, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gwp.points(new BigDecimal("100"), new BigDecimal("200")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itExplainsItselfAndItsConditionInEveryLanguage() {
        assertThat(gwp.explain(Language.NB)).contains("10 × laveste verdi / tilbudt verdi").contains("større enn null");
        assertThat(gwp.explain(Language.NN)).contains("lågaste verdi / tilboden verdi").contains("større enn null");
        assertThat(gwp.explain(Language.EN)).contains("lowest value / offered value").contains("greater than zero");
    }
}
