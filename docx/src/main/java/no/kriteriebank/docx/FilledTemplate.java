package no.kriteriebank.docx;

import java.util.List;

/**
 * A buyer's Word template with the rendered sections in place of its markers.
 *
 * @param bytes the DOCX file
 * @param warnings what the user should know, such as a style the template lacked and Kriteriebank added
 */
public record FilledTemplate(byte[] bytes, List<String> warnings) {

    /**
     * Copies the warnings.
     *
     * @param bytes the file
     * @param warnings the warnings, in order
     */
    public FilledTemplate {
        bytes = bytes.clone();
        warnings = List.copyOf(warnings);
    }

    /** {@return a copy of the file's bytes} */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
