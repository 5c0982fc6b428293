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
    void listsEveryCriterionAsAnAlignedTable() {
        Cli.Result r = Cli.run("list");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).matches("ID +REV +AREA +KIND +LEVEL +TITLE");
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .matches("GEN-01 +2 +general +qualification +basic +Miljøledelsessystem"));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .matches("TRA-01 +2 +transport +specification +advanced +Andel nullutslippskjøretøy i oppdraget"));
        int title = lines.get(0).indexOf("TITLE");
        assertThat(lines).allSatisfy(line -> assertThat(line.charAt(title - 1)).isEqualTo(' '));
        assertThat(lines.stream().filter(l -> l.startsWith("TRA-01")).findFirst().orElseThrow().substring(title))
                .isEqualTo("Andel nullutslippskjøretøy i oppdraget");
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
        assertThat(Cli.run("list", "--level", "grunnleggjande").out()).contains("GEN-01");
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
        // transport criteria apply to transport CPV codes, never to agricultural products (03)
        Cli.Result r = Cli.run("list", "--area", "transport", "--cpv", "03111000");
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
        assertThat(items).hasSize((int) Cli.run("list").out().lines().count() - 1);
        Map<String, Object> tra = items.stream().filter(i -> "TRA-01".equals(i.get("id"))).findFirst().orElseThrow();
        assertThat(tra).containsEntry("revision", 2)
                .containsEntry("key", "TRA-01@2")
                .containsEntry("area", "TRANSPORT")
                .containsEntry("kind", "SPECIFICATION")
                .containsEntry("level", "ADVANCED")
                .containsEntry("status", "ACTIVE")
                .containsEntry("title", "Share of zero-emission vehicles used for the contract")
                .containsEntry("languages", List.of("nb", "nn", "en"));
        assertThat(items).allSatisfy(i -> assertThat(i).containsKeys("id", "revision", "area", "kind", "level",
                "title", "languages"));
    }

    @Test
    void anEmptyJsonResultIsAnEmptyArray() {
        Cli.Result r = Cli.run("list", "--json", "--area", "transport", "--cpv", "03111000");
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
