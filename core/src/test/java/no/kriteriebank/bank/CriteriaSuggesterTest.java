package no.kriteriebank.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.kriteriebank.Fixtures;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.CriterionStatus;
import org.junit.jupiter.api.Test;

/** Suggestions: matching active criteria, most specific CPV first, then award criteria, then level closeness. */
class CriteriaSuggesterTest {

    /** The criterion with exactly these CPV prefixes (the builder can only add to the fixture's). */
    private static Criterion cpv(Criterion c, String... prefixes) {
        return new Criterion(c.id(), c.revision(), c.area(), c.kind(), c.level(), c.title(), c.text(), c.guidance(),
                c.parameters(), c.documentation(), c.award(), c.environmentalImpacts(), c.scope3Category(),
                List.of(prefixes), c.references(), c.status(), c.supersededBy(), c.since());
    }

    private static CriteriaBank bank() {
        return CriteriaBank.of(Fixtures.info(), List.of(
                Fixtures.specification().build(),                                              // spec, advanced, 60
                cpv(Fixtures.award().build(), "60"),                                           // award, basic
                cpv(Fixtures.award().id("TRA-03").level(AmbitionLevel.LEADING).build(), "6013"),
                cpv(Fixtures.award().id("TRA-04").level(AmbitionLevel.ADVANCED).build(), "60"),
                cpv(Fixtures.specification().id("TRA-05").build(), "601300"),
                Fixtures.specification().id("TRA-06").status(CriterionStatus.DEPRECATED).supersededBy("TRA-01").build(),
                cpv(Fixtures.specification().id("GEN-01").area(Area.GENERAL).build()),
                cpv(Fixtures.specification().id("BYG-01").area(Area.BUILDING_AND_CONSTRUCTION).build(), "45")));
    }

    private static List<String> ids(List<Suggestion> suggestions) {
        return suggestions.stream().map(s -> s.criterion().id()).toList();
    }

    @Test
    void theLongestMatchingPrefixComesFirstThenAwardCriteria() {
        List<Suggestion> s = CriteriaSuggester.forBank(bank()).suggest(List.of("60130000-8"));
        assertThat(ids(s)).containsExactly("TRA-05", "TRA-03", "TRA-02", "TRA-04", "TRA-01", "GEN-01");
        assertThat(s.get(0).matchedCpv()).isEqualTo("601300");
        assertThat(s.get(1).matchedCpv()).isEqualTo("6013");
    }

    @Test
    void levelClosenessOrdersEqualFits() {
        List<Suggestion> s = CriteriaSuggester.forBank(bank()).suggest(List.of("60100000"), Area.TRANSPORT,
                AmbitionLevel.ADVANCED);
        assertThat(ids(s)).containsExactly("TRA-04", "TRA-02", "TRA-01", "GEN-01");
        assertThat(s).filteredOn(x -> x.criterion().kind() == CriterionKind.AWARD).hasSize(2);
    }

    @Test
    void criteriaWithoutCpvApplyEverywhereAndComeLast() {
        List<Suggestion> s = CriteriaSuggester.forBank(bank()).suggest(List.of("45000000"));
        assertThat(ids(s)).containsExactly("BYG-01", "GEN-01");
        assertThat(s).extracting(Suggestion::matchedCpv).containsExactly("45", "");
    }

    @Test
    void deprecatedCriteriaAreNeverSuggested() {
        assertThat(ids(CriteriaSuggester.forBank(bank()).suggest(List.of("60130000")))).doesNotContain("TRA-06");
    }

    @Test
    void anAreaKeepsItsOwnAndGeneralCriteria() {
        List<Suggestion> s = CriteriaSuggester.forBank(bank()).suggest(List.of(), Area.BUILDING_AND_CONSTRUCTION,
                null);
        assertThat(ids(s)).containsExactly("BYG-01", "GEN-01");
    }

    @Test
    void theAnswerDoesNotDependOnTheOrderOfCodes() {
        CriteriaSuggester suggester = CriteriaSuggester.forBank(bank());
        assertThat(suggester.suggest(List.of("45000000", "60130000")))
                .isEqualTo(suggester.suggest(List.of("60130000", "45000000")));
    }
}
