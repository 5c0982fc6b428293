package no.kriteriebank.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.kriteriebank.model.Language;
import org.junit.jupiter.api.Test;

/** The one set of rules for numbers, percentages and dates in running text. */
class LocalFormatTest {
    private static final LocalFormat NB = LocalFormat.of(Language.NB);
    private static final LocalFormat NN = LocalFormat.of(Language.NN);
    private static final LocalFormat EN = LocalFormat.of(Language.EN);

    @Test
    void norwegianGroupsFromFiveDigitsWithANoBreakSpaceAndUsesTheMinusSign() {
        assertThat(NB.number(new BigDecimal("4500"))).isEqualTo("4500");
        assertThat(NB.number(new BigDecimal("12000"))).isEqualTo("12\u00a0000");
        assertThat(NN.number(new BigDecimal("4500000.50"))).isEqualTo("4\u00a0500\u00a0000,5");
        assertThat(NB.number(new BigDecimal("-123456"))).isEqualTo("\u2212123\u00a0456");
        assertThat(NB.number(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void englishGroupsFromFourDigitsWithCommas() {
        assertThat(EN.number(new BigDecimal("1000"))).isEqualTo("1,000");
        assertThat(EN.number(new BigDecimal("123456.25"))).isEqualTo("123,456.25");
        assertThat(EN.number(new BigDecimal("-5"))).isEqualTo("-5");
    }

    @Test
    void percentTakesANoBreakSpaceInNorwegianAndNoneInEnglish() {
        assertThat(NB.percent(new BigDecimal("30"))).isEqualTo("30\u00a0%");
        assertThat(NN.percent(new BigDecimal("33.333"))).isEqualTo("33,333\u00a0%");
        assertThat(EN.percent(new BigDecimal("29.990"))).isEqualTo("29.99%");
    }

    @Test
    void exactUnlessAskedToRound() {
        assertThat(NB.number(new BigDecimal("29.995"))).isEqualTo("29,995");
        assertThat(NB.number(new BigDecimal("29.995"), 2)).isEqualTo("30");
        assertThat(NB.percent(new BigDecimal("12.345"), 2)).isEqualTo("12,34\u00a0%");
        assertThat(EN.number(new BigDecimal("-0.001"), 2)).isEqualTo("0");
    }

    @Test
    void datesInLongForm() {
        assertThat(NB.date(LocalDate.of(2026, 7, 1))).isEqualTo("1. juli 2026");
        assertThat(NN.date(LocalDate.of(2027, 2, 1))).isEqualTo("1. februar 2027");
        assertThat(EN.date(LocalDate.of(2026, 7, 1))).isEqualTo("1 July 2026");
    }
}
