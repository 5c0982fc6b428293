package no.kriteriebank.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Climate and environment weights counted in steps of 0.01 percentage points, so that minimum, median and maximum
 * are exact over any number of tenders in constant memory (10,001 counters).
 */
final class WeightHistogram {
    private static final int STEPS = 10_001;
    private final long[] counts = new long[STEPS];
    private long total;

    void add(BigDecimal weight) {
        int step = weight.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).movePointRight(2)
                .setScale(0, RoundingMode.HALF_EVEN).intValueExact();
        counts[step]++;
        total++;
    }

    long count() {
        return total;
    }

    BigDecimal min() {
        for (int i = 0; i < STEPS; i++) {
            if (counts[i] > 0) {
                return value(i);
            }
        }
        return null;
    }

    BigDecimal max() {
        for (int i = STEPS - 1; i >= 0; i--) {
            if (counts[i] > 0) {
                return value(i);
            }
        }
        return null;
    }

    /** The median; for an even count, the mean of the two middle values. */
    BigDecimal median() {
        if (total == 0) {
            return null;
        }
        long lower = (total - 1) / 2;
        long upper = total / 2;
        BigDecimal a = null;
        BigDecimal b = null;
        long seen = 0;
        for (int i = 0; i < STEPS && b == null; i++) {
            if (counts[i] == 0) {
                continue;
            }
            long next = seen + counts[i];
            if (a == null && lower < next) {
                a = value(i);
            }
            if (upper < next) {
                b = value(i);
            }
            seen = next;
        }
        return a.add(b).divide(BigDecimal.valueOf(2), 3, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    private static BigDecimal value(int step) {
        return BigDecimal.valueOf(step, 2).stripTrailingZeros();
    }
}
