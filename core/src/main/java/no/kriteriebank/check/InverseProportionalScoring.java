package no.kriteriebank.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.model.ScoringMethod;

/**
 * Inverse-proportional scoring of a measured value where the lowest is best, such as GWP per declared unit:
 * {@code points = maxPoints × lowest / offered}, rounded half up to two decimals.
 *
 * <p>The formula divides by the offered value, so it refuses values of zero or below: with a negative value (GWP-total
 * of timber, which counts biogenic uptake) a worse offer would score above the best and a positive one would get
 * negative points. Use a measure that is always positive (GWP-fossil or GWP-GHG) or another scoring.
 *
 * @param measure what is measured, in the tender's words, e.g. "GWP per deklarert enhet"
 * @param maxPoints the points of the lowest offer, greater than 0
 */
public record InverseProportionalScoring(LocalizedText measure, BigDecimal maxPoints) implements Scoring {

    /**
     * Checks the parts.
     *
     * @param measure what is measured, in the tender's words
     * @param maxPoints the points of the lowest offer, greater than 0
     * @throws IllegalArgumentException when {@code maxPoints} is not positive
     */
    public InverseProportionalScoring {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(maxPoints, "maxPoints");
        if (maxPoints.signum() <= 0) {
            throw new IllegalArgumentException("maxPoints must be greater than 0, not " + maxPoints.toPlainString());
        }
    }

    @Override
    public ScoringMethod method() {
        return ScoringMethod.INVERSE_PROPORTIONAL;
    }

    /**
     * The points of one offer.
     *
     * @param offered the offer's value, greater than 0
     * @param lowest the lowest value among the offers, greater than 0 and not above {@code offered}
     * @return the offer's points, between 0 and {@code maxPoints}, rounded half up to two decimals
     * @throws IllegalArgumentException when a value is zero or negative, or {@code lowest} is above {@code offered}
     */
    public BigDecimal points(BigDecimal offered, BigDecimal lowest) {
        if (offered.signum() <= 0 || lowest.signum() <= 0) {
            throw new IllegalArgumentException("inverse-proportional scoring divides by the offered value, so values "
                    + "must be greater than 0, not " + offered.toPlainString() + " and " + lowest.toPlainString());
        }
        if (lowest.compareTo(offered) > 0) {
            throw new IllegalArgumentException("lowest (" + lowest.toPlainString() + ") must not be above offered ("
                    + offered.toPlainString() + ")");
        }
        return maxPoints.multiply(lowest).divide(offered, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public String explain(Language language) {
        Wording w = ScoringTexts.in(language);
        return w.phrase("inverse", Map.of("measure", w.text(measure), "max", w.number(maxPoints)));
    }
}
