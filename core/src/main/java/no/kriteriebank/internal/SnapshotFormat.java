package no.kriteriebank.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The framing every build-time snapshot shares (the standard bank's, the law's): it ties a payload written from
 * checked data to exactly the source files that data was checked from.
 *
 * <p>Layout: the magic string and format number; the names of the source files, in the order they are hashed; the
 * SHA-256 digest over every source file (name, length, bytes); the payload's CRC-32C; then the payload. A changed
 * source file, a damaged payload, another magic or format number or anything unreadable gives {@code null}, and the
 * caller loads and checks the sources in full. (The payload gets a checksum rather than a second digest: a snapshot
 * is as trusted as the classes beside it on the class path, and hashing it too would cost a cold JVM more than the
 * rest of reading it.)
 *
 * @param magic what kind of snapshot it is, e.g. {@code kriteriebank-snapshot} for a bank
 * @param number the layout's number, raised whenever the payload's layout or a record it holds changes
 */
public record SnapshotFormat(String magic, int number) {
    private static final int DIGEST_LENGTH = 32;

    /**
     * Frames a payload.
     *
     * @param sources the files the payload's data was checked from, by name, in the order to hash them
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
            out.write(digest(sources));
            out.writeLong(checksum(payload));
            out.write(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The source files a snapshot was made from, in hashing order.
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
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot));
            List<String> names = header(in);
            if (names == null || !names.equals(new ArrayList<>(sources.keySet()))) {
                return null;
            }
            byte[] recorded = new byte[DIGEST_LENGTH];
            in.readFully(recorded);
            long checksum = in.readLong();
            byte[] payload = Arrays.copyOfRange(snapshot, snapshot.length - in.available(), snapshot.length);
            if (!MessageDigest.isEqual(recorded, digest(sources)) || checksum != checksum(payload)) {
                return null;
            }
            return payload;
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

    private static byte[] digest(Map<String, byte[]> sources) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (Map.Entry<String, byte[]> source : sources.entrySet()) {
            byte[] name = source.getKey().getBytes(StandardCharsets.UTF_8);
            sha.update(lengthBytes(name.length));
            sha.update(name);
            sha.update(lengthBytes(source.getValue().length));
            sha.update(source.getValue());
        }
        return sha.digest();
    }

    private static byte[] lengthBytes(int n) {
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }
}
