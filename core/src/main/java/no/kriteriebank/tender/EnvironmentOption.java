package no.kriteriebank.tender;

/**
 * How a tender takes care of climate and environment under the climate rule (anskaffelsesforskriften § 7-9 and its
 * successors). The options are those of Norway's eForms award-criterion-type codes ({@code quality-nor-env-*}, DFØ),
 * so exports can use them as they are. Their codes, validity dates and names are data of the law
 * ({@code no.kriteriebank.check.Law#option(EnvironmentOption)}, which also gives the eForms code); which options a tender may take depends on the rule set in force.
 */
public enum EnvironmentOption {
    /** Climate and environment weighted as an award criterion. */
    AWARD_CRITERIA,
    /**
     * Climate and environmental requirements in the technical specifications, instead of (2024 rule) or together with
     * (rule from July 2026) award criteria.
     */
    SPECIFICATION,
    /** 2024 rule, § 7-9 (5): an insignificant climate footprint and environmental impact, justified. */
    NEGLIGIBLE_FOOTPRINT,
    /** Rule from July 2026: an insignificant climate footprint and environmental impact, justified. */
    EXEMPT_INSIGNIFICANT,
    /**
     * Rule from July 2026: the duties would come at the expense of essential interests of health, safety or emergency
     * preparedness, justified.
     */
    EXEMPT_CRITICAL_INTEREST,
    /** Rule from July 2026: mandatory standardised minimum requirements apply, justified. */
    EXEMPT_NATIONAL_MINIMUM;

    /** {@return whether the option is an exemption from the climate rule, which needs a written justification} */
    public boolean isExemption() {
        return this == NEGLIGIBLE_FOOTPRINT || this == EXEMPT_INSIGNIFICANT || this == EXEMPT_CRITICAL_INTEREST
                || this == EXEMPT_NATIONAL_MINIMUM;
    }
}
