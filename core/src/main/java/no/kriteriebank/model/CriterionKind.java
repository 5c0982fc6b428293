package no.kriteriebank.model;

/** Where in a tender a criterion belongs. The order is the order of sections in a rendered tender. */
public enum CriterionKind {
    /** A qualification requirement on the supplier (kvalifikasjonskrav). */
    QUALIFICATION("Kvalifikasjonskrav", "Kvalifikasjonskrav", "Qualification requirements"),
    /** A minimum requirement in the technical specification (krav i kravspesifikasjonen). */
    SPECIFICATION("Krav i kravspesifikasjonen", "Krav i kravspesifikasjonen", "Technical specifications"),
    /** An award criterion, weighted in the award model (tildelingskriterium). */
    AWARD("Tildelingskriterier", "Tildelingskriterium", "Award criteria"),
    /** A contract performance clause (kontraktsvilkår). */
    CONTRACT_CLAUSE("Kontraktsvilkår", "Kontraktsvilkår", "Contract performance clauses");

    private final LocalizedText label;

    CriterionKind(String nb, String nn, String en) {
        this.label = new LocalizedText(nb, nn, en);
    }

    /** {@return the kind's section heading in each language} */
    public LocalizedText label() {
        return label;
    }
}
