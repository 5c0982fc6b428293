package no.kriteriebank.check;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.model.ScoringMethod;

/**
 * Pass-or-fail scoring: an offer that meets the requirement gets {@code points}, any other offer 0.
 *
 * @param requirement what the offer must meet, per language, as a full sentence
 * @param points the points for meeting it, greater than 0
 */
public record ThresholdScoring(LocalizedText requirement, BigDecimal points) implements Scoring {

    /**
     * Checks the parts.
     *
     * @param requirement what the offer must meet, per language, as a full sentence
     * @param points the points for meeting it, greater than 0
     * @throws IllegalArgumentException when {@code points} is not positive
     */
    public ThresholdScoring {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(points, "points");
        if (points.signum() <= 0) {
            throw new IllegalArgumentException("points must be greater than 0, not " + points.toPlainString());
        }
    }

    @Override
    public ScoringMethod method() {
        return ScoringMethod.THRESHOLD;
    }

    /**
     * The points of one offer.
     *
     * @param met whether the offer meets the requirement
     * @return {@code points} when met, otherwise 0
     */
    public BigDecimal points(boolean met) {
        return met ? points : BigDecimal.ZERO;
    }

    @Override
    public String explain(Language language) {
        Wording w = ScoringTexts.in(language);
        return w.phrase("threshold", Map.of(
                "points", w.number(points),
                "unit", PointsScale.unit(w, points),
                "requirement", w.text(requirement)));
    }
}
