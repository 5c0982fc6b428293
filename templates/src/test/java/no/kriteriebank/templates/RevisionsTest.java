package no.kriteriebank.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.kriteriebank.bank.BankDiff;
import no.kriteriebank.bank.BankInfo;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.bank.RevisionLock;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.problem.Problem;
import no.kriteriebank.render.Format;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;
import org.junit.jupiter.api.Test;

/** Published revisions never change their words, pinned tenders survive a revision bump, release notes match. */
class RevisionsTest {
    private static final Path LOCK = Path.of("src/main/resources/no/kriteriebank/templates/bank/revisions.lock");

    @Test
    void theStandardBankMatchesItsRevisionLock() throws Exception {
        CriteriaBank bank = StandardBankTest.BANK;
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(LOCK, RevisionLock.of(bank).format(), StandardCharsets.UTF_8);
        }
        List<Problem> problems = RevisionLock.parse(Files.readString(LOCK, StandardCharsets.UTF_8)).check(bank, true);
        assertThat(problems).extracting(Problem::toString).isEmpty();
    }

    @Test
    void aPinnedTenderRendersByteIdenticallyAfterTheCriterionMovesOn() {
        CriteriaBank before = RenderFixtures.BANK;
        Criterion old = before.get("TRA-01");
        Criterion bumped = old.toBuilder().revision(3)
                .text(old.text().with(Language.NB, "Alle kjøretøy skal ha nullutslipp innen ${start}; "
                        + "${share} fra start og erstatning etter ${days}.")).build();
        List<Criterion> criteria = before.criteria().stream().map(c -> c.id().equals("TRA-01") ? bumped : c).toList();
        CriteriaBank after = CriteriaBank.of(before.info(), criteria, List.of(old));
        Tender pinned = Tender.builder("Skoleskyss", "Vinje kommune", Language.NB)
                .criterion(new SelectedCriterion("TRA-01@2", java.util.Map.of("share", "60"), null))
                .criterion("GEN-01").build();
        for (Format f : Format.values()) {
            String then = RenderFixtures.RENDERER.render(pinned, f).text();
            String now = StandardLayouts.renderer(after).build().render(pinned, f).text();
            assertThat(now).isEqualTo(then);
        }
        Tender unpinned = Tender.builder("Skoleskyss", "Vinje kommune", Language.NB).criterion("TRA-01").build();
        assertThat(StandardLayouts.renderer(after).build().render(unpinned, Format.TEXT).text())
                .contains("Alle kjøretøy skal ha nullutslipp innen").contains("[TRA-01, revisjon 3]");
        assertThat(RevisionLock.of(before).check(after, false)).isEmpty();
        CriteriaBank unbumped = CriteriaBank.of(before.info(), before.criteria().stream()
                .map(c -> c.id().equals("TRA-01") ? old.toBuilder().title(LocalizedText.of("Ny tittel", "Ny tittel",
                        "New title")).build() : c).toList());
        assertThat(RevisionLock.of(before).check(unbumped, false)).extracting(Problem::path).containsExactly("TRA-01@2");
    }

    /**
     * The bank as released in 2026.1, rebuilt from the revisions that release published: each is still in the
     * bank, as the current criterion or under history.
     */
    static CriteriaBank release2026dot1() throws Exception {
        CriteriaBank bank = StandardBankTest.BANK;
        List<Criterion> published = new java.util.ArrayList<>();
        try (var in = RevisionsTest.class.getResourceAsStream("releases/2026.1.keys")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    published.add(bank.find(line.trim()).orElseThrow(() -> new AssertionError(
                            "revision " + line.trim() + " of release 2026.1 is gone from the bank")));
                }
            }
        }
        BankInfo info = new BankInfo(bank.info().id(), "2026.1", java.time.LocalDate.of(2026, 12, 1),
                bank.info().publisher(), bank.info().title());
        return CriteriaBank.of(info, published);
    }

    @Test
    void everyRevisionOfTheLastReleaseIsKeptAndTheNewCriteriaAreNew() throws Exception {
        CriteriaBank before = release2026dot1();
        assertThat(before.size()).isEqualTo(94);
        for (Criterion c : StandardBankTest.BANK.criteria()) {
            if (before.find(c.id()).isEmpty()) {
                assertThat(c.since()).as(c.id() + " is new in " + StandardBankTest.BANK.info().version())
                        .isEqualTo(StandardBankTest.BANK.info().version());
            }
        }
    }

    @Test
    void theChangelogCarriesTheBanksReleaseNotes() throws Exception {
        CriteriaBank bank = StandardBankTest.BANK;
        CriteriaBank previous = release2026dot1();
        CriteriaBank none = CriteriaBank.of(previous.info(), List.of());
        String notes = BankDiff.between(previous, bank).releaseNotes(bank) + "\n"
                + BankDiff.between(none, previous).releaseNotes(previous);
        Path changelog = Path.of("../CHANGELOG.md");
        String text = Files.readString(changelog, StandardCharsets.UTF_8);
        String begin = "<!-- bank release notes: generated by BankDiff, do not edit -->\n";
        String end = "<!-- end of bank release notes -->\n";
        if (Boolean.getBoolean("golden.update")) {
            int from = text.indexOf(begin);
            int to = text.indexOf(end);
            text = text.substring(0, from + begin.length()) + "\n" + notes + "\n" + text.substring(to);
            Files.writeString(changelog, text, StandardCharsets.UTF_8);
        }
        assertThat(text).as("CHANGELOG.md's bank release notes are out of date; regenerate with -Dgolden.update=true")
                .contains(begin + "\n" + notes + "\n" + end);
    }
}
