package no.kriteriebank.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A file written all at once or not at all: the text goes to a temporary file in the same directory, which then
 * replaces the target in one atomic rename. A failed run never leaves a half-written file or overwrites a good one.
 *
 * <p>Only regular files are replaced. A device ({@code /dev/null}, {@code /dev/stdout}) or a named pipe is written to
 * in place, never replaced by a file; a file without write permission is refused, even for root.
 */
final class OutputFile {
    private final Path target;

    OutputFile(Path target) {
        this.target = target;
    }

    /**
     * Writes the text as UTF-8.
     *
     * @throws CommandException when the file cannot be written; the target is then as it was
     */
    void write(String text) {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the bytes.
     *
     * @throws CommandException when the file cannot be written; the target is then as it was
     */
    void write(byte[] content) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new CommandException(ExitCode.USAGE, "cannot write " + target + ": it is a directory");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            writeThrough(absolute, content);
            return;
        }
        if (Files.exists(absolute) && readOnly(absolute)) {
            throw new CommandException(ExitCode.USAGE, "cannot write " + target + ": the file is read-only");
        }
        try {
            if (Files.isSymbolicLink(absolute) && Files.exists(absolute)) {
                // replace the file the link points to, not the link
                absolute = absolute.toRealPath();
            }
        } catch (IOException e) {
            throw new CommandException(ExitCode.USAGE, "cannot write " + target + ": " + reason(e), e);
        }
        Path dir = absolute.getParent();
        Path temp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            // CREATE_NEW, not createTempFile: the new file gets the umask's permissions, not owner-only ones.
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                out.write(content);
            }
            keepPermissions(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
            throw new CommandException(ExitCode.USAGE, "cannot write " + target + ": " + reason(e), e);
        }
    }

    /** A device or pipe: write into it as it is; replacing it would turn {@code /dev/null} into a file. */
    private void writeThrough(Path device, byte[] content) {
        try (OutputStream out = Files.newOutputStream(device, StandardOpenOption.WRITE)) {
            out.write(content);
        } catch (IOException e) {
            throw new CommandException(ExitCode.USAGE, "cannot write " + target + ": " + reason(e), e);
        }
    }

    /** No one may write it: not this user, or (for root, who may write anything) no write permission bit at all. */
    private static boolean readOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            return Files.getPosixFilePermissions(file).stream()
                    .noneMatch(p -> p.name().endsWith("_WRITE"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static void keepPermissions(Path target, Path temp) {
        try {
            if (Files.exists(target)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system, or not ours to read: the new file keeps the default permissions
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
