package no.kriteriebank.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.kriteriebank.model.Language;
import org.junit.jupiter.api.Test;

/** Finding messages write values as rendered documents do, but exactly: a finding never rounds what it reports. */
class WordingTest {
    private static final Messages FINDINGS = Messages.load("findings");

    @Test
    void numbersAreGroupedAndExact() {
        Wording nb = new Wording(FINDINGS, Language.NB);
        assertThat(nb.number(new BigDecimal("4500000"))).isEqualTo("4\u00a0500\u00a0000");
        assertThat(nb.number(new BigDecimal("-12.50"))).isEqualTo("\u221212,5");
        assertThat(nb.percent(new BigDecimal("29.995"))).isEqualTo("29,995\u00a0%");
        Wording en = new Wording(FINDINGS, Language.EN);
        assertThat(en.number(new BigDecimal("4500000"))).isEqualTo("4,500,000");
        assertThat(en.percent(new BigDecimal("29.995"))).isEqualTo("29.995%");
    }

    @Test
    void datesInLongForm() {
        assertThat(new Wording(FINDINGS, Language.NN).date(LocalDate.of(2026, 6, 30))).isEqualTo("30. juni 2026");
        assertThat(new Wording(FINDINGS, Language.EN).date(LocalDate.of(2026, 6, 30))).isEqualTo("30 June 2026");
    }
}
