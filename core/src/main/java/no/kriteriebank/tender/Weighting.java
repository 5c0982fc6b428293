package no.kriteriebank.tender;

/** How award components are weighed against each other. */
public enum Weighting {
    /** Each component has a weight in percent; the weights sum to 100. */
    WEIGHTS,
    /** The components are given in order of priority instead of weights (anskaffelsesforskriften § 7-9 (3)). */
    PRIORITY
}
