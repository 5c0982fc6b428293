package no.kriteriebank.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the parts of a Word package as a zip with nothing that varies between runs: entries in the order given,
 * every entry dated 1980-01-01 00:00 (the earliest zip date, independent of the time zone), no extra fields, no
 * comment.
 */
final class PackageWriter {
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    PackageWriter put(String name, byte[] content) {
        parts.put(name, content);
        return this;
    }

    PackageWriter put(String name, String xml) {
        return put(name, xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
