package no.kriteriebank.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings order by path with indices as numbers, then code. */
class FindingTest {

    private static Finding at(String path, String code) {
        return new Finding(Severity.ERROR, code, path, "m");
    }

    @Test
    void pathsCompareIndicesAsNumbers() {
        List<Finding> findings = new ArrayList<>(List.of(at("criteria[10].id", "A"), at("criteria[2].id", "B"),
                at("award.components[1].weight", "Z"), at("award.components", "Z"), at("criteria[2].id", "A"),
                at("", "X"), at("criteria[02].values", "A")));
        findings.sort(Finding.ORDER);
        assertThat(findings).extracting(f -> f.path() + " " + f.code()).containsExactly(
                " X",
                "award.components Z",
                "award.components[1].weight Z",
                "criteria[2].id A",
                "criteria[2].id B",
                "criteria[02].values A",
                "criteria[10].id A");
    }

    @Test
    void toStringReadsAsALogLine() {
        assertThat(at("award", "FOA-7-9-MIN-WEIGHT")).hasToString("ERROR FOA-7-9-MIN-WEIGHT award: m");
        assertThat(at("", "RULESET-NONE")).hasToString("ERROR RULESET-NONE: m");
    }
}
