package no.kriteriebank.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Finds the tender files among the files and directories given, each file once however it is reached: named twice,
 * named and inside a directory given, or reached through a symbolic link. Directory entries that look like tender
 * files but cannot be read as one (a dangling link, a link loop, a directory named {@code *.yaml}, a device) are
 * reported, never skipped silently.
 *
 * <p>Memory grows with the files and directories named and the links followed, not with the files found in a walk:
 * a file found by walking is recognised as already read by its path alone.
 */
final class TenderFiles {
    private final Consumer<Path> reader;
    private final BiConsumer<Path, String> problems;
    /** Real paths of the files read by name or through a link. */
    private final Set<Path> files = new HashSet<>();
    /** Real paths of the directories walked. */
    private final Set<Path> directories = new HashSet<>();

    TenderFiles(Consumer<Path> reader, BiConsumer<Path, String> problems) {
        this.reader = reader;
        this.problems = problems;
    }

    /** Whether a name ends in {@code .yaml}, {@code .yml} or {@code .json}, in any case. */
    static boolean isTenderName(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    /** Reads a file named by the caller, unless it was read already. */
    void file(Path file) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException | SecurityException e) {
            reader.accept(file); // the reader reports why it cannot be read
            return;
        }
        if (files.contains(real) || walked(real, false)) {
            return;
        }
        files.add(real);
        reader.accept(file);
    }

    /** Reads every tender file under a directory, recursively, following links to other directories once. */
    void directory(Path directory) throws IOException {
        Path real = directory.toRealPath();
        if (!Files.isDirectory(real)) {
            throw new NotDirectoryException(directory.toString());
        }
        walk(directory, real);
    }

    /** Whether a walk already covers a real path: a directory (and all under it) or a tender file. */
    private boolean walked(Path real, boolean directory) {
        for (Path d : directories) {
            if (real.startsWith(d) && reaches(d.relativize(real), directory)) {
                return true;
            }
        }
        return false;
    }

    /** Whether walking reaches a relative path: no directory on the way is named like a tender file. */
    private static boolean reaches(Path relative, boolean directory) {
        int n = relative.getNameCount();
        if (relative.toString().isEmpty()) {
            return directory;
        }
        int dirs = directory ? n : n - 1;
        for (int i = 0; i < dirs; i++) {
            if (isTenderName(relative.getName(i))) {
                return false;
            }
        }
        return directory || isTenderName(relative);
    }

    private void walk(Path shown, Path real) throws IOException {
        if (walked(real, true)) {
            return;
        }
        directories.add(real);
        Files.walkFileTree(real, Set.of(), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(real)) {
                    return FileVisitResult.CONTINUE;
                }
                if (directories.contains(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (isTenderName(dir)) {
                    problems.accept(shown(dir), "is a directory, not a tender file; not read");
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isSymbolicLink()) {
                    link(shown(file), file);
                } else if (isTenderName(file)) {
                    if (!attrs.isRegularFile()) {
                        problems.accept(shown(file), "is not a regular file; not read");
                    } else if (!files.contains(file)) {
                        reader.accept(shown(file));
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.accept(shown(file), "cannot be read: " + reason(e));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null) {
                    problems.accept(shown(dir), "could not be read to the end: " + reason(e));
                }
                return FileVisitResult.CONTINUE;
            }

            private Path shown(Path path) {
                return shown.resolve(real.relativize(path));
            }
        });
    }

    /** A symbolic link met in a walk: followed once, or reported when it leads nowhere or in a circle. */
    private void link(Path shown, Path link) {
        BasicFileAttributes target;
        Path real;
        try {
            target = Files.readAttributes(link, BasicFileAttributes.class);
            real = link.toRealPath();
        } catch (NoSuchFileException e) {
            problems.accept(shown, "is a dangling symbolic link: its target does not exist");
            return;
        } catch (IOException e) {
            problems.accept(shown, isLoop(e) ? "is a symbolic link loop" : "cannot be followed: " + reason(e));
            return;
        }
        if (target.isDirectory()) {
            if (link.getParent().startsWith(real)) {
                problems.accept(shown, "is a symbolic link loop: it points to " + real + ", which contains it");
                return;
            }
            try {
                walk(shown, real);
            } catch (IOException e) {
                problems.accept(shown, "cannot be read: " + reason(e));
            }
        } else if (isTenderName(link)) {
            if (!target.isRegularFile()) {
                problems.accept(shown, "is not a regular file; not read");
            } else if (!files.contains(real) && !walked(real, false)) {
                files.add(real);
                reader.accept(shown);
            }
        }
    }

    private static boolean isLoop(IOException e) {
        return e instanceof FileSystemException f && f.getReason() != null
                && f.getReason().contains("levels of symbolic links");
    }

    /** The operating system's reason, without the file name the caller prints anyway. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (isLoop(e)) {
            return "symbolic link loop";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
