package no.kriteriebank.export;

/**
 * Why an exporter refused a tender ({@link ExportException#code()}). Codes are stable: programs may match on the
 * constant or on {@link #code()}, and a code is never reused for another meaning.
 */
public enum ExportCode {
    /** The tender checker finds errors in the tender (the message lists them); {@code force(true)} skips the check. */
    EXPORT_TENDER_INVALID,
    /** The tender has no award model, which an eForms notice needs. */
    EXPORT_NO_AWARD,
    /** A component of a weighted model has no weight. */
    EXPORT_WEIGHT_MISSING,
    /** A component of a model in order of importance has no rank. */
    EXPORT_PRIORITY_MISSING,
    /** The weights do not add up to 100. */
    EXPORT_WEIGHT_SUM,
    /** A criterion id is not in the bank. */
    EXPORT_UNKNOWN_CRITERION,
    /**
     * A criterion has no title in the tender's language, or a text the notice needs in English (TED; Doffin above
     * the EEA thresholds) has no English: a component's {@code nameEn} or {@code descriptionEn}, the option's
     * {@code justificationEn}, a criterion's English title.
     */
    EXPORT_TRANSLATION_MISSING,
    /** The § 7-9 code the tender needs is not valid on its announcement date. */
    EXPORT_CODE_NOT_VALID,
    /** The § 7-9 option needs a written justification and has none. */
    EXPORT_JUSTIFICATION_MISSING,
    /**
     * Doffin needs the § 7-9 option marked by a 0 % criterion, which eForms does not allow beside criteria in order
     * of importance, and no climate criterion ranks among the three most important.
     */
    EXPORT_MARKER_WITH_PRIORITY;

    private final String code = name().replace('_', '-');

    /** {@return the stable code as messages print it, e.g. {@code EXPORT-CODE-NOT-VALID}} */
    public String code() {
        return code;
    }
}
