package no.kriteriebank.tender;

/**
 * What an award component weighs. The categories map onto the eForms award-criterion types: {@code PRICE} to
 * {@code price}, {@code COST} to {@code cost}, {@code QUALITY} and {@code ENVIRONMENT} to {@code quality} (on Doffin,
 * {@code ENVIRONMENT} to the Norwegian {@code quality-nor-env-*} codes).
 */
public enum AwardCategory {
    /** Price. */
    PRICE,
    /** Cost, such as life-cycle cost. */
    COST,
    /** Quality other than climate and environment. */
    QUALITY,
    /** Climate and environment (anskaffelsesforskriften § 7-9). */
    ENVIRONMENT
}
