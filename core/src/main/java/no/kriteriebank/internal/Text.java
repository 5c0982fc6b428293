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

    /**
     * Where the first byte that is not valid UTF-8 lies, as a 1-based line and column (counted in characters, as an
     * editor shows them), and the byte itself.
     *
     * @param bytes text that {@link #utf8(byte[])} refused
     * @return {line, column, byte value}, or {0, 0, 0} when every byte is valid
     */
    public static int[] firstMalformed(byte[] bytes) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            return new int[] {0, 0, 0};
        }
        int line = 1;
        int column = 1;
        out.flip();
        while (out.hasRemaining()) {
            char c = out.get();
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c) && c != '\uFEFF') {
                column++;
            }
        }
        return new int[] {line, column, bytes[in.position()] & 0xFF};
    }

    /**
     * The problem with text that is not UTF-8, naming the first bad byte; its line and column go in the problem's
     * position (see {@link #firstMalformed(byte[])}).
     *
     * @param bytes text that {@link #utf8(byte[])} refused
     * @return e.g. {@code it is not UTF-8 text (byte 0xFF)}
     */
    public static String malformedMessage(byte[] bytes) {
        return "it is not UTF-8 text (byte 0x" + String.format(java.util.Locale.ROOT, "%02X", firstMalformed(bytes)[2])
                + ")";
    }

    /**
     * As {@link #malformedMessage(byte[])}, with the line and column in the text, for a message placed elsewhere
     * (at the bank file that lists the bad one).
     *
     * @param bytes text that {@link #utf8(byte[])} refused
     * @return e.g. {@code it is not UTF-8 text (byte 0xFF at line 3, column 7)}
     */
    public static String malformedMessageWithPosition(byte[] bytes) {
        int[] at = firstMalformed(bytes);
        return "it is not UTF-8 text (byte 0x" + String.format(java.util.Locale.ROOT, "%02X", at[2]) + " at line "
                + at[0] + ", column " + at[1] + ")";
    }
}
