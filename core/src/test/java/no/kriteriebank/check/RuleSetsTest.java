package no.kriteriebank.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.tender.EnvironmentOption;
import org.junit.jupiter.api.Test;

/** The shipped rule sets are data with the right dates and parameters, and bad rule sets are refused. */
class RuleSetsTest {
    private static final RuleSets STANDARD = RuleSets.standard();

    @Test
    void twoRuleSetsShipAndMeetWithoutAGap() {
        assertThat(STANDARD.all()).extracting(RuleSet::id).containsExactly("foa-7-9-2024", "foa-7-9-2026");
        RuleSet old = STANDARD.find("foa-7-9-2024").orElseThrow();
        RuleSet current = STANDARD.find("foa-7-9-2026").orElseThrow();
        assertThat(old.validFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(old.validTo()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(current.validFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(current.validTo()).isNull();
        assertThat(STANDARD.on(LocalDate.of(2023, 12, 31))).isEmpty();
        assertThat(STANDARD.on(LocalDate.of(2024, 1, 1))).contains(old);
        assertThat(STANDARD.on(LocalDate.of(2026, 6, 30))).contains(old);
        assertThat(STANDARD.on(LocalDate.of(2026, 7, 1))).contains(current);
        assertThat(STANDARD.on(LocalDate.of(2040, 1, 1))).contains(current);
        assertThat(STANDARD.suggest("foa-7-9-2025")).contains("foa-7-9-2024");
    }

    @Test
    void theParametersAreTheLawsNumbersAndOptions() {
        RuleParameters old = STANDARD.find("foa-7-9-2024").orElseThrow().parameters();
        assertThat(old.minimumEnvironmentWeight()).isEqualByComparingTo("30");
        assertThat(old.highestEnvironmentPriority()).isEqualTo(3);
        assertThat(old.options()).containsExactly(EnvironmentOption.AWARD_CRITERIA, EnvironmentOption.SPECIFICATION,
                EnvironmentOption.NEGLIGIBLE_FOOTPRINT);
        assertThat(old.justificationRequired()).containsExactly(EnvironmentOption.SPECIFICATION,
                EnvironmentOption.NEGLIGIBLE_FOOTPRINT);
        RuleParameters current = STANDARD.find("foa-7-9-2026").orElseThrow().parameters();
        assertThat(current.minimumEnvironmentWeight()).isEqualByComparingTo("30");
        assertThat(current.options()).doesNotContain(EnvironmentOption.NEGLIGIBLE_FOOTPRINT)
                .contains(EnvironmentOption.EXEMPT_INSIGNIFICANT, EnvironmentOption.EXEMPT_CRITICAL_INTEREST,
                        EnvironmentOption.EXEMPT_NATIONAL_MINIMUM);
        assertThat(current.justificationRequired()).doesNotContain(EnvironmentOption.SPECIFICATION);
    }

    @Test
    void theNotesSayWhatIsConfirmed() {
        RuleSet old = STANDARD.find("foa-7-9-2024").orElseThrow();
        RuleSet current = STANDARD.find("foa-7-9-2026").orElseThrow();
        assertThat(old.isConfirmed("minimumEnvironmentWeight")).isTrue();
        assertThat(current.isConfirmed("minimumEnvironmentWeight")).isFalse();
        assertThat(current.isConfirmed("highestEnvironmentPriority")).isFalse();
        assertThat(current.isConfirmed("options")).isTrue();
        assertThat(current.notes()).filteredOn(n -> n.status() == RuleNote.Status.UNCONFIRMED)
                .allSatisfy(n -> assertThat(n.text()).contains("lovdata.no"));
        for (RuleSet r : STANDARD.all()) {
            assertThat(r.notes()).isNotEmpty().allSatisfy(n -> assertThat(n.source()).isNotBlank());
            assertThat(r.title().languages()).hasSize(3);
        }
    }

    private static RuleSet ruleSet(String id, String from, String to) {
        return new RuleSet(id, LocalizedText.of("t", "t", "t"), LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to),
                new RuleParameters(BigDecimal.valueOf(30), 3, Set.of(EnvironmentOption.AWARD_CRITERIA), Set.of(),
                        true, true),
                List.of());
    }

    @Test
    void aNewRuleSetIsDataNotCode() {
        RuleSets mine = RuleSets.of(List.of(ruleSet("b", "2030-01-01", null), ruleSet("a", "2020-01-01", "2029-12-31")));
        assertThat(mine.all()).extracting(RuleSet::id).containsExactly("a", "b");
        assertThat(mine.on(LocalDate.of(2030, 1, 1)).orElseThrow().id()).isEqualTo("b");
    }

    @Test
    void badRuleSetsAreProgrammingErrors() {
        assertThatThrownBy(() -> RuleSets.of(List.of(ruleSet("a", "2020-01-01", null), ruleSet("b", "2025-01-01",
                null)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a and b are both in force");
        assertThatThrownBy(() -> RuleSets.of(List.of(ruleSet("a", "2020-01-01", "2019-01-01"))))
                .hasMessageContaining("is before validFrom");
        assertThatThrownBy(() -> RuleSets.of(List.of(ruleSet("a", "2020-01-01", "2020-12-31"),
                ruleSet("a", "2021-01-01", null)))).hasMessageContaining("the id is used twice");
        RuleSet badNote = new RuleSet("x", LocalizedText.of("t"), LocalDate.of(2020, 1, 1), null,
                ruleSet("x", "2020-01-01", null).parameters(),
                List.of(new RuleNote("p", "minimumWeight", RuleNote.Status.CONFIRMED, "t", null)));
        assertThatThrownBy(() -> RuleSets.of(List.of(badNote))).hasMessageContaining("no parameter 'minimumWeight'");
        RuleSet badParameters = new RuleSet("x", LocalizedText.of("t"), LocalDate.of(2020, 1, 1), null,
                new RuleParameters(BigDecimal.valueOf(130), 0, Set.of(EnvironmentOption.AWARD_CRITERIA),
                        Set.of(EnvironmentOption.SPECIFICATION), true, true), List.of());
        assertThatThrownBy(() -> RuleSets.of(List.of(badParameters)))
                .hasMessageContaining("parameters.minimumEnvironmentWeight: must be at most 100")
                .hasMessageContaining("parameters.highestEnvironmentPriority: must be at least 1")
                .hasMessageContaining("justificationRequired names options that are not in parameters.options");
    }
}
