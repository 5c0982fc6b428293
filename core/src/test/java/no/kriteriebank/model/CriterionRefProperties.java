package no.kriteriebank.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link CriterionRef} reads what it prints, and reads nothing else without saying what is wrong. */
class CriterionRefProperties {

    @Property(tries = 500)
    void printThenParseGivesTheSameReference(@ForAll("references") CriterionRef ref) {
        assertThat(CriterionRef.parse(ref.toString())).isEqualTo(ref);
        assertThat(CriterionRef.tryParse(ref.toString())).contains(ref);
        assertThat(CriterionRef.idOf(ref.toString())).isEqualTo(ref.id());
        assertThat(CriterionRef.isPinned(ref.toString())).isEqualTo(ref.pinned());
    }

    @Property(tries = 500)
    void parseThenPrintGivesTheSameText(@ForAll("keys") String text) {
        assertThat(CriterionRef.parse(text).toString()).isEqualTo(text);
    }

    @Property(tries = 2000)
    void anyTextParsesOrFailsWithItsDocumentedException(@ForAll("anyText") String text) {
        Throwable thrown = catchThrowable(() -> CriterionRef.parse(text));
        if (thrown == null) {
            assertThat(CriterionRef.parse(text).toString()).isEqualTo(text);
            assertThat(CriterionRef.tryParse(text)).isPresent();
        } else {
            assertThat(thrown).isExactlyInstanceOf(IllegalArgumentException.class);
            assertThat(thrown.getMessage()).isNotBlank();
            assertThat(CriterionRef.tryParse(text)).isEmpty();
        }
    }

    @Example
    void malformedInputIsToldWhatIsWrong() {
        assertThatIllegalArgumentException().isThrownBy(() -> CriterionRef.parse("TRA-01@0"))
                .withMessage("'TRA-01@0' does not end in a revision from 1 to 999999999 after '@', as in TRA-01@2");
        assertThatIllegalArgumentException().isThrownBy(() -> CriterionRef.parse("TRA-01@"))
                .withMessageContaining("does not end in a revision");
        assertThatIllegalArgumentException().isThrownBy(() -> CriterionRef.parse("TRA-01@1234567890"))
                .withMessageContaining("from 1 to 999999999");
        assertThatIllegalArgumentException().isThrownBy(() -> CriterionRef.parse("tra-01@2"))
                .withMessage("'tra-01' is not a criterion id such as TRA-01 or gki:TRA-01");
        assertThatIllegalArgumentException().isThrownBy(() -> CriterionRef.parse(""))
                .withMessage("'' is not a criterion id such as TRA-01 or gki:TRA-01");
        assertThatIllegalArgumentException().isThrownBy(() -> CriterionRef.of("TRA-01", 0))
                .withMessage("revision 0 of TRA-01 is not a whole number from 1 to 999999999");
    }

    @Example
    void idsAndKeys() {
        assertThat(CriterionRef.parse("gki:TRA-01@12")).isEqualTo(new CriterionRef("gki:TRA-01", OptionalInt.of(12)));
        assertThat(CriterionRef.parse("TRA-01").pinned()).isFalse();
        assertThat(CriterionRef.parse("TRA-01@2").unpinned()).isEqualTo(CriterionRef.of("TRA-01"));
        assertThat(CriterionRef.key("TRA-01", 3)).isEqualTo("TRA-01@3");
        assertThat(CriterionRef.idOf("tra-01@x")).isEqualTo("tra-01");
    }

    @Provide
    Arbitrary<CriterionRef> references() {
        Arbitrary<OptionalInt> revisions = Arbitraries.oneOf(Arbitraries.just(OptionalInt.empty()),
                Arbitraries.integers().between(1, CriterionRef.MAX_REVISION).map(OptionalInt::of));
        return Combinators.combine(ids(), revisions).as(CriterionRef::new);
    }

    @Provide
    Arbitrary<String> keys() {
        return references().map(CriterionRef::toString);
    }

    /** Arbitrary strings, and near misses built from well-formed keys. */
    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> noise = Arbitraries.strings().withChars("@:-0123456789ABTRgki \u0000\u2212").ofMaxLength(16);
        Arbitrary<String> edited = Combinators.combine(keys(), noise, Arbitraries.integers().between(0, 20))
                .as((key, extra, at) -> {
                    int i = Math.min(at, key.length());
                    return key.substring(0, i) + extra + key.substring(i);
                });
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30), noise, edited, keys());
    }

    private static Arbitrary<String> ids() {
        Arbitrary<String> namespace = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(5).map(s -> s + ":"));
        Arbitrary<String> prefix = Arbitraries.strings().withCharRange('A', 'Z').ofLength(3);
        Arbitrary<String> number = Arbitraries.strings().numeric().ofMinLength(2).ofMaxLength(3);
        return Combinators.combine(namespace, prefix, number).as((n, p, d) -> n + p + "-" + d);
    }
}
