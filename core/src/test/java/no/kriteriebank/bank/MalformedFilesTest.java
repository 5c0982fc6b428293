package no.kriteriebank.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.kriteriebank.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed bank files: each problem is reported as {@code file:line:column: path: message}. */
class MalformedFilesTest {

    /** A valid single-file bank; each test breaks one line of it. Line numbers below refer to this text. */
    static final String VALID = """
            id: test
            version: "2026.1"
            releaseDate: 2026-12-01
            publisher: Test
            criteria:
              - id: TRA-01
                revision: 1
                area: TRANSPORT
                kind: SPECIFICATION
                level: ADVANCED
                title:
                  nb: Nullutslipp
                  nn: Nullutslepp
                text:
                  nb: Minst ${share} av kjøretøyene skal være nullutslippskjøretøy.
                  nn: Minst ${share} av køyretøya skal vere nullutsleppskøyretøy.
                parameters:
                  - name: share
                    type: PERCENT
                    label: {nb: Andel}
                    default: "50"
                documentation:
                  - type: VEHICLE_LIST
                    due: BEFORE_SIGNING
                    description: {nb: Kjøretøyliste.}
              - id: TRA-02
                revision: 1
                area: TRANSPORT
                kind: AWARD
                level: BASIC
                title: {nb: Utslipp}
                text: {nb: Lavest utslipp per kilometer gir høyest poengsum.}
                documentation:
                  - type: VEHICLE_LIST
                    due: WITH_TENDER
                    description: {nb: Kjøretøyliste.}
                award:
                  scoring: LINEAR
                  scale: {nb: Beste tilbud får 10 poeng.}
                  minWeight: 10
                  maxWeight: 30
            """;

