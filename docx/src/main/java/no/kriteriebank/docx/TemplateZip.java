package no.kriteriebank.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the parts of an untrusted Word template within limits: the file, each part and all parts together have a
 * maximum size, a part may not inflate more than 200 times (zip bombs), and names must be plain relative paths that
 * occur once. Sizes are counted while inflating; the sizes the zip claims are not trusted.
 */
final class TemplateZip {
    static final long MAX_FILE = 50L << 20;
    static final long MAX_PART = 64L << 20;
    static final long MAX_TOTAL = 256L << 20;
    static final int MAX_PARTS = 2_000;
    static final int MAX_RATIO = 200;

    private TemplateZip() {
    }

    /** The parts by name, in the order of the zip. */
    static Map<String, byte[]> read(byte[] file, String source) {
        if (file.length > MAX_FILE) {
            throw new DocxException(source + " is larger than " + (MAX_FILE >> 20) + " MB; a Word template is not");
        }
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K') {
            throw new DocxException(source + " is not a Word file (.docx): it is not a zip package");
        }
        Map<String, byte[]> parts = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                checkName(name, source);
                if (parts.containsKey(name)) {
                    throw new DocxException(source + " holds the part " + name + " twice; it is damaged or forged");
                }
                if (parts.size() >= MAX_PARTS) {
                    throw new DocxException(source + " has more than " + MAX_PARTS + " parts; refused");
                }
                byte[] content = inflate(zip, name, source, MAX_TOTAL - total);
                long compressed = entry.getCompressedSize();
                if (compressed > 0 && content.length > 1_000_000 && content.length / compressed > MAX_RATIO) {
                    throw new DocxException(source + ": the part " + name + " inflates " + content.length / compressed
                            + " times (a zip bomb?); refused");
                }
                total += content.length;
                parts.put(name, content);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DocxException(source + " is not a readable Word file: " + e.getMessage(), e);
        }
        if (parts.isEmpty()) {
            throw new DocxException(source + " is not a Word file (.docx): the package is empty");
        }
        return parts;
    }

    private static byte[] inflate(InputStream in, String name, String source, long left) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long limit = Math.min(MAX_PART, left);
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + (long) n > limit) {
                throw new DocxException(source + ": the part " + name + " inflates to more than "
                        + (limit >> 20) + " MB (a zip bomb?); refused");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void checkName(String name, String source) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("\0")
                || ("/" + lower + "/").contains("/../") || lower.matches("^[a-z]:.*")) {
            throw new DocxException(source + " has a part with an unsafe name '" + name + "'; refused");
        }
    }
}
