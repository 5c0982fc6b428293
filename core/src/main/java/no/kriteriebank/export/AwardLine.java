package no.kriteriebank.export;

import java.math.BigDecimal;
import no.kriteriebank.check.NumberWeight;
import no.kriteriebank.tender.AwardCategory;

/**
 * One award criterion as the exports write it: an award component of the tender, or the criterion that marks the
 * tender's § 7-9 option.
 *
 * @param category what the criterion weighs
 * @param code the award-criterion type as Doffin takes it: {@code price}, {@code cost}, {@code quality} or a
 *     Norwegian {@code quality-nor-env-*} code
 * @param name the name, in the tender's language
 * @param description the description in the tender's language, or null when none can be given
 * @param nameEn the name in English, or null when the tender gives none
 * @param descriptionEn the description in English, or null when none can be given
 * @param numberWeight the kind of number: {@link NumberWeight#PER_EXA} (weight in percent) or
 *     {@link NumberWeight#ORD_IMP} (rank)
 * @param number the weight or the rank
 * @param marker whether the line only marks the § 7-9 option and carries no weight
 * @param path the field of the tender it comes from, for messages
 */
record AwardLine(AwardCategory category, String code, String name, String description, String nameEn,
        String descriptionEn, NumberWeight numberWeight, BigDecimal number, boolean marker, String path) {

    /** {@return whether the number is a rank in the order of importance rather than a weight} */
    boolean ranked() {
        return numberWeight == NumberWeight.ORD_IMP;
    }
}
