package no.kriteriebank.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever happens to the law's snapshot, reading it never fails: a snapshot with any byte changed, cut short or
 * lengthened is refused (null, so the file is read in full), never read as another law.
 */
class LawSnapshotProperties {
    private static final byte[] SOURCE = Law.source(Law.class.getClassLoader());
    private static final byte[] SNAPSHOT = LawSnapshot.write(Law.parse(SOURCE), SOURCE);

    @Property(tries = 300)
    void anyChangedByteIsRefused(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int position,
            @ForAll @IntRange(min = 1, max = 255) int change) {
        byte[] damaged = SNAPSHOT.clone();
        damaged[position % damaged.length] ^= (byte) change;

        assertThat(LawSnapshot.read(damaged, SOURCE)).isNull();
    }

    @Property(tries = 100)
    void anyOtherLengthIsRefused(@ForAll @IntRange(min = 0, max = 100_000) int length) {
        byte[] resized = Arrays.copyOf(SNAPSHOT, length == SNAPSHOT.length ? length + 1 : length);

        assertThat(LawSnapshot.read(resized, SOURCE)).isNull();
    }

    @Property(tries = 100)
    void anyChangedByteOfTheFileIsRefused(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int position,
            @ForAll @IntRange(min = 1, max = 255) int change) {
        byte[] source = SOURCE.clone();
        source[position % source.length] ^= (byte) change;

        assertThat(LawSnapshot.read(SNAPSHOT, source)).isNull();
        assertThat(LawSnapshot.read(SNAPSHOT, SOURCE)).isNotNull();
    }
}
