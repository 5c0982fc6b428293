package no.kriteriebank.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one reader of {@code .properties} bundles and its one placeholder syntax, a name in braces. */
class BundleTest {

    @Test
    void readsUtf8TextAndSortsTheKeys() {
        Map<String, String> words = Bundle.read("b=Klima og miljø\na=Æ {area}\n# a comment\n");
        assertThat(words).containsExactly(Map.entry("a", "Æ {area}"), Map.entry("b", "Klima og miljø"));
    }

    @Test
    void fillsNamedAndNumberedPlaceholdersAlike() {
        assertThat(Bundle.fill("Standardkrav: {area}, {level}", Map.of("area", "Transport", "level", "basis")))
                .isEqualTo("Standardkrav: Transport, basis");
        assertThat(Bundle.fill("fra {0}", Map.of("0", "kriteriebanken 2026.2"))).isEqualTo("fra kriteriebanken 2026.2");
        assertThat(Bundle.fill("$ and \\ stay {x}", Map.of("x", "$1 \\"))).isEqualTo("$ and \\ stay $1 \\");
        assertThat(Bundle.placeholders("{weight} of {minimum}, {weight}")).containsExactly("minimum", "weight");
    }

    @Test
    void aPlaceholderWithoutAValueIsNamed() {
        assertThatIllegalArgumentException().isThrownBy(() -> Bundle.fill("vektet {weight}", Map.of()))
                .withMessage("uses {weight}, which was not given");
    }

    @Test
    void aMissingResourceIsEmpty() {
        assertThat(Bundle.resource(BundleTest.class.getClassLoader(), "no/such/bundle.properties")).isEmpty();
        assertThat(Bundle.resource(BundleTest.class.getClassLoader(), "no/kriteriebank/check/findings_nn.properties"))
                .hasValueSatisfying(m -> assertThat(m).containsKey("FOA-7-9-MIN-WEIGHT"));
    }
}
