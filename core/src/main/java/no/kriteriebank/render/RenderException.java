package no.kriteriebank.render;

/**
 * Thrown when a document cannot be rendered: a template error (naming the template and line), a criterion text or
 * translation that is missing, an unknown criterion, or output beyond the size limit.
 */
public class RenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message that says what to do.
     *
     * @param message what went wrong and where
     */
    public RenderException(String message) {
        super(message);
    }

    /**
     * An exception with a message and the underlying cause.
     *
     * @param message what went wrong and where
     * @param cause the underlying failure
     */
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
