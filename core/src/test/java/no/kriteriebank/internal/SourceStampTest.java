package no.kriteriebank.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resource's stamp is the same whether it comes from a jar's central directory or from reading its bytes. */
class SourceStampTest {
    private static final byte[] TEXT = "criteria:\n  - id: TRA-01\n    title: {nb: Nullutslipp, nn: Nullutslepp}\n"
            .repeat(40).getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;

    @Test
    void theStampOfBytesIsTheirLengthAndCrc32() {
        CRC32 crc = new CRC32();
        crc.update(TEXT);
        assertThat(SourceStamp.of(TEXT)).isEqualTo(new SourceStamp(TEXT.length, crc.getValue()));
        assertThat(SourceStamp.of(new byte[0])).isEqualTo(new SourceStamp(0, 0));
    }

    @Test
    void aJarEntryIsStampedFromTheCentralDirectoryAlikeForDeflatedAndStoredEntries() throws IOException {
        Path jar = root.resolve("bank.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("bank/deflated.yaml"));
            zip.write(TEXT);
            zip.closeEntry();
            ZipEntry stored = new ZipEntry("bank/stored.yaml");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(TEXT.length);
            CRC32 crc = new CRC32();
            crc.update(TEXT);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            zip.write(TEXT);
            zip.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(loader.getResource("bank/deflated.yaml").getProtocol()).isEqualTo("jar");
            assertThat(SourceStamp.ofResource(loader, "bank/deflated.yaml")).isEqualTo(SourceStamp.of(TEXT));
            assertThat(SourceStamp.ofResource(loader, "bank/stored.yaml")).isEqualTo(SourceStamp.of(TEXT));
            assertThat(SourceStamp.ofResource(loader, "bank/missing.yaml")).isNull();
        }
    }

    @Test
    void aFileInADirectoryIsReadAndStampedTheSameWay() throws IOException {
        Path file = Files.createDirectories(root.resolve("bank")).resolve("transport.yaml");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(TEXT);
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertThat(loader.getResource("bank/transport.yaml").getProtocol()).isEqualTo("file");
            assertThat(SourceStamp.ofResource(loader, "bank/transport.yaml")).isEqualTo(SourceStamp.of(TEXT));
            assertThat(SourceStamp.ofResource(loader, "bank/missing.yaml")).isNull();
        }
    }

    @Test
    void anyChangeOfOneByteOrOfTheLengthChangesTheStamp() {
        SourceStamp original = SourceStamp.of(TEXT);
        for (int i = 0; i < TEXT.length; i += 7) {
            byte[] changed = TEXT.clone();
            changed[i] ^= 0x20;
            assertThat(SourceStamp.of(changed)).as("byte %d", i).isNotEqualTo(original);
        }
        assertThat(SourceStamp.of(java.util.Arrays.copyOf(TEXT, TEXT.length + 1))).isNotEqualTo(original);
    }
}
