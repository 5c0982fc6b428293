package no.kriteriebank.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.problem.Problem;
import org.junit.jupiter.api.Test;

/** Revisions kept in history, the revision lock and the bank diff, on two fixture banks. */
class VersioningTest {
    static final CriteriaBank OLD = BankLoader.load(Path.of("src/test/resources/diff/old.yaml"));
    static final CriteriaBank NEW = BankLoader.load(Path.of("src/test/resources/diff/new.yaml"));

    @Test
    void pinnedKeysFindEarlierRevisionsInTheHistory() {
        assertThat(NEW.find("TRA-01")).map(Criterion::key).contains("TRA-01@2");
        assertThat(NEW.find("TRA-01@1")).map(c -> c.parameters().get(0).defaultValue()).contains("50");
        assertThat(NEW.find("TRA-01@3")).isEmpty();
        assertThat(NEW.revisions("TRA-01")).extracting(Criterion::key).containsExactly("TRA-01@1", "TRA-01@2");
    }

    @Test
    void historyMustBeOlderThanTheCurrentRevisionAndKeptOnce() {
        Criterion current = NEW.get("TRA-01");
        BankLoadException e = assertThrows(BankLoadException.class,
                () -> CriteriaBank.of(NEW.info(), List.of(current), List.of(current, current)));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "history[0].revision: an earlier revision must be below the current TRA-01@2",
                "history[1].revision: an earlier revision must be below the current TRA-01@2",
                "history[1].revision: revision TRA-01@2 is kept twice");
    }

    @Test
    void theDiffListsExactlyWhatChanged() {
        BankDiff diff = BankDiff.between(OLD, NEW);
        assertThat(diff.changes()).containsExactly(
                new BankDiff.Change(BankDiff.Type.CHANGED, "TRA-01", "TRA-01@1", "TRA-01@2",
                        List.of("level", "text.nn", "parameters"), true),
                new BankDiff.Change(BankDiff.Type.CHANGED, "TRA-02", "TRA-02@1", "TRA-02@1", List.of("text.nb"), false),
                new BankDiff.Change(BankDiff.Type.DEPRECATED, "TRA-03", "TRA-03@1", "TRA-03@1",
                        List.of("status", "supersededBy"), false),
                new BankDiff.Change(BankDiff.Type.CHANGED, "TRA-04", "TRA-04@1", "TRA-04@1", List.of("guidance.nb"),
                        false),
                new BankDiff.Change(BankDiff.Type.ADDED, "TRA-05", null, "TRA-05@1", List.of(), false));
        assertThat(diff.unbumped()).extracting(BankDiff.Change::id).containsExactly("TRA-02");
        assertThat(BankDiff.between(NEW, OLD).changes()).extracting(BankDiff.Change::type)
                .contains(BankDiff.Type.REMOVED);
        assertThat(BankDiff.between(NEW, NEW).isEmpty()).isTrue();
    }

    @Test
    void theDiffReadsAsTextAndJson() {
        BankDiff diff = BankDiff.between(OLD, NEW);
        assertThat(diff.toText()).isEqualTo("""
                fixture 2026.1 -> fixture 2027.1: 5 changes
                CHANGED    TRA-01       TRA-01@1 -> TRA-01@2  level, text.nn, parameters
                CHANGED    TRA-02       TRA-02@1 -> TRA-02@1  text.nb  (revision not raised)
                DEPRECATED TRA-03       TRA-03@1 -> TRA-03@1  status, supersededBy
                CHANGED    TRA-04       TRA-04@1 -> TRA-04@1  guidance.nb
                ADDED      TRA-05       -> TRA-05@1
                """);
        assertThat(diff.toJson()).contains("\"type\" : \"DEPRECATED\"").contains("\"from\" : \"fixture 2026.1\"");
    }

    @Test
    void theLockCatchesAChangeWithoutANewRevisionAndADroppedRevision() {
        RevisionLock lock = RevisionLock.parse(RevisionLock.of(OLD).format());
        assertThat(lock.check(OLD, true)).isEmpty();
        assertThat(lock.check(NEW, false)).extracting(Problem::toString).containsExactly(
                "TRA-02@1: content changed without a new revision; raise the revision and keep TRA-02@1 in the history");
        assertThat(lock.check(NEW, true)).extracting(Problem::path).containsExactly("TRA-01@2", "TRA-02@1", "TRA-05@1");
        CriteriaBank dropped = CriteriaBank.of(NEW.info(), NEW.criteria());
        assertThat(RevisionLock.of(NEW).check(dropped, true)).extracting(Problem::toString).containsExactly(
                "TRA-01@1: is a published revision but is missing from the bank; keep it under history so pinned "
                        + "tenders still render");
    }

    @Test
    void guidanceAndStatusMayChangeWithoutANewRevision() {
        RevisionLock lock = RevisionLock.of(OLD);
        CriteriaBank edited = CriteriaBank.of(OLD.info(), List.of(OLD.get("TRA-04").toBuilder()
                .guidance(no.kriteriebank.model.LocalizedText.of("Nytt råd.")).build()));
        assertThat(lock.check(edited, false)).extracting(Problem::path)
                .containsExactly("TRA-01@1", "TRA-02@1", "TRA-03@1");
    }

    @Test
    void aMalformedLockNamesTheLine() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> RevisionLock.parse("# x\nTRA-01@1 abc\n"))
                .getMessage()).isEqualTo("line 2: expected 'ID@REVISION SHA256', not 'TRA-01@1 abc'");
    }

    @Test
    void releaseNotesComeFromTheDiff() {
        assertThat(BankDiff.between(OLD, NEW).releaseNotes(NEW)).isEqualTo("""
                ### Criteria bank fixture 2027.1 (2027-12-01)

                Added 1 criteria: transport 1.

                #### Added

                - TRA-05@1 Ny

                #### Deprecated

                - TRA-03@1 Gammel (status, supersededBy)

                #### Changed

                - TRA-01@2 Nullutslipp (level, text.nn, parameters)
                - TRA-02@1 Rapport (text.nb)
                - TRA-04@1 Uendret (guidance.nb)
                """);
    }
}
