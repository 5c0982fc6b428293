package no.kriteriebank.render;

/**
 * Thrown when a rendering runs out of its time, memory or depth budget: a template or criterion text that loops,
 * recurses or builds text without end. The input is at fault, not the call, so the command line exits 1 on it.
 */
public class RenderLimitException extends RenderException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception saying which budget ran out.
     *
     * @param message which budget ran out and what usually causes it
     */
    public RenderLimitException(String message) {
        super(message);
    }
}
