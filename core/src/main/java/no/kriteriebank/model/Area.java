package no.kriteriebank.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The procurement areas the bank covers. Each area owns a three-letter id prefix, so {@code TRA-03} is a transport
 * criterion.
 */
public enum Area {
    /** Cross-cutting: environmental management, climate reporting, deliveries. */
    GENERAL("GEN", "Generelt", "Generelt", "General"),
    /** Vehicles, transport services, fuels. */
    TRANSPORT("TRA", "Transport", "Transport", "Transport"),
    /** New buildings and civil works, construction sites. */
    BUILDING_AND_CONSTRUCTION("BYG", "Bygg og anlegg", "Bygg og anlegg", "Building and construction"),
    /** Construction materials and products: concrete, steel, timber, insulation. */
    MATERIALS("MTR", "Materialer", "Materiale", "Materials"),
    /** Maintenance and refurbishment of buildings. */
    BUILDING_MAINTENANCE("VBG", "Vedlikehold av bygg", "Vedlikehald av bygg", "Building maintenance"),
    /** Operation and maintenance of roads. */
    ROAD_MAINTENANCE("VEG", "Drift og vedlikehold av veg", "Drift og vedlikehald av veg", "Road maintenance"),
    /** Food and meal services. */
    FOOD("MAT", "Mat og måltider", "Mat og måltid", "Food and catering"),
    /** Computers, displays, phones and other IT equipment. */
    IT_EQUIPMENT("IKT", "IT-utstyr", "IT-utstyr", "IT equipment"),
    /** Office supplies and furniture. */
    OFFICE_SUPPLIES_AND_FURNITURE("KON", "Kontorrekvisita og møbler", "Kontorrekvisita og møblar", "Office supplies and furniture");

    private final String prefix;
    private final LocalizedText label;

    Area(String prefix, String nb, String nn, String en) {
        this.prefix = prefix;
        this.label = new LocalizedText(nb, nn, en);
    }

    /** {@return the id prefix of the area's criteria, e.g. {@code TRA}} */
    public String prefix() {
        return prefix;
    }

    /** {@return the area's name in each language} */
    public LocalizedText label() {
        return label;
    }

    /**
     * Finds an area by its enum name or its id prefix, ignoring case and treating {@code -} as {@code _}.
     *
     * @param text an enum name such as {@code TRANSPORT} or a prefix such as {@code tra}
     * @return the area, or empty when none matches
     */
    public static Optional<Area> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return Arrays.stream(values())
                .filter(area -> area.name().equals(wanted) || area.prefix.equals(wanted))
                .findFirst();
    }
}
