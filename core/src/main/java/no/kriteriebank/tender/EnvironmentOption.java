package no.kriteriebank.tender;

/**
 * How a tender takes care of climate and environment under anskaffelsesforskriften § 7-9. The options are those of
 * Norway's eForms award-criterion-type codes ({@code quality-nor-env-*}, DFØ), so exports can use them as they are.
 */
public enum EnvironmentOption {
    /** Climate and environment weighted as an award criterion. Code {@code quality-nor-env-criteria}. */
    AWARD_CRITERIA("quality-nor-env-criteria"),
    /**
     * Climate and environment requirements in the technical specification, instead of (2024 rules: justified) or
     * together with (rules from 2026-07-01) award criteria. Code {@code quality-nor-env-spec}.
     */
    SPECIFICATION("quality-nor-env-spec"),
    /** 2024 rules, old § 7-9 (5): negligible footprint, justified. Code {@code quality-nor-env-none}, to 2026-06-30. */
    NEGLIGIBLE_FOOTPRINT("quality-nor-env-none"),
    /** Rules from 2026-07-01, § 7-9 (3): insignificant footprint, justified. */
    EXEMPT_INSIGNIFICANT("quality-nor-env-exempt-insignificant"),
    /** Rules from 2026-07-01, § 7-9 (3): essential interests of health, safety or emergency preparedness, justified. */
    EXEMPT_CRITICAL_INTEREST("quality-nor-env-exempt-critical-interest"),
    /** Rules from 2026-07-01, § 7-9 (4): mandatory standardised minimum requirements apply, justified. */
    EXEMPT_NATIONAL_MINIMUM("quality-nor-env-exempt-national-minimum");

    private final String eformsCode;

    EnvironmentOption(String eformsCode) {
        this.eformsCode = eformsCode;
    }

    /** {@return the Norwegian eForms award-criterion-type code} */
    public String eformsCode() {
        return eformsCode;
    }

    /** {@return whether the option is an exemption that needs a written justification} */
    public boolean isExemption() {
        return this == NEGLIGIBLE_FOOTPRINT || this == EXEMPT_INSIGNIFICANT || this == EXEMPT_CRITICAL_INTEREST
                || this == EXEMPT_NATIONAL_MINIMUM;
    }
}
