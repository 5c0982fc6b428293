package no.kriteriebank.bank;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.kriteriebank.problem.InvalidInputException;
import no.kriteriebank.tender.TenderLoader;

/**
 * Bad input never crashes: whatever text a bank or tender file holds, loading either succeeds or throws
 * {@link BankLoadException} (a bank) or {@link InvalidInputException} (a tender, never the bank's exception)
 * whose problems name the file; no Jackson, validation or runtime exception escapes.
 */
class NeverCrashProperties {

    @Property(tries = 1000)
    void anyMutationOfAValidBankLoadsOrFailsCleanly(@ForAll("mutatedBanks") String text) {
        try {
            BankLoader.read("fuzz.yaml", text);
        } catch (BankLoadException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("fuzz.yaml"));
        }
    }

    @Property(tries = 1000)
    void anyMutationOfAValidTenderLoadsOrFailsCleanly(@ForAll("mutatedTenders") String text) {
        try {
            TenderLoader.read("fuzz.yaml", text);
        } catch (InvalidInputException e) {
            assertThat(e).isNotInstanceOf(BankLoadException.class);
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("fuzz.yaml"));
        }
    }

    @Property(tries = 300)
    void arbitraryTextAsJsonFailsCleanly(@ForAll("noise") String text) {
        try {
            BankLoader.read("fuzz.json", text);
        } catch (BankLoadException e) {
            assertThat(e.problems()).isNotEmpty();
        }
    }

    static final String TENDER = """
            title: Skoleskyss
            buyer: Vinje kommune
            language: nn
            announcementDate: 2027-02-01
            cpv: ["60130000"]
            estimatedValue: 1000000
            criteria:
              - id: TRA-01
                values: {share: "70"}
                note: Gjeld alle ruter.
            environment: {option: AWARD_CRITERIA}
            award:
              weighting: WEIGHTS
              components:
                - {name: Pris, category: PRICE, weight: 70}
                - {name: Miljø, category: ENVIRONMENT, weight: 30, criteria: [TRA-02]}
            """;

    @Provide
    Arbitrary<String> mutatedBanks() {
        return mutations(MalformedFilesTest.VALID);
    }

    @Provide
    Arbitrary<String> mutatedTenders() {
        return mutations(TENDER);
    }

    /** A valid file with a slice deleted, replaced or duplicated, or a character swapped for a YAML indicator. */
    private static Arbitrary<String> mutations(String valid) {
        Arbitrary<String> junk = Arbitraries.oneOf(Arbitraries.of(":", "- ", "[", "]", "{", "}", "\"", "'", "#", "&a",
                "*a", "!!int", "|", ">", "\t", "\n", "  ", "~", "null", "-1", "1e999", "${x}", "<#if>", "\u0000", "\uFEFF",
                "ø", "2026-13-45", "TRA-99", "@@"), Arbitraries.strings().ofMaxLength(12));
        return Arbitraries.integers().between(0, valid.length()).flatMap(start ->
                Arbitraries.integers().between(0, Math.min(40, valid.length() - start)).flatMap(length ->
                        junk.flatMap(insert -> Arbitraries.integers().between(0, 2).map(mode -> {
                            String before = valid.substring(0, start);
                            String slice = valid.substring(start, start + length);
                            String after = valid.substring(start + length);
                            switch (mode) {
                                case 0:
                                    return before + after;
                                case 1:
                                    return before + insert + after;
                                default:
                                    return before + slice + slice + after;
                            }
                        }))));
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().ofMaxLength(200);
    }
}
