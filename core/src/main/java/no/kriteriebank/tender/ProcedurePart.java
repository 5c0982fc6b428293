package no.kriteriebank.tender;

/** Which part of anskaffelsesforskriften the procurement falls under; § 7-9 bites where award criteria are used. */
public enum ProcedurePart {
    /**
     * Part I: from the floor of the rules to the national threshold; no procedure rules. The floor is NOK 100,000 (DFØ);
     * Prop. 147 L proposed NOK 300,000, and whether and from when that applies is unconfirmed.
     */
    PART_I,
    /** Part II: above the national threshold, below the EEA thresholds. */
    PART_II,
    /** Part III: above the EEA thresholds. */
    PART_III
}
