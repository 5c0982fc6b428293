package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -o} never replaces what is not a regular file, never a read-only file, and a failed write to stdout is an
 * error: the 2026-12 review turned {@code /dev/full} and {@code /dev/null} into regular files (as root), replaced a
 * FIFO its reader was waiting on, silently replaced a 0444 file, and exited 0 after writing nothing to a full disk.
 */
class OutputSafetyTest {

    @Test
    void aDeviceIsWrittenThroughNotReplaced() {
        Path tender = Fixtures.resource("corpus/tenders/valid-base.yaml");
        Cli.Result r = Cli.run("render", tender.toString(), "-o", "/dev/null");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        assertThat(Files.exists(Path.of("/dev/null"))).isTrue();
    }

    @Test
    void aFullDeviceIsAnErrorAndStaysADevice() {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full));
        Path tender = Fixtures.resource("corpus/tenders/valid-base.yaml");
        Cli.Result r = Cli.run("render", tender.toString(), "-o", full.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("render: cannot write /dev/full: No space left on device\n");
        assertThat(Files.isRegularFile(full)).isFalse();
    }

    @Test
    void aNamedPipeIsWrittenIntoForItsReader(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0);
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Path tender = Fixtures.resource("corpus/tenders/valid-base.yaml");
        Cli.Result r = Cli.run("render", tender.toString(), "-o", fifo.toString());
        assertThat(r.exit()).as("%s", r).isZero();
        String received = new String(reader.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        assertThat(received).contains("Skuleskyss");
        assertThat(Files.isRegularFile(fifo)).as("the FIFO is still a FIFO").isFalse();
    }

    @Test
    void aReadOnlyFileIsRefusedEvenForRoot(@TempDir Path dir) throws Exception {
        Path target = Fixtures.write(dir, "keep.txt", "keep me\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        Path tender = Fixtures.resource("corpus/tenders/valid-base.yaml");
        Cli.Result r = Cli.run("render", tender.toString(), "-o", target.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("render: cannot write " + target + ": the file is read-only\n");
        assertThat(Files.readString(target)).isEqualTo("keep me\n");
    }

    @Test
    void aFailedWriteToStdoutExitsTwoWithAMessage() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")));
        Path tender = Fixtures.resource("corpus/tenders/valid-base.yaml");
        StringWriter err = new StringWriter();
        try (PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream("/dev/full"),
                StandardCharsets.UTF_8))) {
            int exit = KriteriebankCli.run(out, new PrintWriter(err), Map.of(), false, "render", tender.toString());
            assertThat(exit).isEqualTo(2);
        }
        assertThat(err.toString()).isEqualTo(
                "kriteriebank: cannot write the output (the disk may be full, or the reader gone)\n");
    }
}
