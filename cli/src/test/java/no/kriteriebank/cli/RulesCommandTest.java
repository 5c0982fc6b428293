package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code rules} shows the law the checker applies, and {@code check} says which unconfirmed points a result rests on. */
class RulesCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsEveryRuleSetWithItsCitationPeriodParametersAndNotes() {
        Cli.Result r = Cli.run("rules");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("foa-7-9-2024  anskaffelsesforskriften § 7-9  [CONFIRMED]\n")
                .contains("ff-7-9-2024  forsyningsforskriften § 7-9  [CONFIRMED]\n")
                .contains("kkf-7-6-2024  konsesjonskontraktforskriften § 7-6  [CONFIRMED]\n")
                .contains("foa-7-9-2026  anskaffelsesloven §§ 5b og 5c  [UNCONFIRMED]\n")
                .contains("  period:     2024-01-01 to 2026-06-30\n")
                .contains("  period:     2026-07-01 to (no known end)\n")
                .contains("    minimumEnvironmentWeight:      30 %  [UNCONFIRMED]\n")
                .contains("    [UNCONFIRMED] Part I (advisoryInPartI)\n")
                .contains("    [CONFIRMED] § 7-9 (2): minimum weight (minimumEnvironmentWeight)\n");
    }

    @Test
    void oneRuleSetInAnotherLanguage() {
        Cli.Result r = Cli.run("rules", "kkf-7-6-2024", "--lang", "en");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("kkf-7-6-2024  section 7-6 of the Concession Contracts Regulations"
                + "  [CONFIRMED]\n  regime:     CONCESSIONS\n").doesNotContain("foa-7-9-2026  ")
                .contains("    specificationCondition:        it is clear that the requirements in the specifications"
                        + " give a better climate and environmental effect\n");
    }

    @Test
    void jsonCarriesTheSameData() {
        Cli.Result one = Cli.run("rules", "foa-7-9-2026", "--json");
        JsonNode node = JsonMapper.builder().build().readTree(one.out());
        assertThat(node.get("id").asString()).isEqualTo("foa-7-9-2026");
        assertThat(node.get("citation").get("status").asString()).isEqualTo("UNCONFIRMED");
        assertThat(node.get("citation").get("text").get("nn").asString()).isEqualTo("anskaffingslova §§ 5b og 5c");
        assertThat(node.get("validFrom").asString()).isEqualTo("2026-07-01");
        assertThat(node.get("parameters").get("justificationRequired").toString()).contains("SPECIFICATION");
        assertThat(node.get("notes").size()).isGreaterThan(5);
        JsonNode all = JsonMapper.builder().build().readTree(Cli.run("rules", "--json").out());
        assertThat(all.size()).isEqualTo(6);
    }

    @Test
    void anUnknownIdIsAUsageErrorWithDidYouMean() {
        Cli.Result r = Cli.run("rules", "foa-7-9-2025");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("rules: unknown rule set 'foa-7-9-2025' (did you mean foa-7-9-202");
        assertThat(Cli.run("rules", "--lang", "se").exit()).isEqualTo(2);
    }

    @Test
    void checkListsTheUnconfirmedPointsItsResultRestsOn() {
        Path tender = Fixtures.write(dir, "t.yaml", Fixtures.TENDER.replace("procedure: PART_II",
                "procedure: PART_II\nannouncementDate: 2026-07-01"));
        Cli.Result r = Cli.run("check", tender.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("rule set foa-7-9-2026")
                .contains("Not confirmed against the statutory text (check lovdata.no; 'kriteriebank rules"
                        + " foa-7-9-2026' shows the sources):\n")
                .contains("  UNCONFIRMED foa-7-9-2026 citation: Where the rule is. ")
                .contains("  UNCONFIRMED foa-7-9-2026 minimumEnvironmentWeight: Minimum weight. ");
        JsonNode json = JsonMapper.builder().build().readTree(Cli.run("check", tender.toString(), "--json").out());
        assertThat(json.get("unconfirmed").get(0).get("parameter").asString()).isEqualTo("citation");
        // Under the 2024 rule, a part II tender weighted at 30 % rests on one unconfirmed point: the period's end.
        Path old = Fixtures.write(dir, "old.yaml", Fixtures.TENDER.replace("procedure: PART_II",
                "procedure: PART_II\nannouncementDate: 2026-06-30"));
        assertThat(Cli.run("check", old.toString()).out()).contains("rule set foa-7-9-2024")
                .contains("  UNCONFIRMED foa-7-9-2024 validity: End of the period. The end (30 June 2026) rests on")
                .doesNotContain("minimumEnvironmentWeight:", "citation:");
    }

    @Test
    void invitationDateAndRegimeChooseTheRuleSet() {
        Path utility = Fixtures.write(dir, "u.yaml", Fixtures.TENDER.replace("procedure: PART_II",
                "procedure: PART_II\nregime: UTILITIES\ninvitationDate: 2026-06-30"));
        Cli.Result r = Cli.run("check", utility.toString());
        assertThat(r.out()).as(r.toString()).contains("rule set ff-7-9-2024");
        Cli.Result typo = Cli.run("check", Fixtures.write(dir, "v.yaml", Fixtures.TENDER.replace(
                "procedure: PART_II", "procedure: PART_II\nregim: UTILITIES")).toString());
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("regim: unknown field 'regim' (did you mean 'regime'?)");
    }
}
