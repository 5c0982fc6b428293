package no.kriteriebank.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The framing every build-time snapshot shares (the standard bank's, the law's): it ties a payload written from
 * checked data to exactly the source files that data was checked from.
 *
 * <p>Layout: the magic string and format number; the names of the source files; each one's {@link SourceStamp}
 * (length and CRC-32); the payload's CRC-32C; then the payload. A changed source file, a damaged payload, another
 * magic or format number or anything unreadable gives {@code null}, and the caller loads and checks the sources in
 * full. The stamps notice a file changed after the snapshot was made, the checksum a damaged payload; neither is meant
 * to resist forgery, since a snapshot is as trusted as the classes beside it on the class path (see
 * {@link SourceStamp}).
 *
 * @param magic what kind of snapshot it is, e.g. {@code kriteriebank-snapshot} for a bank
 * @param number the layout's number, raised whenever the payload's layout or a record it holds changes
 */
public record SnapshotFormat(String magic, int number) {

    /**
     * Frames a payload.
     *
     * @param sources the files the payload's data was checked from, by name, in the order to record them
     * @param payload the data, as {@link SnapshotOutput} wrote it
     * @return the snapshot's bytes
     */
    public byte[] write(Map<String, byte[]> sources, byte[] payload) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(magic);
            out.writeInt(number);
            out.writeInt(sources.size());
            for (String name : sources.keySet()) {
                out.writeUTF(name);
            }
            for (byte[] source : sources.values()) {
                SourceStamp stamp = SourceStamp.of(source);
                out.writeLong(stamp.length());
                out.writeLong(stamp.crc());
            }
            out.writeLong(checksum(payload));
            out.write(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The source files a snapshot was made from, in the order recorded.
     *
     * @param snapshot the snapshot's bytes
     * @return the file names, or null when it is not a snapshot of this magic and number
     */
    public List<String> sources(byte[] snapshot) {
        try {
            return header(new DataInputStream(new ByteArrayInputStream(snapshot)));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The payload of a snapshot, if it was made from exactly these files and is intact.
     *
     * @param snapshot the snapshot's bytes
     * @param sources the files now, by name, in the order {@link #sources(byte[])} gave
     * @return the payload, or null when anything differs or cannot be read
     */
    public byte[] payload(byte[] snapshot, Map<String, byte[]> sources) {
        Map<String, SourceStamp> stamps = new LinkedHashMap<>();
        sources.forEach((name, bytes) -> stamps.put(name, SourceStamp.of(bytes)));
        return stampedPayload(snapshot, stamps);
    }

    /**
     * The payload of a snapshot, if it was made from files with exactly these stamps and is intact.
     *
     * @param snapshot the snapshot's bytes
     * @param stamps the files' stamps now, by name, in the order {@link #sources(byte[])} gave
     * @return the payload, or null when anything differs or cannot be read
     */
    public byte[] stampedPayload(byte[] snapshot, Map<String, SourceStamp> stamps) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot));
            List<String> names = header(in);
            if (names == null || !names.equals(new ArrayList<>(stamps.keySet()))) {
                return null;
            }
            for (SourceStamp now : stamps.values()) {
                if (!now.equals(new SourceStamp(in.readLong(), in.readLong()))) {
                    return null;
                }
            }
            long checksum = in.readLong();
            byte[] payload = Arrays.copyOfRange(snapshot, snapshot.length - in.available(), snapshot.length);
            return checksum == checksum(payload) ? payload : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private List<String> header(DataInputStream in) throws IOException {
        if (!magic.equals(in.readUTF()) || in.readInt() != number) {
            return null;
        }
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            return null;
        }
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(in.readUTF());
        }
        return names;
    }

    private static long checksum(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return crc.getValue();
    }
}
