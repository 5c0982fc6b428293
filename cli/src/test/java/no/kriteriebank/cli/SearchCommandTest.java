package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class SearchCommandTest {
    @Test
    void findsCriteriaByWordsInAnyLanguage() {
        Cli.Result r = Cli.run("search", "nullutslipp");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("ID ").contains("TRA-01").doesNotContain("GEN-01");
        assertThat(Cli.run("search", "ISO", "14001").out()).contains("GEN-01").doesNotContain("TRA-01");
    }

    @Test
    void languageLimitsTheSearchAndTheTitles() {
        assertThat(Cli.run("search", "zero-emission", "--lang", "en").out())
                .contains("TRA-01  ").contains("Share of zero-emission vehicles");
        assertThat(Cli.run("search", "zero-emission", "--lang", "nb").out()).doesNotContain("TRA-01");
    }

    @Test
    void printsJsonLikeList() {
        Cli.Result r = Cli.run("search", "--json", "miljøledelsessystem");
        List<Map<String, Object>> items = JsonMapper.builder().build().readValue(r.out(), new TypeReference<>() {
        });
        assertThat(items).extracting(i -> i.get("id")).contains("GEN-01").doesNotContain("TRA-01");
    }

    @Test
    void noMatchIsANotice() {
        Cli.Result r = Cli.run("search", "kjernekraftverk");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("search: no criteria match\n");
    }

    @Test
    void wordsAreRequired() {
        Cli.Result r = Cli.run("search");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("search: Missing required parameter: 'WORDS'");
    }
}
