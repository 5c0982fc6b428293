package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class ListCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void listsEveryCriterionAsATable() {
        Cli.Result r = Cli.run("list");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines().toList()).containsExactly(
                "ID      REV  AREA       KIND           LEVEL     TITLE",
                "GEN-01    1  general    qualification  basic     Miljøledelsessystem",
                "TRA-01    1  transport  specification  advanced  Andel nullutslippskjøretøy i oppdraget");
    }

    @Test
    void titlesFollowTheLanguage() {
        assertThat(Cli.run("list", "--lang", "en").out()).contains("Share of zero-emission vehicles used for the "
                + "contract").doesNotContain("Andel");
        assertThat(Cli.run("list", "--lang", "nn-NO").out()).contains("Del nullutsleppskøyretøy i oppdraget");
    }

    @ParameterizedTest
    @ValueSource(strings = {"transport", "TRA", "tra", "TRANSPORT", "Transport"})
    void areaIsReadIgnoringCaseByNameOrPrefix(String area) {
        Cli.Result r = Cli.run("list", "--area", area);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("TRA-01").doesNotContain("GEN-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"advanced", "ADVANCED", "avansert", "Avansert"})
    void levelIsReadInEnglishOrNorwegian(String level) {
        Cli.Result r = Cli.run("list", "--level", level);
        assertThat(r.out()).contains("TRA-01").doesNotContain("GEN-01");
    }

    @Test
    void basicLevelHasItsNorwegianNames() {
        assertThat(Cli.run("list", "--level", "grunnleggende").out()).contains("GEN-01").doesNotContain("TRA-01");
        assertThat(Cli.run("list", "--level", "spydspiss").err()).contains("no criteria match");
    }

    @Test
    void kindAndCpvNarrowTheList() {
        assertThat(Cli.run("list", "--kind", "qualification").out()).contains("GEN-01").doesNotContain("TRA-01");
        assertThat(Cli.run("list", "--kind", "kvalifikasjonskrav").out()).contains("GEN-01");
        // GEN-01 names no CPV codes, so it applies to every procurement
        assertThat(Cli.run("list", "--cpv", "60130000").out()).contains("GEN-01", "TRA-01");
        assertThat(Cli.run("list", "--cpv", "45000000").out()).contains("GEN-01").doesNotContain("TRA-01");
    }

    @Test
    void anEmptyResultIsANoticeNotAnError() {
        Cli.Result r = Cli.run("list", "--area", "food");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("list: no criteria match\n");
    }

    @Test
    void jsonParsesBackWithTheFactsAndLanguages() {
        Cli.Result r = Cli.run("list", "--json", "--lang", "en");
        assertThat(r.exit()).as(r.toString()).isZero();
        List<Map<String, Object>> items = JSON.readValue(r.out(), new TypeReference<>() {
        });
        assertThat(items).hasSize(2);
        Map<String, Object> tra = items.get(1);
        assertThat(tra).containsEntry("id", "TRA-01")
                .containsEntry("revision", 1)
                .containsEntry("area", "TRANSPORT")
                .containsEntry("kind", "SPECIFICATION")
                .containsEntry("level", "ADVANCED")
                .containsEntry("title", "Share of zero-emission vehicles used for the contract")
                .containsEntry("languages", List.of("nb", "nn", "en"));
    }

    @Test
    void anEmptyJsonResultIsAnEmptyArray() {
        Cli.Result r = Cli.run("list", "--json", "--area", "food");
        assertThat(r.exit()).isZero();
        assertThat(JSON.readValue(r.out(), List.class)).isEmpty();
    }

    @Test
    void aBadAreaIsAUsageErrorThatListsTheAreas() {
        Cli.Result r = Cli.run("list", "--area", "transprot");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("list: Invalid value for option '--area': 'transprot' is not an area")
                .contains("transport (TRA)", "building-and-construction (BYG)")
                .contains("Try 'kriteriebank list --help'")
                .doesNotContain("\tat ");
    }

    @Test
    void aBadLevelOrLanguageIsAUsageError() {
        assertThat(Cli.run("list", "--level", "expert").exit()).isEqualTo(2);
        Cli.Result r = Cli.run("list", "--lang", "de");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'de' is not a language; expected one of nb, nn, en");
    }
}
