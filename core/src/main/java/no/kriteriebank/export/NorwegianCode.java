package no.kriteriebank.export;

import java.time.LocalDate;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.tender.EnvironmentOption;

/**
 * Norway's national eForms award-criterion types for anskaffelsesforskriften § 7-9, with the dates DFØ's codelist
 * ({@code award-criterion-type.no.yaml}, version 2.0.0) gives them, and the names under which this library writes a
 * criterion that only marks the option taken (which carries no weight).
 */
enum NorwegianCode {
    ENV_CRITERIA("quality-nor-env-criteria", LocalDate.of(2024, 1, 16), null,
            "Klima og miljø", "Klima og miljø", "Climate and environment"),
    ENV_SPEC("quality-nor-env-spec", LocalDate.of(2024, 1, 16), null,
            "Klima- og miljøkrav i kravspesifikasjonen", "Klima- og miljøkrav i kravspesifikasjonen",
            "Climate and environmental requirements in the technical specification"),
    ENV_NONE("quality-nor-env-none", LocalDate.of(2024, 1, 16), LocalDate.of(2026, 6, 30),
            "Unntak: ubetydelig klimaavtrykk og miljøbelastning", "Unntak: ubetydeleg klimaavtrykk og miljøbelastning",
            "Exemption: negligible climate footprint and environmental impact"),
    EXEMPT_INSIGNIFICANT("quality-nor-env-exempt-insignificant", LocalDate.of(2026, 7, 1), null,
            "Unntak: uvesentlig klimaavtrykk og miljøbelastning", "Unntak: uvesentleg klimaavtrykk og miljøbelastning",
            "Exemption: insignificant climate footprint and environmental impact"),
    EXEMPT_CRITICAL_INTEREST("quality-nor-env-exempt-critical-interest", LocalDate.of(2026, 7, 1), null,
            "Unntak: vesentlige interesser for helse, sikkerhet eller beredskap",
            "Unntak: vesentlege interesser for helse, tryggleik eller beredskap",
            "Exemption: essential interests of health, safety or emergency preparedness"),
    EXEMPT_NATIONAL_MINIMUM("quality-nor-env-exempt-national-minimum", LocalDate.of(2026, 7, 1), null,
            "Unntak: lovpålagte standardiserte minstekrav", "Unntak: lovpålagde standardiserte minstekrav",
            "Exemption: mandatory standardised minimum requirements");

    /** The prefix all Norwegian codes share; TED knows none of them. */
    static final String PREFIX = "quality-nor-";

    private final String code;
    private final LocalDate validFrom;
    private final LocalDate validTo;
    private final LocalizedText label;

    NorwegianCode(String code, LocalDate validFrom, LocalDate validTo, String nb, String nn, String en) {
        this.code = code;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.label = LocalizedText.of(nb, nn, en);
    }

    String code() {
        return code;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalizedText label() {
        return label;
    }

    /** Whether a notice announced on that day may carry the code. */
    boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** The period the code is valid in, for messages: {@code from 2026-07-01} or {@code 2024-01-16 to 2026-06-30}. */
    String validity() {
        return validTo == null ? "from " + validFrom : validFrom + " to " + validTo;
    }

    static NorwegianCode of(EnvironmentOption option) {
        for (NorwegianCode c : values()) {
            if (c.code.equals(option.eformsCode())) {
                return c;
            }
        }
        throw new IllegalStateException("no Norwegian code for " + option);
    }

    /** What to use instead on a day the code is not valid, as advice for a message; empty when there is none. */
    String alternative(LocalDate date) {
        if (this == ENV_NONE && !date.isBefore(EXEMPT_INSIGNIFICANT.validFrom)) {
            return "; under the rules from 2026-07-01 use EXEMPT_INSIGNIFICANT (" + EXEMPT_INSIGNIFICANT.code + ")";
        }
        if (this == EXEMPT_INSIGNIFICANT && date.isBefore(validFrom) && ENV_NONE.validOn(date)) {
            return "; before 2026-07-01 use NEGLIGIBLE_FOOTPRINT (" + ENV_NONE.code + ")";
        }
        if (date.isBefore(validFrom) && this != ENV_CRITERIA && this != ENV_SPEC) {
            return "; this exemption does not exist before " + validFrom;
        }
        return "";
    }
}
