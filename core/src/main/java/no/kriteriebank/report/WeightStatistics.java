package no.kriteriebank.report;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Climate and environment weights kept exactly: one counter per distinct weight (30, 33.333, 41.675, ...), so that
 * minimum, median and maximum are exact decimals over any number of tenders. Memory grows with the number of
 * distinct weights, which in practice is a few dozen, not with the number of tenders.
 */
final class WeightStatistics {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** Keyed by value: {@code 30} and {@code 30.0} are one weight. */
    private final TreeMap<BigDecimal, long[]> counts = new TreeMap<>();
    private long total;

    void add(BigDecimal weight) {
        counts.computeIfAbsent(weight, w -> new long[1])[0]++;
        total++;
    }

    long count() {
        return total;
    }

    BigDecimal min() {
        return total == 0 ? null : plain(counts.firstKey());
    }

    BigDecimal max() {
        return total == 0 ? null : plain(counts.lastKey());
    }

    /** The median; for an even count, the mean of the two middle weights (exact: halving a decimal terminates). */
    BigDecimal median() {
        if (total == 0) {
            return null;
        }
        long lower = (total - 1) / 2;
        long upper = total / 2;
        BigDecimal a = null;
        long seen = 0;
        for (Map.Entry<BigDecimal, long[]> e : counts.entrySet()) {
            long next = seen + e.getValue()[0];
            if (a == null && lower < next) {
                a = e.getKey();
            }
            if (upper < next) {
                return plain(a.add(e.getKey()).divide(TWO));
            }
            seen = next;
        }
        throw new IllegalStateException("the counts do not add up to " + total);
    }

    /** {@return how many weights there are of each distinct value, lowest first, the values written plainly} */
    Map<BigDecimal, Long> distribution() {
        Map<BigDecimal, Long> out = new TreeMap<>();
        counts.forEach((weight, n) -> out.put(plain(weight), n[0]));
        return out;
    }

    /** Without trailing zeros and never in exponent form: 30, not 3E+1 or 30.000. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