    private static List<String> problems(String fileName, String content) {
        BankLoadException e = assertThrows(BankLoadException.class, () -> BankLoader.read(fileName, content));
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static String replace(String from, String to) {
        assertThat(VALID).contains(from);
        return VALID.replace(from, to);
    }

    @Test
    void theBaseFileIsValid() {
        CriteriaBank bank = BankLoader.read("ok.yaml", VALID);
        assertThat(bank.size()).isEqualTo(2);
        assertThat(bank.get("TRA-01").parameter("share").orElseThrow().defaultValue()).isEqualTo("50");
    }

    @Test
    void syntaxError() {
        assertThat(problems("bank.yaml", replace("    title:\n      nb: Nullutslipp", "    title: [Nullutslipp\n")))
                .singleElement().asString()
                .isEqualTo("bank.yaml:13:9: criteria[0].title: syntax error: while parsing a flow sequence expected ',' or ']', but got :");
    }

    @Test
    void wrongType() {
        assertThat(problems("bank.yaml", replace("revision: 1\n    area: TRANSPORT\n    kind: SPECIFICATION",
                "revision: one\n    area: TRANSPORT\n    kind: SPECIFICATION")))
                .containsExactly("bank.yaml:7:5: criteria[0].revision: must be a whole number, not 'one'");
    }

    @Test
    void unknownEnumValueListsTheChoices() {
        assertThat(problems("transport.yaml", replace("- type: VEHICLE_LIST\n        due: BEFORE_SIGNING",
                "- type: VEHICLE_LST\n        due: BEFORE_SIGNING")))
                .containsExactly("transport.yaml:23:9: criteria[0].documentation[0].type: must be one of "
                        + "[SELF_DECLARATION, CERTIFICATE, ECOLABEL, EPD, CLIMATE_CALCULATION, VEHICLE_LIST, "
                        + "FUEL_DOCUMENTATION, PERIODIC_REPORT, PRODUCT_DATASHEET, PLAN, OTHER], not 'VEHICLE_LST'");
    }

    @Test
    void unknownField() {
        assertThat(problems("bank.yaml", replace("    level: ADVANCED\n", "    level: ADVANCED\n    colour: green\n")))
                .containsExactly("bank.yaml:11:5: criteria[0].colour: unknown field 'colour'; expected one of "
                        + "[area, award, cpv, documentation, environmentalImpacts, guidance, id, kind, level, "
                        + "parameters, references, revision, scope3Category, since, status, supersededBy, text, title]");
    }

    @Test
    void anUnknownFieldHoldingAListIsNamedByItsOwnPath() {
        assertThat(problems("bank.yaml", replace("criteria:\n  - id: TRA-01", "criterai:\n  - id: TRA-01")))
                .first().asString().startsWith("bank.yaml:5:1: criterai: unknown field 'criterai' (did you mean "
                        + "'criteria'?)");
    }

    @Test
    void misspeltFieldGetsASuggestion() {
        assertThat(problems("bank.yaml", replace("    level: ADVANCED\n", "    levle: ADVANCED\n")))
                .containsExactly(
                        "bank.yaml:6:5: criteria[0].level: must not be null",
                        "bank.yaml:10:5: criteria[0].levle: unknown field 'levle' (did you mean 'level'?); expected "
                                + "one of [area, award, cpv, documentation, environmentalImpacts, guidance, id, kind, "
                                + "level, parameters, references, revision, scope3Category, since, status, "
                                + "supersededBy, text, title]");
    }

    @Test
    void missingRequiredText() {
        assertThat(problems("bank.yaml", replace("    text: {nb: Lavest utslipp per kilometer gir høyest poengsum.}\n",
                "    text: {en: The lowest emissions score highest.}\n")))
                .containsExactly("bank.yaml:32:5: criteria[1].text.nb: must not be blank");
    }

    @Test
    void badId() {
        assertThat(problems("bank.yaml", replace("- id: TRA-02", "- id: tra-2")))
                .containsExactly("bank.yaml:26:5: criteria[1].id: must be an id such as TRA-03 or gki:TRA-03");
    }

    @Test
    void duplicateId() {
        assertThat(problems("bank.yaml", replace("- id: TRA-02", "- id: TRA-01")))
                .containsExactly("bank.yaml:26:5: criteria[1].id: duplicate id TRA-01, first defined at bank.yaml:6:5");
    }

    @Test
    void parameterUsedButNotDeclared() {
        assertThat(problems("bank.yaml", replace("nb: Minst ${share} av", "nb: Minst ${andel} av")))
                .containsExactly(
                        "bank.yaml:15:7: criteria[0].text.nb: uses ${andel}, which is not declared in parameters",
                        "bank.yaml:18:9: criteria[0].parameters[0].name: 'share' is declared but not used in text.nb");
    }

    @Test
    void weightRangeReversed() {
        assertThat(problems("bank.yaml", replace("minWeight: 10", "minWeight: 40")))
                .containsExactly("bank.yaml:41:7: criteria[1].award.maxWeight: must not be below minWeight (40 > 30)");
    }

    @Test
    void defaultOutOfBounds() {
        assertThat(problems("bank.yaml", replace("default: \"50\"", "default: \"150\"")))
                .containsExactly("bank.yaml:21:9: criteria[0].parameters[0].default: must be a percentage from 0 to "
                        + "100, not 150");
    }

    @Test
    void jsonFilesAreReadStrictlyToo() {
        String json = BankWriter.toJson(BankLoader.read("ok.yaml", VALID)).replace("\"revision\" : 1", "\"revision\" : \"x\"");
        assertThat(problems("bank.json", json)).containsExactly(
                "bank.json:8:5: criteria[0].revision: must be a whole number, not 'x'",
                "bank.json:39:5: criteria[1].revision: must be a whole number, not 'x'");
    }

    @Test
    void severalProblemsInSeveralFilesAreAllReportedInOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bank.yaml"), "id: test\nversion: \"2026.1\"\nreleaseDate: 2026-12-01\n"
                + "publisher: Test\nfiles: [a.yaml, b.yaml, missing.yaml]\n");
        String criteria = VALID.substring(VALID.indexOf("criteria:"));
        Files.writeString(dir.resolve("a.yaml"), criteria.replace("level: ADVANCED", "level: HIGH"));
        Files.writeString(dir.resolve("b.yaml"), criteria.replace("TRA-02", "TRA-03"));
        BankLoadException e = assertThrows(BankLoadException.class, () -> BankLoader.load(dir));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                dir.resolve("a.yaml") + ":6:5: criteria[0].level: must be one of [BASIC, ADVANCED, LEADING], not 'HIGH'",
                dir.resolve("b.yaml") + ":2:5: criteria[0].id: duplicate id TRA-01, first defined at "
                        + dir.resolve("a.yaml") + ":2:5",
                dir.resolve("bank.yaml") + ":5:25: files[2]: cannot read missing.yaml: no such file");
        assertThat(e.getMessage()).startsWith("3 problems\n");
    }

    @Test
    void emptyAndNonMappingFiles() {
        assertThat(problems("empty.yaml", "")).containsExactly("empty.yaml:1:1: the file is empty");
        assertThat(problems("list.yaml", "- a\n- b\n")).singleElement().asString().startsWith("list.yaml:1:1: ");
    }

    @Test
    void notUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "id: t\u00f8st\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        BankLoadException e = assertThrows(BankLoadException.class, () -> BankLoader.load(file));
        // the position of the first bad byte: line 1, column 6 (the ø written in Latin-1)
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                file + ":1:6: cannot be read: it is not UTF-8 text (byte 0xF8)");
    }
}
