package no.kriteriebank.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.kriteriebank.internal.ControlCharacters;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void printsFileLineColumnPathAndMessage() {
        assertThat(new Problem("t.yaml", 4, 1, "titel", "unknown field 'titel'")).hasToString(
                "t.yaml:4:1: titel: unknown field 'titel'");
        assertThat(new Problem("t.yaml", 0, 0, "", "no such file")).hasToString("t.yaml: no such file");
        assertThat(new Problem(null, 0, 0, "id", "blank")).hasToString("id: blank");
    }

    @Test
    void escapesEveryCharacterAsTheInternalControlCharactersDo() {
        // the leaf package keeps its own copy of the escape; every UTF-16 unit must come out the same
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String message = "a" + c + "b";
            assertThat(new Problem(null, 0, 0, "", message).toString()).as("U+%04X", (int) c)
                    .isEqualTo(ControlCharacters.escape(message));
        }
        assertThat(new Problem(null, 0, 0, "", "\u001B[31mred").toString()).isEqualTo("\\u001B[31mred");
    }

    @Test
    void invalidInputListsEveryProblemAndRefusesNone() {
        InvalidInputException e = new InvalidInputException(List.of(new Problem("a.yaml", 1, 2, "x", "bad"),
                new Problem("a.yaml", 3, 4, "y", "worse")));
        assertThat(e).hasMessage("2 problems\na.yaml:1:2: x: bad\na.yaml:3:4: y: worse");
        assertThat(e.problems()).hasSize(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InvalidInputException(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
