package no.kriteriebank.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.kriteriebank.Fixtures;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.CriterionStatus;
import org.junit.jupiter.api.Test;

/**
 * A query filters on the bank's flat {@link QueryIndex} (issue 18: a query over ten overlays took 237 times as long
 * as over the standard bank for 100 times the criteria): the same answers as reading every criterion, and CPV work
 * that does not grow with the overlays.
 */
class QueryIndexTest {
    private static List<Criterion> criteria(String namespace) {
        String ns = namespace.isEmpty() ? "" : namespace + ":";
        return List.of(
                Fixtures.specification().id(ns + "TRA-01").build(),
                Fixtures.award().id(ns + "TRA-02").build(),
                Fixtures.specification().id(ns + "TRA-03").level(AmbitionLevel.LEADING).cpv("6013").cpv("9051")
                        .build(),
                Fixtures.award().id(ns + "TRA-04").cpv("45").status(CriterionStatus.DEPRECATED)
                        .supersededBy(ns + "TRA-02").build(),
                Fixtures.specification().id(ns + "BYG-01").area(Area.BUILDING_AND_CONSTRUCTION).cpv("45").build());
    }

    /** The base bank with {@code overlays} network banks of the same criteria on top, as ScalingBenchmark's 100x. */
    private static CriteriaBank stack(int overlays) {
        CriteriaBank bank = CriteriaBank.of(Fixtures.info(), criteria(""));
        for (int i = 1; i <= overlays; i++) {
            bank = bank.withOverlay(CriteriaBank.of(
                    new BankInfo("x" + i, "2026.1", LocalDate.of(2026, 12, 1), "Nettverk " + i, null),
                    criteria("x" + i)));
        }
        return bank;
    }

    @Test
    void cpvPrefixListsAreMatchedPerDistinctListNotPerCriterionOrOverlay() {
        assertThat(stack(0).queryIndex().cpvListCount()).isEqualTo(5);
        assertThat(stack(9).size()).isEqualTo(50);
        assertThat(stack(9).queryIndex().cpvListCount()).isEqualTo(5);
    }

    @Test
    void answersAsReadingEveryCriterionDoes() {
        CriteriaBank bank = stack(3);
        List<String> cpvs = List.of("", "60130000", "6013-0000-8", "45000000", "90511000", "10000000");
        for (Area area : new Area[] {null, Area.TRANSPORT, Area.BUILDING_AND_CONSTRUCTION, Area.FOOD}) {
            for (CriterionKind kind : new CriterionKind[] {null, CriterionKind.SPECIFICATION, CriterionKind.AWARD}) {
                for (AmbitionLevel level : new AmbitionLevel[] {null, AmbitionLevel.ADVANCED, AmbitionLevel.LEADING}) {
                    for (String cpv : cpvs) {
                        for (boolean deprecated : new boolean[] {false, true}) {
                            CriteriaQuery q = bank.query();
                            if (area != null) {
                                q.area(area);
                            }
                            if (kind != null) {
                                q.kind(kind);
                            }
                            if (level != null) {
                                q.level(level);
                            }
                            if (!cpv.isEmpty()) {
                                q.cpv(cpv);
                            }
                            if (deprecated) {
                                q.includeDeprecated();
                            }
                            List<Criterion> expected = new ArrayList<>();
                            for (Criterion c : bank.criteria()) {
                                if ((deprecated || c.isActive()) && (area == null || c.area() == area)
                                        && (kind == null || c.kind() == kind) && (level == null || c.level() == level)
                                        && (cpv.isEmpty() || c.appliesToCpv(cpv))) {
                                    expected.add(c);
                                }
                            }
                            assertThat(q.list()).as("%s %s %s %s %s", area, kind, level, cpv, deprecated)
                                    .containsExactlyElementsOf(expected);
                        }
                    }
                }
            }
        }
        assertThat(bank.query().cpv("45000000", "60130000").list()).extracting(Criterion::id)
                .containsExactlyElementsOf(bank.query().list().stream().map(Criterion::id).toList());
        assertThat(bank.query().cpv("90511000").text("zero").list()).extracting(Criterion::id)
                .containsExactlyElementsOf(Set.of("TRA-03", "x1:TRA-03", "x2:TRA-03", "x3:TRA-03").stream().sorted()
                        .toList());
    }
}
