package no.kriteriebank.export;

import java.util.Objects;

/**
 * Thrown when a tender cannot be exported faithfully. The message says what is wrong and what to do; {@link #code()}
 * is stable, so a system can react to a reason without parsing text; {@link #path()} names the field of the tender,
 * in the same form as tender-file problems ({@code award.components[1].weight}).
 *
 * <p>Codes:
 * <ul>
 *   <li>{@code EXPORT-TENDER-INVALID} — the tender checker finds errors in the tender (the message lists them);
 *       exporters built with {@code force(true)} skip this check;</li>
 *   <li>{@code EXPORT-NO-AWARD} — the tender has no award model, which an eForms notice needs;</li>
 *   <li>{@code EXPORT-WEIGHT-MISSING}, {@code EXPORT-PRIORITY-MISSING} — a component lacks its weight or rank;</li>
 *   <li>{@code EXPORT-WEIGHT-SUM} — the weights do not add up to 100;</li>
 *   <li>{@code EXPORT-UNKNOWN-CRITERION} — a criterion id is not in the bank;</li>
 *   <li>{@code EXPORT-TRANSLATION-MISSING} — a criterion has no title in the tender's language, or a text the
 *       notice needs in English (TED; Doffin above the EEA thresholds) has no English: a component's
 *       {@code nameEn} or {@code descriptionEn}, the option's {@code justificationEn}, a criterion's English title;</li>
 *   <li>{@code EXPORT-CODE-NOT-VALID} — the § 7-9 code the tender needs is not valid on its announcement date;</li>
 *   <li>{@code EXPORT-JUSTIFICATION-MISSING} — the § 7-9 option needs a written justification and has none;</li>
 *   <li>{@code EXPORT-MARKER-WITH-PRIORITY} — Doffin needs the § 7-9 option marked by a 0 % criterion, which eForms
 *       does not allow beside criteria in order of importance, and no climate criterion ranks among the three
 *       most important.</li>
 * </ul>
 */
public final class ExportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The stable reason code. */
    private final String code;
    /** The field of the tender at fault, or the empty string for the tender as a whole. */
    private final String path;

    ExportException(String code, String path, String message) {
        super((path.isEmpty() ? "" : path + ": ") + message + " [" + code + "]");
        this.code = Objects.requireNonNull(code);
        this.path = path;
    }

    /** {@return the stable reason code, e.g. {@code EXPORT-CODE-NOT-VALID}} */
    public String code() {
        return code;
    }

    /** {@return the field of the tender at fault, e.g. {@code environment.option}; empty for the whole tender} */
    public String path() {
        return path;
    }
}
