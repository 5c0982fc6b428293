package no.kriteriebank.internal;

import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import no.kriteriebank.model.LocalizedText;

/**
 * Reads what {@link SnapshotOutput} wrote. A count or length that cannot fit in what is left is an
 * {@link IOException}, so a damaged payload fails instead of allocating without bound. It reads the bytes in place
 * (big-endian, as {@link java.io.DataOutputStream} writes them) rather than through a stream, whose synchronized
 * byte-by-byte reads made up much of decoding the standard bank in a cold JVM.
 */
public final class SnapshotInput {
    private final byte[] bytes;
    private int at;

    /**
     * Reads a payload.
     *
     * @param payload the bytes {@link SnapshotOutput} wrote
     */
    public SnapshotInput(byte[] payload) {
        this.bytes = payload;
    }

    /** {@return the number of bytes not yet read} */
    public int available() {
        return bytes.length - at;
    }

    private void need(int n) throws EOFException {
        if (n > bytes.length - at) {
            throw new EOFException("the payload ends early");
        }
    }

    /**
     * Reads a four-byte whole number.
     *
     * @return the number
     * @throws IOException at the end of the payload
     */
    public int readInt() throws IOException {
        need(4);
        int n = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                | bytes[at + 3] & 0xff;
        at += 4;
        return n;
    }

    /**
     * Reads one byte.
     *
     * @return the byte
     * @throws IOException at the end of the payload
     */
    public byte readByte() throws IOException {
        need(1);
        return bytes[at++];
    }

    /**
     * Reads a yes or no.
     *
     * @return whether the byte is not zero
     * @throws IOException at the end of the payload
     */
    public boolean readBoolean() throws IOException {
        return readByte() != 0;
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
        String s = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
        return s;
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
        if (at != bytes.length) {
            throw new IOException("trailing bytes");
        }
    }
}
