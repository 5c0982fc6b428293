package no.kriteriebank.tender;

/** Which part of anskaffelsesforskriften the procurement falls under; § 7-9 bites where award criteria are used. */
public enum ProcedurePart {
    /** Part I: from NOK 100,000 to the national threshold; no procedure rules. */
    PART_I,
    /** Part II: above the national threshold, below the EEA thresholds. */
    PART_II,
    /** Part III: above the EEA thresholds. */
    PART_III
}
