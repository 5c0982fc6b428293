package no.kriteriebank.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.model.ScoringMethod;

/**
 * Assessment on a points scale (normally 0–10) against described steps, e.g. "10 points: a complete plan with
 * measured targets". Offers between two steps may get points between them.
 *
 * @param min the lowest points, at least 0
 * @param max the highest points, above {@code min}
 * @param steps the described steps, best first; at least one, each within the scale, no two with the same points
 */
public record PointsScale(int min, int max, List<Step> steps) implements Scoring {

    /**
     * One described step of the scale.
     *
     * @param points the points an offer at this step gets
     * @param description what an offer at this step looks like, per language
     */
    public record Step(int points, LocalizedText description) {
        /**
         * Requires a description.
         *
         * @param points the points an offer at this step gets
         * @param description what an offer at this step looks like, per language
         */
        public Step {
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * Checks the scale and orders the steps best first.
     *
     * @param min the lowest points, at least 0
     * @param max the highest points, above {@code min}
     * @param steps the described steps, in any order; at least one, each within the scale, no two with the same points
     * @throws IllegalArgumentException when the scale or a step is out of order
     */
    public PointsScale {
        if (min < 0 || max <= min) {
            throw new IllegalArgumentException("the scale must run from at least 0 up to a higher number, not "
                    + min + "–" + max);
        }
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("a points scale needs at least one described step");
        }
        Set<Integer> seen = new HashSet<>();
        for (Step step : steps) {
            Objects.requireNonNull(step, "step");
            if (step.points() < min || step.points() > max) {
                throw new IllegalArgumentException("step " + step.points() + " lies outside " + min + "–" + max);
            }
            if (!seen.add(step.points())) {
                throw new IllegalArgumentException("two steps give " + step.points() + " points");
            }
        }
        List<Step> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparingInt(Step::points).reversed());
        steps = List.copyOf(sorted);
    }

    /**
     * A 0–10 scale with the given steps.
     *
     * @param steps the described steps, in any order
     * @return the scale
     * @throws IllegalArgumentException when there is no step, or a step lies outside 0–10 or repeats another's points
     */
    public static PointsScale zeroToTen(Step... steps) {
        return new PointsScale(0, 10, List.of(steps));
    }

    @Override
    public ScoringMethod method() {
        return ScoringMethod.POINTS_SCALE;
    }

    @Override
    public String explain(Language language) {
        Wording w = ScoringTexts.in(language);
        StringBuilder out = new StringBuilder(w.phrase("points.scale", Map.of(
                "min", Integer.toString(min), "max", Integer.toString(max))));
        for (Step step : steps) {
            out.append('\n').append(w.phrase("points.step", Map.of(
                    "points", Integer.toString(step.points()),
                    "unit", unit(w, step.points()),
                    "description", w.text(step.description()))));
        }
        return out.append('\n').append(w.phrase("points.between", Map.of())).toString();
    }

    static String unit(Wording w, int points) {
        return w.phrase(points == 1 ? "points.unit.one" : "points.unit.other", Map.of());
    }

    static String unit(Wording w, BigDecimal points) {
        return w.phrase(points.compareTo(BigDecimal.ONE) == 0 ? "points.unit.one" : "points.unit.other", Map.of());
    }
}
