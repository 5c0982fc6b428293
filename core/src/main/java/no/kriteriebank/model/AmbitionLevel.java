package no.kriteriebank.model;

/** How far a criterion reaches, from what most of the market meets to what only the front runners meet. */
public enum AmbitionLevel {
    /** Grunnleggende: most suppliers can meet it today. */
    BASIC("Grunnleggende", "Grunnleggjande", "Basic"),
    /** Avansert: pushes the market, met by a good share of suppliers. */
    ADVANCED("Avansert", "Avansert", "Advanced"),
    /** Spydspiss: leading practice, met by few suppliers; use with market dialogue. */
    LEADING("Spydspiss", "Spydspiss", "Leading");

    private final LocalizedText label;

    AmbitionLevel(String nb, String nn, String en) {
        this.label = new LocalizedText(nb, nn, en);
    }

    /** {@return the level's name in each language} */
    public LocalizedText label() {
        return label;
    }
}
