package no.kriteriebank.model;

/** The type of a criterion parameter; it decides how values are checked and formatted. */
public enum ParameterType {
    /** A percentage, 0–100 unless the parameter narrows it; rendered {@code 50 %} (nb, nn) or {@code 50%} (en). */
    PERCENT,
    /** A whole number, e.g. years of warranty. */
    INTEGER,
    /** A decimal number, e.g. kg CO2e per m²; rendered with a decimal comma in nb and nn. */
    DECIMAL,
    /** A calendar year, rendered without grouping. */
    YEAR,
    /** A date in ISO form (2027-01-01), rendered in the language's long form. */
    DATE,
    /** Free text supplied by the buyer; escaped for the output format. */
    TEXT,
    /** One of a fixed set of choices, rendered by the choice's label. */
    CHOICE
}
