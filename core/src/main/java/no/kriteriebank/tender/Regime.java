package no.kriteriebank.tender;

import no.kriteriebank.model.LocalizedText;

/**
 * Which procurement regulations a procurement falls under. Each regime has its own rule sets, citing its own
 * provision: the climate rule is anskaffelsesforskriften § 7-9 for classic procurement, forsyningsforskriften § 7-9
 * for utilities and konsesjonskontraktforskriften § 7-6 for concession contracts (DFØ's guide, ch. 6).
 */
public enum Regime {
    /** Classic public procurement: anskaffelsesforskriften (FOA). The default when a tender names no regime. */
    PROCUREMENT("klassisk sektor (anskaffelsesforskriften)", "klassisk sektor (anskaffingsforskrifta)",
            "classic public procurement (the Public Procurement Regulations)"),
    /** Utilities (water, energy, transport, postal services): forsyningsforskriften. */
    UTILITIES("forsyningssektorene (forsyningsforskriften)", "forsyningssektorane (forsyningsforskrifta)",
            "the utilities sectors (the Utilities Procurement Regulations)"),
    /** Concession contracts: konsesjonskontraktforskriften. */
    CONCESSIONS("konsesjonskontrakter (konsesjonskontraktforskriften)",
            "konsesjonskontraktar (konsesjonskontraktforskrifta)",
            "concession contracts (the Concession Contracts Regulations)");

    private final LocalizedText label;

    Regime(String nb, String nn, String en) {
        this.label = new LocalizedText(nb, nn, en);
    }

    /** {@return the regime's name in each language, e.g. "klassisk sektor (anskaffelsesforskriften)"} */
    public LocalizedText label() {
        return label;
    }
}
