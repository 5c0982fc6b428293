package no.kriteriebank.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.Regime;
import org.junit.jupiter.api.Test;

/** The shipped rule sets are data with the right dates, citations and parameters, and bad rule sets are refused. */
class RuleSetsTest {
    private static final RuleSets STANDARD = RuleSets.standard();

    @Test
    void eachRegimeHasTwoRuleSetsThatMeetWithoutAGap() {
        assertThat(STANDARD.all(Regime.PROCUREMENT)).extracting(RuleSet::id)
                .containsExactly("foa-7-9-2024", "foa-7-9-2026");
        assertThat(STANDARD.all(Regime.UTILITIES)).extracting(RuleSet::id)
                .containsExactly("ff-7-9-2024", "ff-7-9-2026");
        assertThat(STANDARD.all(Regime.CONCESSIONS)).extracting(RuleSet::id)
                .containsExactly("kkf-7-6-2024", "kkf-7-6-2026");
        for (Regime regime : Regime.values()) {
            RuleSet old = STANDARD.all(regime).get(0);
            RuleSet current = STANDARD.all(regime).get(1);
            assertThat(old.validFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(old.validTo()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(current.validFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
            assertThat(current.validTo()).isNull();
            assertThat(STANDARD.on(regime, LocalDate.of(2023, 12, 31))).isEmpty();
            assertThat(STANDARD.on(regime, LocalDate.of(2024, 1, 1))).contains(old);
            assertThat(STANDARD.on(regime, LocalDate.of(2026, 6, 30))).contains(old);
            assertThat(STANDARD.on(regime, LocalDate.of(2026, 7, 1))).contains(current);
            assertThat(STANDARD.on(regime, LocalDate.of(2040, 1, 1))).contains(current);
            assertThat(current.parameters()).isEqualTo(STANDARD.find("foa-7-9-2026").orElseThrow().parameters());
            assertThat(old.parameters()).isEqualTo(STANDARD.find("foa-7-9-2024").orElseThrow().parameters());
        }
        assertThat(STANDARD.on(LocalDate.of(2026, 7, 1)).orElseThrow().id()).isEqualTo("foa-7-9-2026");
        assertThat(STANDARD.suggest("foa-7-9-2025")).contains("foa-7-9-2024");
    }

    @Test
    void eachRegimeCitesItsOwnProvisionAndTheRuleFromJuly2026IsUnconfirmed() {
        assertThat(STANDARD.find("foa-7-9-2024").orElseThrow().citation().text().nb())
                .isEqualTo("anskaffelsesforskriften § 7-9");
        assertThat(STANDARD.find("ff-7-9-2024").orElseThrow().citation().text().nb())
                .isEqualTo("forsyningsforskriften § 7-9");
        assertThat(STANDARD.find("kkf-7-6-2024").orElseThrow().citation().text().get(Language.NN))
                .contains("konsesjonskontraktforskrifta § 7-6");
        for (Regime regime : Regime.values()) {
            assertThat(STANDARD.all(regime).get(0).citation().confirmed()).isTrue();
            RuleSet current = STANDARD.all(regime).get(1);
            assertThat(current.citation().confirmed()).isFalse();
            assertThat(current.citation().text().nb()).isEqualTo("anskaffelsesloven §§ 5b og 5c");
            assertThat(current.citation().text().get(Language.EN))
                    .contains("sections 5b and 5c of the Public Procurement Act");
            assertThat(current.isConfirmed(RuleSet.CITATION)).isFalse();
        }
        assertThat(STANDARD.find("foa-7-9-2026").orElseThrow().citation().source()).contains("Prop. 147 L (2024–2025)")
                .doesNotContain("Prop. 78 L");
    }

    @Test
    void theParametersAreTheLawsNumbersAndOptions() {
        RuleParameters old = STANDARD.find("foa-7-9-2024").orElseThrow().parameters();
        assertThat(old.minimumEnvironmentWeight()).isEqualByComparingTo("30");
        assertThat(old.highestEnvironmentPriority()).isEqualTo(3);
        assertThat(old.priorityFallback()).isTrue();
        assertThat(old.options()).containsExactly(EnvironmentOption.AWARD_CRITERIA, EnvironmentOption.SPECIFICATION,
                EnvironmentOption.NEGLIGIBLE_FOOTPRINT);
        assertThat(old.justificationRequired()).containsExactly(EnvironmentOption.SPECIFICATION,
                EnvironmentOption.NEGLIGIBLE_FOOTPRINT);
        assertThat(old.specificationCondition().nb()).startsWith("det er klart at");
        RuleParameters current = STANDARD.find("foa-7-9-2026").orElseThrow().parameters();
        assertThat(current.minimumEnvironmentWeight()).isEqualByComparingTo("30");
        assertThat(current.priorityFallback()).isFalse();
        assertThat(current.options()).doesNotContain(EnvironmentOption.NEGLIGIBLE_FOOTPRINT)
                .contains(EnvironmentOption.EXEMPT_INSIGNIFICANT, EnvironmentOption.EXEMPT_CRITICAL_INTEREST,
                        EnvironmentOption.EXEMPT_NATIONAL_MINIMUM);
        assertThat(current.justificationRequired()).contains(EnvironmentOption.SPECIFICATION);
        assertThat(current.specificationCondition().nb()).doesNotContain("klart").contains("bedre klima- og miljøeffekt");
    }

    @Test
    void theNotesSayWhatIsConfirmed() {
        RuleSet old = STANDARD.find("foa-7-9-2024").orElseThrow();
        RuleSet current = STANDARD.find("foa-7-9-2026").orElseThrow();
        assertThat(old.isConfirmed("minimumEnvironmentWeight")).isTrue();
        assertThat(old.isConfirmed("highestEnvironmentPriority")).isTrue();
        assertThat(old.isConfirmed("advisoryInPartI")).isFalse();
        assertThat(current.isConfirmed("minimumEnvironmentWeight")).isFalse();
        assertThat(current.isConfirmed("highestEnvironmentPriority")).isFalse();
        assertThat(current.isConfirmed("justificationRequired")).isFalse();
        assertThat(current.isConfirmed("options")).isTrue();
        for (RuleSet r : STANDARD.all()) {
            assertThat(r.notes()).isNotEmpty().allSatisfy(n -> assertThat(n.source()).isNotBlank());
            assertThat(r.notes()).filteredOn(n -> n.status() == RuleNote.Status.UNCONFIRMED)
                    .allSatisfy(n -> assertThat(n.parameter()).isNotNull())
                    .allSatisfy(n -> assertThat(n.text()).containsAnyOf("lovdata.no", "DFØ's guide"));
            assertThat(r.citation().text().languages()).hasSize(3);
            assertThat(r.notes()).noneSatisfy(n -> assertThat(n.text() + n.source()).contains("Prop. 78"));
        }
        // A CONFIRMED note quotes or names its source; the 2024 priority note says "bør", not "må".
        assertThat(old.notes()).filteredOn(n -> "highestEnvironmentPriority".equals(n.parameter())).singleElement()
                .satisfies(n -> assertThat(n.text()).contains("\"bør\"").contains("\"skal\""));
    }

    private static RuleSet ruleSet(String id, String from, String to) {
        return ruleSet(id, Regime.PROCUREMENT, from, to);
    }

    private static RuleSet ruleSet(String id, Regime regime, String from, String to) {
        return new RuleSet(id, regime, new Citation(LocalizedText.of("§ x", "§ x", "§ x"), RuleNote.Status.CONFIRMED,
                "s"), LocalDate.parse(from), to == null ? null : LocalDate.parse(to), parameters(BigDecimal.valueOf(30),
                3, Set.of()), List.of());
    }

    private static RuleParameters parameters(BigDecimal minimum, int highest, Set<EnvironmentOption> justified) {
        return new RuleParameters(minimum, highest, true, Set.of(EnvironmentOption.AWARD_CRITERIA), justified,
                LocalizedText.of("c", "c", "c"), true, true);
    }

    @Test
    void aNewRuleSetIsDataNotCode() {
        RuleSets mine = RuleSets.of(List.of(ruleSet("b", "2030-01-01", null), ruleSet("a", "2020-01-01", "2029-12-31"),
                ruleSet("u", Regime.UTILITIES, "2020-01-01", null)));
        assertThat(mine.all()).extracting(RuleSet::id).containsExactly("a", "u", "b");
        assertThat(mine.on(LocalDate.of(2030, 1, 1)).orElseThrow().id()).isEqualTo("b");
        assertThat(mine.on(Regime.UTILITIES, LocalDate.of(2030, 1, 1)).orElseThrow().id()).isEqualTo("u");
        assertThat(mine.on(Regime.CONCESSIONS, LocalDate.of(2030, 1, 1))).isEmpty();
    }

    @Test
    void badRuleSetsAreProgrammingErrors() {
        assertThatThrownBy(() -> RuleSets.of(List.of(ruleSet("a", "2020-01-01", null), ruleSet("b", "2025-01-01",
                null)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a and b are both in force");
        assertThatThrownBy(() -> RuleSets.of(List.of(ruleSet("a", "2020-01-01", "2019-01-01"))))
                .hasMessageContaining("is before validFrom");
        assertThatThrownBy(() -> RuleSets.of(List.of(ruleSet("a", "2020-01-01", "2020-12-31"),
                ruleSet("a", "2021-01-01", null)))).hasMessageContaining("the id is used twice");
        RuleSet x = ruleSet("x", "2020-01-01", null);
        RuleSet badNote = new RuleSet("x", x.regime(), x.citation(), x.validFrom(), null, x.parameters(),
                List.of(new RuleNote("p", "minimumWeight", RuleNote.Status.CONFIRMED, "t", null)));
        assertThatThrownBy(() -> RuleSets.of(List.of(badNote))).hasMessageContaining("no parameter 'minimumWeight'");
        RuleSet loose = new RuleSet("x", x.regime(), x.citation(), x.validFrom(), null, x.parameters(),
                List.of(new RuleNote("p", null, RuleNote.Status.UNCONFIRMED, "t", null)));
        assertThatThrownBy(() -> RuleSets.of(List.of(loose)))
                .hasMessageContaining("an unconfirmed note must name the point it is about");
        RuleSet badParameters = new RuleSet("x", x.regime(), x.citation(), x.validFrom(), null,
                parameters(BigDecimal.valueOf(130), 0, Set.of(EnvironmentOption.SPECIFICATION)), List.of());
        assertThatThrownBy(() -> RuleSets.of(List.of(badParameters)))
                .hasMessageContaining("parameters.minimumEnvironmentWeight: must be at most 100")
                .hasMessageContaining("parameters.highestEnvironmentPriority: must be at least 1")
                .hasMessageContaining("justificationRequired names options that are not in parameters.options");
    }
}
