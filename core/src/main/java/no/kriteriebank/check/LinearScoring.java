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
 * Relative linear scoring of a measured value, such as price: the best offer gets {@code maxPoints}, and every other
 * offer loses points in proportion to how far it lies from the best, relative to the best. With the lowest value
 * best, an offer at twice the best value or more gets 0.
 *
 * <p>Lower is better: {@code points = max × (1 − (offered − best) / best)}. Higher is better:
 * {@code points = max × offered / best}. Points are kept within 0 and {@code maxPoints} and rounded half up to two
 * decimals.
 *
 * @param measure what is measured, in the tender's words, e.g. "pris" / "price"
 * @param direction whether the lowest or the highest value is best
 * @param maxPoints the points of the best offer, greater than 0
 */
public record LinearScoring(LocalizedText measure, Direction direction, BigDecimal maxPoints) implements Scoring {

    /** Which end of the measure is best. */
    public enum Direction {
        /** The lowest value is best, e.g. price or emissions. */
        LOWER_IS_BETTER,
        /** The highest value is best, e.g. the share of zero-emission vehicles. */
        HIGHER_IS_BETTER
    }

    /**
     * Checks the parts.
     *
     * @param measure what is measured, in the tender's words
     * @param direction whether the lowest or the highest value is best
     * @param maxPoints the points of the best offer, greater than 0
     * @throws IllegalArgumentException when {@code maxPoints} is not positive
     */
    public LinearScoring {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(maxPoints, "maxPoints");
        if (maxPoints.signum() <= 0) {
            throw new IllegalArgumentException("maxPoints must be greater than 0, not " + maxPoints.toPlainString());
        }
    }

    /** {@return relative linear price scoring on 0–10 points, lowest price best} */
    public static LinearScoring price() {
        return new LinearScoring(LocalizedText.of("pris", "pris", "price"), Direction.LOWER_IS_BETTER,
                BigDecimal.TEN);
    }

    @Override
    public ScoringMethod method() {
        return ScoringMethod.LINEAR;
    }

    /**
     * The points of one offer.
     *
     * @param offered the offer's value, at least 0
     * @param best the best value among the offers, greater than 0
     * @return the offer's points, between 0 and {@code maxPoints}, rounded half up to two decimals
     * @throws IllegalArgumentException when a value is out of range
     */
    public BigDecimal points(BigDecimal offered, BigDecimal best) {
        if (offered.signum() < 0) {
            throw new IllegalArgumentException("offered must not be negative");
        }
        if (best.signum() <= 0) {
            throw new IllegalArgumentException("best must be greater than 0");
        }
        BigDecimal ratio = offered.divide(best, MathContext.DECIMAL64);
        BigDecimal share = direction == Direction.LOWER_IS_BETTER ? BigDecimal.valueOf(2).subtract(ratio) : ratio;
        BigDecimal points = maxPoints.multiply(share).max(BigDecimal.ZERO).min(maxPoints);
        return points.setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public String explain(Language language) {
        Wording w = ScoringTexts.in(language);
        String key = direction == Direction.LOWER_IS_BETTER ? "linear.lower" : "linear.higher";
        return w.phrase(key, Map.of("measure", w.text(measure), "max", w.number(maxPoints)));
    }
}
