package no.kriteriebank.model;

/** How an award criterion turns offers into points. */
public enum ScoringMethod {
    /**
     * Relative linear scoring of a measured value: the best offer gets full points, the others points in proportion
     * to their distance from the best.
     */
    LINEAR,
    /** An evaluation on a points scale (normally 0–10) against described steps. */
    POINTS_SCALE,
    /** Full points when a threshold is met, none otherwise. */
    THRESHOLD
}
