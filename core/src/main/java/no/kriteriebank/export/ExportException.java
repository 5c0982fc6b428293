package no.kriteriebank.export;

import java.util.Objects;

/**
 * Thrown when a tender cannot be exported faithfully. The message says what is wrong and what to do; {@link #code()}
 * is stable, so a system can react to a reason without parsing text; {@link #path()} names the field of the tender,
 * in the same form as tender-file problems ({@code award.components[1].weight}).
 *
 * <p>{@link ExportCode} lists the codes and what each means.
 */
public final class ExportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The stable reason code. */
    private final ExportCode code;
    /** The field of the tender at fault, or the empty string for the tender as a whole. */
    private final String path;

    ExportException(ExportCode code, String path, String message) {
        super((path.isEmpty() ? "" : path + ": ") + message + " [" + code.code() + "]");
        this.code = Objects.requireNonNull(code);
        this.path = path;
    }

    /** {@return the stable reason code, e.g. {@link ExportCode#EXPORT_CODE_NOT_VALID}} */
    public ExportCode code() {
        return code;
    }

    /** {@return the field of the tender at fault, e.g. {@code environment.option}; empty for the whole tender} */
    public String path() {
        return path;
    }
}
