package no.kriteriebank.model;

/** What kind of evidence a supplier hands in. */
public enum DocumentationType {
    /** A signed self-declaration (egenerklæring). */
    SELF_DECLARATION("Egenerklæring", "Eigenerklæring", "Self-declaration"),
    /** A certificate from an accredited body, such as ISO 14001 or EMAS registration. */
    CERTIFICATE("Sertifikat", "Sertifikat", "Certificate"),
    /** An ecolabel licence or certificate, such as Svanemerket, EU Ecolabel or TCO Certified. */
    ECOLABEL("Miljømerke", "Miljømerke", "Ecolabel"),
    /** An environmental product declaration (EPD) per EN 15804, verified under ISO 14025. */
    EPD("Miljødeklarasjon (EPD)", "Miljødeklarasjon (EPD)", "Environmental product declaration (EPD)"),
    /** A climate calculation, such as a greenhouse gas account per NS 3720. */
    CLIMATE_CALCULATION("Klimagassberegning", "Klimagassutrekning", "Greenhouse gas calculation"),
    /** A list of vehicles or machines with registration data. */
    VEHICLE_LIST("Kjøretøy- eller maskinliste", "Køyretøy- eller maskinliste", "Vehicle or machine list"),
    /** Documentation of fuel or energy purchased and used. */
    FUEL_DOCUMENTATION("Drivstoffdokumentasjon", "Drivstoffdokumentasjon", "Fuel documentation"),
    /** A report delivered periodically during the contract. */
    PERIODIC_REPORT("Periodisk rapport", "Periodisk rapport", "Periodic report"),
    /** A product data sheet or technical documentation. */
    PRODUCT_DATASHEET("Produktdatablad", "Produktdatablad", "Product data sheet"),
    /** A plan or description, such as an environmental plan or a take-back plan. */
    PLAN("Plan eller beskrivelse", "Plan eller skildring", "Plan or description"),
    /** Anything else; the description says what. */
    OTHER("Annen dokumentasjon", "Anna dokumentasjon", "Other documentation");

    private final LocalizedText label;

    DocumentationType(String nb, String nn, String en) {
        this.label = new LocalizedText(nb, nn, en);
    }

    /** {@return the type's name in each language} */
    public LocalizedText label() {
        return label;
    }

    /** {@return whether this type is a label or certificate, for which equivalents must be accepted} */
    public boolean isLabelOrCertificate() {
        return this == CERTIFICATE || this == ECOLABEL;
    }
}
