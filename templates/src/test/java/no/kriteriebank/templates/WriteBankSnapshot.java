package no.kriteriebank.templates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import no.kriteriebank.bank.BankLoader;

/**
 * Build step (exec-maven-plugin, phase process-test-classes, see the pom): checks the standard bank in full and
 * writes its snapshot beside its files in {@code target/classes}, so the jar ships the bank as it was checked and
 * {@link StandardBank#load()} reads it without parsing or checking again. An invalid bank fails the build here,
 * with every problem as {@code file:line:column: path: message}.
 */
public final class WriteBankSnapshot {
    private WriteBankSnapshot() {
    }

    /**
     * Writes the snapshot.
     *
     * @param args the classes directory, e.g. {@code target/classes}
     * @throws IOException when it cannot be written
     */
    public static void main(String... args) throws IOException {
        Path target = Path.of(args[0]).resolve(StandardBank.RESOURCE_DIRECTORY).resolve(BankLoader.SNAPSHOT_FILE);
        byte[] snapshot = BankLoader.snapshotResources(StandardBank.class.getClassLoader(),
                StandardBank.RESOURCE_DIRECTORY);
        Path partial = target.resolveSibling(BankLoader.SNAPSHOT_FILE + ".tmp");
        Files.write(partial, snapshot);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
