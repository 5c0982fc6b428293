package no.kriteriebank.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.kriteriebank.internal.SnapshotFormat;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.Regime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The law's snapshot: the build writes it, {@link Law#standard()} reads it, and what it reads is the law the full
 * read and check of {@code law.yaml} gives; it is used exactly while {@code law.yaml} is the file it was made from,
 * and otherwise the file is read and checked in full, with the same errors.
 */
class LawSnapshotTest {
    @TempDir
    Path root;

    private byte[] source;
    private Path yaml;
    private Path snapshotFile;

    @BeforeEach
    void copyTheLaw() throws IOException {
        source = Law.source(Law.class.getClassLoader());
        Path dir = Files.createDirectories(root.resolve(RuleSets.RESOURCE_DIRECTORY));
        yaml = Files.write(dir.resolve(LawSnapshot.SOURCE), source);
        snapshotFile = dir.resolve(LawSnapshot.FILE);
    }

    private Law load() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            return Law.load(loader);
        }
    }

    @Test
    void theStandardLawIsReadFromTheSnapshotTheBuildWrote() throws IOException {
        byte[] shipped;
        try (InputStream in = Law.class.getClassLoader().getResourceAsStream(
                RuleSets.RESOURCE_DIRECTORY + LawSnapshot.FILE)) {
            assertThat(in).as("the build writes the snapshot (core/pom.xml, WriteLawSnapshot)").isNotNull();
            shipped = in.readAllBytes();
        }
        assertThat(Law.standard().fromSnapshot()).as("Law.standard() read the snapshot").isTrue();
        // it is current: the one this law.yaml gives, byte for byte
        assertThat(shipped).isEqualTo(LawSnapshot.write(Law.parse(source), source));
    }

    @Test
    void theSnapshotReadsBackTheLawTheFullReadGives() {
        Law full = Law.parse(source);
        Law fast = LawSnapshot.read(LawSnapshot.write(full, source), source);

        assertThat(full.fromSnapshot()).isFalse();
        assertThat(fast).isNotNull();
        assertThat(fast.fromSnapshot()).isTrue();
        assertSame(fast, full);
        assertSame(Law.standard(), full);
    }

    @Test
    void aSnapshotMadeFromTheseBytesIsTrustedWithoutReadingTheFile() throws IOException {
        // A snapshot recording these bytes but holding another law is believed: this proves the file was neither
        // parsed nor checked. Snapshots are written only from the law the file gives, so in use it is the same law.
        String text = new String(source, StandardCharsets.UTF_8);
        Law other = Law.parse(text.replace("nb: Klima og miljø\n", "nb: Fra øyeblikksbildet\n")
                .getBytes(StandardCharsets.UTF_8));
        Files.write(snapshotFile, LawSnapshot.write(other, source));

        Law loaded = load();

        assertThat(loaded.fromSnapshot()).isTrue();
        assertThat(loaded.option(EnvironmentOption.AWARD_CRITERIA).noticeName().nb()).isEqualTo("Fra øyeblikksbildet");
    }

    @Test
    void theSnapshotIsUsedBesideTheFileItWasMadeFrom() throws IOException {
        Files.write(snapshotFile, LawSnapshot.write(Law.parse(source), source));

        Law loaded = load();

        assertThat(loaded.fromSnapshot()).isTrue();
        assertSame(loaded, Law.parse(source));
    }

    @Test
    void oneChangedByteOfTheFileMeansTheFullRead() throws IOException {
        Files.write(snapshotFile, LawSnapshot.write(Law.parse(source), source));
        byte[] changed = new String(source, StandardCharsets.UTF_8)
                .replace("nb: Klima og miljø\n", "nb: Klima og Miljø\n").getBytes(StandardCharsets.UTF_8);
        assertThat(changed).hasSameSizeAs(source);
        assertThat(Arrays.mismatch(changed, source)).isNotNegative();
        Files.write(yaml, changed);

        Law loaded = load();

        assertThat(loaded.fromSnapshot()).isFalse();
        assertThat(loaded.option(EnvironmentOption.AWARD_CRITERIA).noticeName().nb()).isEqualTo("Klima og Miljø");
        assertSame(loaded, Law.parse(changed));
    }

    @Test
    void aChangedFileWithAMistakeFailsAsTheFullReadDoes() throws IOException {
        Files.write(snapshotFile, LawSnapshot.write(Law.parse(source), source));
        byte[] wrong = new String(source, StandardCharsets.UTF_8)
                .replace("eformsCode: quality-nor-env-spec\n", "eformsCode: env-spec\n")
                .getBytes(StandardCharsets.UTF_8);
        Files.write(yaml, wrong);
        String expected = null;
        try {
            Law.parse(wrong);
        } catch (IllegalStateException e) {
            expected = e.getMessage();
        }
        assertThat(expected).contains("options[1].eformsCode: must be a Norwegian code");

        assertThatThrownBy(this::load).isInstanceOf(IllegalStateException.class).hasMessage(expected);
    }

    @Test
    void aDamagedSnapshotMeansTheFullRead() throws IOException {
        Law full = Law.parse(source);
        byte[] good = LawSnapshot.write(full, source);
        byte[] damaged = good.clone();
        // the payload ends with the last rule set's notes; change one byte of their text
        damaged[damaged.length - 20] ^= 0x01;
        byte[] sourceDamaged = good.clone();
        // the digest lies after the header: magic, format, one source name
        sourceDamaged[2 + LawSnapshot.FORMAT.magic().length() + 4 + 4 + 2 + LawSnapshot.SOURCE.length()] ^= 0x01;

        for (byte[] broken : List.of(damaged, sourceDamaged, new byte[0], Arrays.copyOf(good, good.length / 2),
                Arrays.copyOf(good, good.length + 1), "not a snapshot".getBytes(StandardCharsets.UTF_8))) {
            assertFullReadBeside(broken, full);
        }
    }

    @Test
    void aSnapshotOfAnotherFormatMeansTheFullRead() throws IOException {
        Law full = Law.parse(source);
        Map<String, byte[]> sources = Map.of(LawSnapshot.SOURCE, source);
        byte[] payload = LawSnapshot.FORMAT.payload(LawSnapshot.write(full, source), sources);
        assertThat(payload).isNotEmpty();
        List<byte[]> others = List.of(
                new SnapshotFormat(LawSnapshot.FORMAT.magic(), LawSnapshot.FORMAT.number() + 1).write(sources, payload),
                new SnapshotFormat(LawSnapshot.FORMAT.magic(), LawSnapshot.FORMAT.number() - 1).write(sources, payload),
                // a bank's snapshot framing around the same bytes
                new SnapshotFormat("kriteriebank-snapshot", 2).write(sources, payload),
                // the right format, but recorded under another file name
                LawSnapshot.FORMAT.write(Map.of("bank.yaml", source), payload));

        for (byte[] other : others) {
            assertFullReadBeside(other, full);
        }
    }

    @Test
    void noSnapshotMeansTheFullRead() throws IOException {
        Law loaded = load();

        assertThat(loaded.fromSnapshot()).isFalse();
        assertSame(loaded, Law.parse(source));
    }

    @Test
    void aMissingLawFileFailsAsBeforeEvenBesideASnapshot() throws IOException {
        Files.write(snapshotFile, LawSnapshot.write(Law.parse(source), source));
        Files.delete(yaml);

        assertThatThrownBy(this::load).isInstanceOf(IllegalStateException.class)
                .hasMessage("missing resource " + Law.RESOURCE);
    }

    /** A snapshot that is not read: the law comes from the file, read and checked in full. */
    private void assertFullReadBeside(byte[] snapshot, Law full) throws IOException {
        assertThat(LawSnapshot.read(snapshot, source)).isNull();
        Files.write(snapshotFile, snapshot);
        Law loaded = load();
        assertThat(loaded.fromSnapshot()).isFalse();
        assertSame(loaded, full);
    }

    /** Two laws are the same in everything {@link Law} and {@link RuleSets} expose. */
    private static void assertSame(Law actual, Law expected) {
        assertThat(dump(actual)).isEqualTo(dump(expected));
        assertThat(actual.options()).isEqualTo(expected.options());
        assertThat(actual.ruleSets().all()).isEqualTo(expected.ruleSets().all());
        assertThat(actual.ruleSets().toString()).isEqualTo(expected.ruleSets().toString());
    }

    /**
     * Everything a law exposes, as text: every record (whose text shows every component, and a decimal's scale), and
     * the answer of every look-up on every key and boundary day.
     */
    private static String dump(Law law) {
        List<String> lines = new ArrayList<>();
        for (LawOption o : law.options()) {
            lines.add(o.toString());
            lines.add("option " + law.option(o.option()));
            lines.add("byCode " + law.optionByCode(o.eformsCode()));
            lines.add("validOn " + o.validOn(o.validFrom()) + " " + o.validOn(o.validFrom().minusDays(1)));
        }
        lines.add("options " + law.options().size() + " " + Arrays.stream(EnvironmentOption.values())
                .map(law::option).toList());
        RuleSets sets = law.ruleSets();
        List<String> points = new ArrayList<>(Arrays.stream(RuleParameters.class.getRecordComponents())
                .map(c -> c.getName()).toList());
        points.add(RuleSet.CITATION);
        points.add(RuleSet.VALIDITY);
        for (RuleSet r : sets.all()) {
            lines.add(r.toString());
            lines.add("scale " + r.parameters().minimumEnvironmentWeight().scale());
            lines.add("find " + sets.find(r.id()));
            lines.add("suggest " + sets.suggest(r.id() + "x"));
            for (String point : points) {
                lines.add("confirmed " + point + " " + r.isConfirmed(point));
            }
            lines.add("unconfirmed " + r.unconfirmed(points));
            List<LocalDate> days = new ArrayList<>(List.of(r.validFrom(), r.validFrom().minusDays(1)));
            if (r.validTo() != null) {
                days.add(r.validTo());
                days.add(r.validTo().plusDays(1));
            }
            for (Regime regime : Regime.values()) {
                for (LocalDate day : days) {
                    lines.add("on " + regime + " " + day + " " + sets.on(regime, day).map(RuleSet::id));
                }
            }
        }
        for (Regime regime : Regime.values()) {
            lines.add("all " + regime + " " + sets.all(regime).stream().map(RuleSet::id).toList());
        }
        return String.join("\n", lines);
    }
}
