package no.kriteriebank.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict text decoding. Internal. */
public final class Text {
    private Text() {
    }

    /**
     * Decodes UTF-8, refusing malformed input, and drops a byte-order mark.
     *
     * @param bytes the bytes to decode
     * @return the text
     * @throws java.nio.charset.CharacterCodingException when the bytes are not valid UTF-8
     */
    public static String utf8(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
