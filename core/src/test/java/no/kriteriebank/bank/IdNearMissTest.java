package no.kriteriebank.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.kriteriebank.problem.InvalidInputException;
import no.kriteriebank.tender.TenderLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A malformed criterion id one slip away from a well-formed one is told which id it probably meant. */
class IdNearMissTest {

    private static String problem(String id) {
        String yaml = "title: T\nbuyer: B\nlanguage: nb\ncriteria:\n  - id: \"" + id + "\"\n";
        try {
            TenderLoader.read("t.yaml", yaml);
        } catch (InvalidInputException e) {
            return e.getMessage().substring(e.getMessage().lastIndexOf('\n') + 1);
        }
        throw new AssertionError("loaded " + id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TRA-O1|TRA-01",
        "BYG-O5|BYG-05",
        "tra-01|TRA-01",
        "TRA_02|TRA-02",
        "TRA\u201302|TRA-02",
        "TR\u0410-02|TRA-02",
        "TRA-0l@2|TRA-01@2",
        "gki:TRA-O1|gki:TRA-01"})
    void aNearMissIsToldTheIdItProbablyMeant(String written, String meant) {
        assertThat(problem(written)).isEqualTo("t.yaml:5:5: criteria[0].id: must be a criterion id such as TRA-01"
                + " or a pinned key such as TRA-01@2 (a revision of at most 9 digits) (did you mean " + meant + "?)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"../../etc/passwd", "TRA/02", "TRA-02@-1", "TRANSPORT-1", "X"})
    void somethingElseGetsOnlyThePattern(String written) {
        assertThat(problem(written)).endsWith("criteria[0].id: must be a criterion id such as TRA-01 or a pinned key"
                + " such as TRA-01@2 (a revision of at most 9 digits)").doesNotContain("did you mean");
    }

    @Test
    void aWellFormedIdIsNoNearMissOfItself() {
        assertThat(no.kriteriebank.internal.DidYouMean.nearMiss("TRA-01", "[A-Z]{3}-\\d{2,3}")).isEmpty();
        assertThatThrownBy(() -> TenderLoader.read("t.yaml", "title: T\nbuyer: B\nlanguage: nb\ncriteria:\n"
                + "  - id: TRA-O1\n")).isInstanceOf(InvalidInputException.class).hasMessageContaining("did you mean TRA-01?");
    }
}
