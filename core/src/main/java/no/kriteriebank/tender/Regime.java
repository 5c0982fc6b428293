package no.kriteriebank.tender;

/**
 * Which procurement regulations a procurement falls under. Each regime has its own rule sets, citing its own
 * provision: the climate rule is anskaffelsesforskriften § 7-9 for classic procurement, forsyningsforskriften § 7-9
 * for utilities and konsesjonskontraktforskriften § 7-6 for concession contracts (DFØ's guide, ch. 6).
 */
public enum Regime {
    /** Classic public procurement: anskaffelsesforskriften (FOA). The default when a tender names no regime. */
    PROCUREMENT,
    /** Utilities (water, energy, transport, postal services): forsyningsforskriften. */
    UTILITIES,
    /** Concession contracts: konsesjonskontraktforskriften. */
    CONCESSIONS
}
