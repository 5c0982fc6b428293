package no.kriteriebank.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import no.kriteriebank.model.LocalizedText;

/**
 * Writes a snapshot's payload into memory: the primitives of {@link DataOutputStream} and the values every snapshot
 * holds (strings, texts, decimals, dates, enum constants), each of which may be null. {@link SnapshotInput} reads
 * them back in the same order.
 */
public final class SnapshotOutput extends DataOutputStream {
    private final ByteArrayOutputStream bytes;

    /**
     * An empty payload.
     *
     * @param size the expected size in bytes
     */
    public SnapshotOutput(int size) {
        this(new ByteArrayOutputStream(size));
    }

    private SnapshotOutput(ByteArrayOutputStream bytes) {
        super(bytes);
        this.bytes = bytes;
    }

    /** {@return the bytes written so far} */
    public byte[] toByteArray() {
        return bytes.toByteArray();
    }

    /**
     * Writes a string as length-prefixed UTF-8, -1 for null: unlike {@code writeUTF}, any length and exact code
     * points.
     *
     * @param s the string, or null
     * @throws IOException never, in memory
     */
    public void string(String s) throws IOException {
        if (s == null) {
            writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeInt(utf8.length);
        write(utf8);
    }

    /**
     * Writes a text: whether there is one, then its three languages.
     *
     * @param t the text, or null
     * @throws IOException never, in memory
     */
    public void text(LocalizedText t) throws IOException {
        writeBoolean(t != null);
        if (t != null) {
            string(t.nb());
            string(t.nn());
            string(t.en());
        }
    }

    /**
     * Writes a decimal exactly, scale included.
     *
     * @param d the number, or null
     * @throws IOException never, in memory
     */
    public void decimal(BigDecimal d) throws IOException {
        string(d == null ? null : d.toString());
    }

    /**
     * Writes a date in ISO form.
     *
     * @param d the date, or null
     * @throws IOException never, in memory
     */
    public void date(LocalDate d) throws IOException {
        string(d == null ? null : d.toString());
    }

    /**
     * Writes an enum constant by name.
     *
     * @param e the constant, or null
     * @throws IOException never, in memory
     */
    public void constant(Enum<?> e) throws IOException {
        string(e == null ? null : e.name());
    }

    /**
     * Writes a yes, no or unknown.
     *
     * @param b the value, or null
     * @throws IOException never, in memory
     */
    public void flag(Boolean b) throws IOException {
        writeByte(b == null ? -1 : b ? 1 : 0);
    }
}
