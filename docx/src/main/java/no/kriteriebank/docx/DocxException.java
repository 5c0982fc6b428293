package no.kriteriebank.docx;

/** A Word template that cannot be used, or a document that cannot be written; the message says why. */
public final class DocxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * A failure with a message for the user.
     *
     * @param message what is wrong, naming the file part or marker
     */
    public DocxException(String message) {
        super(message);
    }

    /**
     * A failure with its cause.
     *
     * @param message what is wrong
     * @param cause the underlying error
     */
    public DocxException(String message, Throwable cause) {
        super(message, cause);
    }
}
