package no.kriteriebank.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The environmental impacts a criterion addresses, with the codes of the eForms {@code environmental-impact} codelist
 * (BT-774). Files use the codes, e.g. {@code clim-mitig}.
 */
public enum EnvironmentalImpact {
    /** Protection and restoration of biodiversity and ecosystems. */
    BIODIVERSITY("biodiv-eco", "Biologisk mangfold og økosystemer", "Biologisk mangfald og økosystem", "Biodiversity and ecosystems"),
    /** Transition to a circular economy. */
    CIRCULAR_ECONOMY("circ-econ", "Sirkulær økonomi", "Sirkulær økonomi", "Circular economy"),
    /** Climate change adaptation. */
    CLIMATE_ADAPTATION("clim-adapt", "Klimatilpasning", "Klimatilpassing", "Climate change adaptation"),
    /** Climate change mitigation. */
    CLIMATE_MITIGATION("clim-mitig", "Reduksjon av klimagassutslipp", "Reduksjon av klimagassutslepp", "Climate change mitigation"),
    /** Other environmental impact. */
    OTHER("other", "Annen miljøpåvirkning", "Anna miljøpåverknad", "Other environmental impact"),
    /** Pollution prevention and control. */
    POLLUTION_PREVENTION("pollu-prev", "Forebygging av forurensning", "Førebygging av forureining", "Pollution prevention"),
    /** Sustainable use and protection of water and marine resources. */
    WATER_AND_MARINE("water-mar", "Vann og marine ressurser", "Vatn og marine ressursar", "Water and marine resources");

    private final String code;
    private final LocalizedText label;

    EnvironmentalImpact(String code, String nb, String nn, String en) {
        this.code = code;
        this.label = new LocalizedText(nb, nn, en);
    }

    /** {@return the eForms code, e.g. {@code clim-mitig}} */
    @JsonValue
    public String code() {
        return code;
    }

    /** {@return the impact's name in each language} */
    public LocalizedText label() {
        return label;
    }

    /**
     * Finds an impact by its eForms code (or enum name).
     *
     * @param code an eForms code such as {@code clim-mitig}
     * @return the impact
     * @throws IllegalArgumentException when the code is not in the codelist
     */
    @JsonCreator
    public static EnvironmentalImpact fromCode(String code) {
        for (EnvironmentalImpact impact : values()) {
            if (impact.code.equals(code) || impact.name().equals(code)) {
                return impact;
            }
        }
        throw new IllegalArgumentException("must be one of " + codes());
    }

    /** {@return the codes of the codelist, for messages} */
    public static String codes() {
        StringBuilder all = new StringBuilder("[");
        for (EnvironmentalImpact impact : values()) {
            if (all.length() > 1) {
                all.append(", ");
            }
            all.append(impact.code);
        }
        return all.append(']').toString();
    }
}
