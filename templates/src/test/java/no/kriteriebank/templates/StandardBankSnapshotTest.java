package no.kriteriebank.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import no.kriteriebank.bank.BankLoader;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.bank.RevisionLock;
import org.junit.jupiter.api.Test;

/**
 * The standard bank ships with the snapshot the build made after checking it in full: it is current, and what
 * {@link StandardBank#load()} reads from it is the bank the full load and check of the YAML files give.
 */
class StandardBankSnapshotTest {
    private static final Path SOURCES = Path.of("src/main/resources").resolve(StandardBank.RESOURCE_DIRECTORY);

    @Test
    void theShippedSnapshotIsTheOneTheseFilesGive() throws IOException {
        byte[] shipped;
        try (InputStream in = StandardBank.class.getClassLoader().getResourceAsStream(
                StandardBank.RESOURCE_DIRECTORY + "/" + BankLoader.SNAPSHOT_FILE)) {
            assertThat(in).as("the build writes the snapshot (templates/pom.xml, WriteBankSnapshot)").isNotNull();
            shipped = in.readAllBytes();
        }
        byte[] fresh = BankLoader.snapshotResources(StandardBank.class.getClassLoader(),
                StandardBank.RESOURCE_DIRECTORY);

        assertThat(shipped).isEqualTo(fresh);
    }

    @Test
    void theFastLoadedBankEqualsTheFullyCheckedOne() {
        CriteriaBank fast = StandardBank.load();
        CriteriaBank full = BankLoader.load(SOURCES);

        assertThat(fast.info()).isEqualTo(full.info());
        assertThat(fast.criteria()).hasSize(full.size()).containsExactlyElementsOf(full.criteria());
        assertThat(fast.history()).isNotEmpty().containsExactlyElementsOf(full.history());
        assertThat(RevisionLock.of(fast).format()).isEqualTo(RevisionLock.of(full).format());
        assertThat(fast).isEqualTo(full);
    }
}
