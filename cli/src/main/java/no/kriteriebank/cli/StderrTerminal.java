package no.kriteriebank.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether this process's standard error is a terminal. Java tells only whether stdin and stdout both are
 * ({@code System.console()}); on Linux the file descriptor's link names the device, a pseudo-terminal or a console.
 * Anywhere else, or when it cannot be told, the answer is no: a progress line is never drawn into a file or a pipe.
 */
final class StderrTerminal {
    private StderrTerminal() {
    }

    static boolean detect() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
