package no.kriteriebank.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings order by path with indices as numbers, then code. */
class FindingTest {

    private static Finding at(String path, String code) {
        return new Finding(Severity.ERROR, FindingCode.of(code).orElseThrow(), path, "m");
    }

    @Test
    void pathsCompareIndicesAsNumbers() {
        String a = "AWARD-PRIORITY";
        String b = "CRITERION-UNKNOWN";
        String z = "RULESET-NONE";
        List<Finding> findings = new ArrayList<>(List.of(at("criteria[10].id", a), at("criteria[2].id", b),
                at("award.components[1].weight", z), at("award.components", z), at("criteria[2].id", a),
                at("", "FOA-7-9-PART-I"), at("criteria[02].values", a)));
        findings.sort(Finding.ORDER);
        assertThat(findings).extracting(f -> f.path() + " " + f.code().code()).containsExactly(
                " FOA-7-9-PART-I",
                "award.components RULESET-NONE",
                "award.components[1].weight RULESET-NONE",
                "criteria[2].id AWARD-PRIORITY",
                "criteria[2].id CRITERION-UNKNOWN",
                "criteria[02].values AWARD-PRIORITY",
                "criteria[10].id AWARD-PRIORITY");
    }

    @Test
    void codesOrderAsTheyPrintNotAsTheEnumDeclaresThem() {
        // RULESET-NONE is declared before AWARD-WEIGHT-SUM, and prints after it
        List<Finding> findings = new ArrayList<>(List.of(at("award", "RULESET-NONE"), at("award", "AWARD-WEIGHT-SUM")));
        findings.sort(Finding.ORDER);
        assertThat(findings).extracting(f -> f.code().code()).containsExactly("AWARD-WEIGHT-SUM", "RULESET-NONE");
    }

    @Test
    void toStringReadsAsALogLine() {
        assertThat(at("award", "FOA-7-9-MIN-WEIGHT")).hasToString("ERROR FOA-7-9-MIN-WEIGHT award: m");
        assertThat(at("", "RULESET-NONE")).hasToString("ERROR RULESET-NONE: m");
    }
}
