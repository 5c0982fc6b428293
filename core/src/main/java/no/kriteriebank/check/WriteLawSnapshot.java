package no.kriteriebank.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Build step (exec-maven-plugin, phase process-classes, see core's pom): reads and checks {@code law.yaml} in full
 * and writes {@link LawSnapshot#FILE} beside it in {@code target/classes}, so the jar ships the law as it was checked
 * and {@link Law#standard()} reads it without Jackson or Bean Validation. An invalid law fails the build here, and so
 * does a snapshot that would not read back as the same law. Not API: nothing calls it at run time.
 */
final class WriteLawSnapshot {
    private WriteLawSnapshot() {
    }

    /**
     * Writes the snapshot.
     *
     * @param args the classes directory, e.g. {@code target/classes}
     * @throws IOException when it cannot be written
     */
    public static void main(String... args) throws IOException {
        ClassLoader loader = WriteLawSnapshot.class.getClassLoader();
        byte[] source = Law.source(loader);
        Law law = Law.parse(source);
        byte[] snapshot = LawSnapshot.write(law, source);
        Law back = LawSnapshot.read(snapshot, source);
        if (back == null || !back.options().equals(law.options())
                || !back.ruleSets().all().equals(law.ruleSets().all())) {
            throw new IllegalStateException(LawSnapshot.FILE + " does not read back as the law it was written from");
        }
        Path target = Path.of(args[0]).resolve(RuleSets.RESOURCE_DIRECTORY).resolve(LawSnapshot.FILE);
        Path partial = target.resolveSibling(LawSnapshot.FILE + ".tmp");
        Files.write(partial, snapshot);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
