package no.kriteriebank.internal;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import no.kriteriebank.model.LocalizedText;

/**
 * Reads what {@link SnapshotOutput} wrote. A count or length that cannot fit in what is left is an
 * {@link IOException}, so a damaged payload fails instead of allocating without bound.
 */
public final class SnapshotInput extends DataInputStream {

    /**
     * Reads a payload.
     *
     * @param payload the bytes {@link SnapshotOutput} wrote
     */
    public SnapshotInput(byte[] payload) {
        super(new ByteArrayInputStream(payload));
    }

    /**
     * Reads a string.
     *
     * @return the string, or null
     * @throws IOException when the bytes are not a string
     */
    public String string() throws IOException {
        int length = readInt();
        if (length < 0) {
            return null;
        }
        if (length > available()) {
            throw new IOException("bad length " + length);
        }
        byte[] utf8 = new byte[length];
        readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /**
     * Reads a text.
     *
     * @return the text, or null
     * @throws IOException when the bytes are not a text
     */
    public LocalizedText text() throws IOException {
        return readBoolean() ? new LocalizedText(string(), string(), string()) : null;
    }

    /**
     * Reads a decimal.
     *
     * @return the number, or null
     * @throws IOException when the bytes are not a string
     */
    public BigDecimal decimal() throws IOException {
        String s = string();
        return s == null ? null : new BigDecimal(s);
    }

    /**
     * Reads a date.
     *
     * @return the date, or null
     * @throws IOException when the bytes are not a string
     */
    public LocalDate date() throws IOException {
        String s = string();
        return s == null ? null : LocalDate.parse(s);
    }

    /**
     * Reads an enum constant.
     *
     * @param <E> the enum
     * @param type the enum's class
     * @return the constant, or null
     * @throws IOException when the bytes are not a string
     */
    public <E extends Enum<E>> E constant(Class<E> type) throws IOException {
        String name = string();
        return name == null ? null : Enum.valueOf(type, name);
    }

    /**
     * Reads a yes, no or unknown.
     *
     * @return the value, or null
     * @throws IOException at the end of the payload
     */
    public Boolean flag() throws IOException {
        byte b = readByte();
        return b < 0 ? null : b == 1;
    }

    /**
     * Reads the number of elements that follow.
     *
     * @return the count
     * @throws IOException when it is negative or more than the bytes left
     */
    public int count() throws IOException {
        int n = readInt();
        if (n < 0 || n > available()) {
            throw new IOException("bad count " + n);
        }
        return n;
    }

    /**
     * Checks that the payload has been read to its end.
     *
     * @throws IOException when bytes are left
     */
    public void end() throws IOException {
        if (read() != -1) {
            throw new IOException("trailing bytes");
        }
    }
}
