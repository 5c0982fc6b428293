package no.kriteriebank.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.kriteriebank.internal.NumberLimits;
import no.kriteriebank.problem.InvalidInputException;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.Tender;
import no.kriteriebank.tender.TenderLoader;

/**
 * Generated hostile numbers never get past loading: a weight, an estimated value or a parameter value written as
 * {@code 1e999999999}, with hundreds of digits, as NaN or infinity is refused with a position, quickly; what loads
 * lies within {@link NumberLimits} and checks in milliseconds.
 */
class HostileNumberProperties {
    private static final TenderChecker CHECKER = TenderChecker.forBank(CheckFixtures.bank());

    @Property(tries = 300)
    void hostileNumbersAreRefusedAtLoadOrStayBounded(@ForAll("numbers") String number) {
        String yaml = "title: T\nbuyer: B\nlanguage: nb\nestimatedValue: " + number + "\n"
                + "award:\n  weighting: WEIGHTS\n  components:\n    - name: Pris\n      category: PRICE\n"
                + "      weight: " + number + "\n";
        long start = System.nanoTime();
        try {
            Tender tender = TenderLoader.read("n.yaml", yaml);
            assertThat(NumberLimits.within(tender.estimatedValue())).isTrue();
            for (AwardComponent c : tender.award().components()) {
                assertThat(NumberLimits.within(c.weight())).isTrue();
                assertThat(c.weight()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            }
            CheckResult result = CHECKER.check(tender);
            assertThat(result.findings().toString().length()).isLessThan(100_000);
        } catch (InvalidInputException e) {
            assertThat(e.problems()).allSatisfy(p -> {
                assertThat(p.line()).isPositive();
                assertThat(p.message()).doesNotContain("BigDecimal").doesNotContain("StreamReadConstraints")
                        .doesNotContain("`");
            });
        }
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(2.0);
    }

    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> mantissa = Arbitraries.oneOf(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3000));
        Arbitrary<String> exponent = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.longs().between(-2_000_000_000L, 2_000_000_000L).map(e -> "e" + e),
                Arbitraries.integers().between(-30, 30).map(e -> "E" + e));
        Arbitrary<String> plain = net.jqwik.api.Combinators.combine(Arbitraries.of("", "-", "+"), mantissa,
                Arbitraries.of("", ".5", ".000000001", ".25"), exponent).as((s, m, f, e) -> s + m + f + e);
        return Arbitraries.oneOf(plain, Arbitraries.of(".nan", ".inf", "-.inf", "NaN", "\"1e999999999\"",
                "0x7fffffffffffffff", "1_000", "30", "1e-400", "1e309"));
    }
}
