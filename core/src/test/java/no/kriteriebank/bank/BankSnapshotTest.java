package no.kriteriebank.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A classpath bank's snapshot: read, it is the bank the full load and check give; it is used exactly while the files
 * are those it was made from, and otherwise the files are loaded and checked in full, with positioned problems.
 */
class BankSnapshotTest {
    private static final String DIR = "fixture-bank";

    @TempDir
    Path root;

    private Path bankDir;
    private String criteriaText;

    @BeforeEach
    void writeBank() throws IOException {
        String all;
        try (InputStream in = getClass().getResourceAsStream("/diff/new.yaml")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int split = all.indexOf("\ncriteria:") + 1;
        bankDir = Files.createDirectories(root.resolve(DIR));
        Files.writeString(bankDir.resolve("bank.yaml"), all.substring(0, split) + "files: [transport.yaml]\n");
        criteriaText = all.substring(split);
        Files.writeString(bankDir.resolve("transport.yaml"), criteriaText);
    }

    private CriteriaBank loadResources() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            return BankLoader.loadResources(loader, DIR);
        }
    }

    private byte[] snapshot() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            return BankLoader.snapshotResources(loader, DIR);
        }
    }

    private Map<String, byte[]> sources() throws IOException {
        Map<String, byte[]> sources = new TreeMap<>();
        for (String name : List.of("bank.yaml", "transport.yaml")) {
            sources.put(name, Files.readAllBytes(bankDir.resolve(name)));
        }
        return sources;
    }

    @Test
    void readsBackTheBankTheFullLoadGivesEveryCriterionRevisionAndFingerprint() throws IOException {
        CriteriaBank full = BankLoader.load(bankDir);
        byte[] snapshot = snapshot();
        assertThat(BankSnapshot.sources(snapshot)).containsExactly("bank.yaml", "transport.yaml");

        CriteriaBank read = BankSnapshot.read(snapshot, sources());
        assertThat(read).isNotNull();
        assertThat(read.info()).isEqualTo(full.info());
        assertThat(read.criteria()).containsExactlyElementsOf(full.criteria());
        assertThat(read.history()).containsExactlyElementsOf(full.history()).isNotEmpty();
        assertThat(RevisionLock.of(read).format()).isEqualTo(RevisionLock.of(full).format());
        assertThat(read).isEqualTo(full);
        // the same bank gives the same bytes, so a build's snapshot can be compared with a fresh one
        assertThat(snapshot()).isEqualTo(snapshot);
    }

    @Test
    void loadResourcesTrustsASnapshotMadeFromExactlyTheseFiles() throws IOException {
        // A snapshot naming these files but holding another bank is believed: this proves the files were neither
        // parsed nor checked. Snapshots are written only from checked banks, so in use it holds the same bank.
        CriteriaBank other = snapshotOfAnotherBank();

        assertThat(loadResources()).isEqualTo(other);
    }

    /**
     * Writes a snapshot stamped with these files but holding the bank with its first criterion renamed, and returns
     * that bank: a load that serves it has trusted the snapshot without parsing the files.
     */
    private CriteriaBank snapshotOfAnotherBank() throws IOException {
        CriteriaBank full = BankLoader.load(bankDir);
        Criterion first = full.criteria().get(0);
        List<Criterion> criteria = new java.util.ArrayList<>(full.criteria());
        criteria.set(0, first.toBuilder().title(LocalizedText.of("Fra øyeblikksbildet")).build());
        CriteriaBank other = CriteriaBank.of(full.info(), criteria, full.history());
        Files.write(bankDir.resolve(BankLoader.SNAPSHOT_FILE), BankSnapshot.write(other, sources()));
        return other;
    }

    /** The bank directory (snapshot included) packed into a jar, as the standard bank ships. */
    private Path jar() throws IOException {
        Path jar = root.resolve("bank.jar");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar));
                java.util.stream.Stream<Path> files = Files.list(bankDir)) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(DIR + "/" + file.getFileName()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private CriteriaBank loadFromJar(Path jar) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            return BankLoader.loadResources(loader, DIR);
        }
    }

    @Test
    void inAJarTheSnapshotIsTrustedFromTheCentralDirectoryAndAChangedFileIsLoadedInFull() throws IOException {
        CriteriaBank other = snapshotOfAnotherBank();
        // believed: the files in the jar have the stamps recorded, so the snapshot's (different) bank is served
        assertThat(loadFromJar(jar())).isEqualTo(other);

        Files.writeString(bankDir.resolve("transport.yaml"),
                criteriaText.replace("title: {nb: Rapport}", "title: {nb: Årsrapport}"));
        CriteriaBank loaded = loadFromJar(jar());
        assertThat(loaded.get("TRA-02").title().nb()).isEqualTo("Årsrapport");
        assertThat(loaded).isEqualTo(BankLoader.load(bankDir));
    }

    @Test
    void aChangedFileIsLoadedAndCheckedInFull() throws IOException {
        Files.write(bankDir.resolve(BankLoader.SNAPSHOT_FILE), snapshot());
        Files.writeString(bankDir.resolve("transport.yaml"),
                criteriaText.replace("title: {nb: Rapport}", "title: {nb: Årsrapport}"));

        CriteriaBank loaded = loadResources();

        assertThat(loaded.get("TRA-02").title().nb()).isEqualTo("Årsrapport");
        assertThat(loaded).isEqualTo(BankLoader.load(bankDir));
    }

    @Test
    void aChangedFileWithAMistakeFailsWithItsPosition() throws IOException {
        Files.write(bankDir.resolve(BankLoader.SNAPSHOT_FILE), snapshot());
        Files.writeString(bankDir.resolve("transport.yaml"),
                criteriaText.replace("level: BASIC", "level: BASSIC"));

        assertThatThrownBy(this::loadResources)
                .isInstanceOf(BankLoadException.class)
                .hasMessageMatching("(?s).*fixture-bank/transport\\.yaml:\\d+:\\d+: criteria\\[1\\]\\.level: .*");
    }

    @Test
    void aChangedMainFileIsLoadedAndCheckedInFull() throws IOException {
        Files.write(bankDir.resolve(BankLoader.SNAPSHOT_FILE), snapshot());
        Path main = bankDir.resolve("bank.yaml");
        Files.writeString(main, Files.readString(main).replace("publisher: Test", "publisher: Nettverket"));

        assertThat(loadResources().info().publisher()).isEqualTo("Nettverket");
    }

    @Test
    void aDamagedSnapshotIsIgnored() throws IOException {
        CriteriaBank full = BankLoader.load(bankDir);
        byte[] good = snapshot();
        byte[] damaged = good.clone();
        // the payload ends with the history; change one byte of its text
        damaged[damaged.length - 20] ^= 0x01;
        assertThat(BankSnapshot.read(damaged, sources())).isNull();

        Files.write(bankDir.resolve(BankLoader.SNAPSHOT_FILE), damaged);
        assertThat(loadResources()).isEqualTo(full);
        assertThat(BankSnapshot.sources(new byte[0])).isNull();
        assertThat(BankSnapshot.sources("not a snapshot".getBytes(StandardCharsets.UTF_8))).isNull();

        for (byte[] broken : List.of(new byte[0], Arrays.copyOf(good, good.length / 2),
                "not a snapshot".getBytes(StandardCharsets.UTF_8))) {
            assertThat(BankSnapshot.read(broken, sources())).isNull();
            Files.write(bankDir.resolve(BankLoader.SNAPSHOT_FILE), broken);
            assertThat(loadResources()).isEqualTo(full);
        }
    }

    @Test
    void anInvalidBankGetsNoSnapshot() throws IOException {
        Files.writeString(bankDir.resolve("transport.yaml"), criteriaText.replace("revision: 2", "revision: 0"));

        assertThatThrownBy(this::snapshot)
                .isInstanceOf(BankLoadException.class)
                .hasMessageContaining("transport.yaml:");
    }
}
