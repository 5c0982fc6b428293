package no.kriteriebank.report;

import java.math.BigDecimal;

/** The running figures of one group of tenders, made into a {@link ClimateReport.Breakdown} at the end. */
final class Tally {
    private long tenders;
    private long withClimate;
    private BigDecimal value = BigDecimal.ZERO;
    private BigDecimal valueWithClimate = BigDecimal.ZERO;

    void add(boolean climate, BigDecimal estimatedValue) {
        tenders++;
        if (climate) {
            withClimate++;
        }
        if (estimatedValue != null) {
            value = value.add(estimatedValue);
            if (climate) {
                valueWithClimate = valueWithClimate.add(estimatedValue);
            }
        }
    }

    ClimateReport.Breakdown breakdown() {
        return new ClimateReport.Breakdown(tenders, withClimate, value, valueWithClimate);
    }
}
