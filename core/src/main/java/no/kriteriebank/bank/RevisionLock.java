package no.kriteriebank.bank;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.problem.Problem;
import no.kriteriebank.model.CriterionRef;

/**
 * The recorded content of every criterion revision a bank has published, as {@code id@revision fingerprint} lines.
 * Checking a bank against its lock catches a criterion whose words changed without a new revision, and a published
 * revision that was dropped instead of kept in the history; both would make old tenders render differently.
 *
 * <p>A bank's maintainers commit the lock beside the bank and regenerate it (with {@link #of(CriteriaBank)}) only
 * when they add revisions.
 */
public final class RevisionLock {
    private final Map<String, String> fingerprints;

    private RevisionLock(Map<String, String> fingerprints) {
        this.fingerprints = Collections.unmodifiableMap(new TreeMap<>(fingerprints));
    }

    /**
     * {@return the lock for every revision in a bank, current and historic}
     *
     * @param bank the criteria bank
     */
    public static RevisionLock of(CriteriaBank bank) {
        Map<String, String> all = new TreeMap<>();
        for (Criterion c : bank.history()) {
            all.put(c.key(), Fingerprint.of(c));
        }
        for (Criterion c : bank.criteria()) {
            all.put(c.key(), Fingerprint.of(c));
        }
        return new RevisionLock(all);
    }

    /**
     * Parses a lock file: one {@code id@revision fingerprint} per line; blank lines and {@code #} comments ignored.
     *
     * @param text the lock file's content
     * @return the lock
     * @throws IllegalArgumentException naming the first malformed line
     */
    public static RevisionLock parse(String text) {
        Map<String, String> all = new TreeMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 2 || CriterionRef.tryParse(parts[0]).filter(CriterionRef::pinned).isEmpty()
                    || !parts[1].matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected 'ID@REVISION SHA256', not '"
                        + line + "'");
            }
            all.put(parts[0], parts[1]);
        }
        return new RevisionLock(all);
    }

    /** {@return the lock as text, sorted by key, ready to commit} */
    public String format() {
        StringBuilder out = new StringBuilder("# Content fingerprints of published criterion revisions. "
                + "Regenerate only when adding revisions.\n");
        fingerprints.forEach((k, v) -> out.append(k).append(' ').append(v).append('\n'));
        return out.toString();
    }

    /**
     * The fingerprint recorded for a key.
     *
     * @param key a pinned key, e.g. {@code TRA-01@2}
     * @return the fingerprint, or empty when the key is not locked
     */
    public Optional<String> fingerprint(String key) {
        return Optional.ofNullable(fingerprints.get(key));
    }

    /**
     * What is wrong with a bank measured against this lock: a revision whose content changed, a locked revision
     * missing from the bank, and (when {@code requireLocked}) a revision not yet in the lock.
     *
     * @param bank the bank to check
     * @param requireLocked whether a revision missing from the lock is a problem too
     * @return problems with paths {@code criteria.ID} or {@code history.ID}; empty when the bank matches
     */
    public List<Problem> check(CriteriaBank bank, boolean requireLocked) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Criterion> present = new TreeMap<>();
        bank.history().forEach(c -> present.put(c.key(), c));
        bank.criteria().forEach(c -> present.put(c.key(), c));
        for (Map.Entry<String, Criterion> e : present.entrySet()) {
            String locked = fingerprints.get(e.getKey());
            if (locked == null) {
                if (requireLocked) {
                    problems.add(new Problem(null, 0, 0, e.getKey(), "is not in the revision lock; regenerate the "
                            + "lock after reviewing the new revision"));
                }
            } else if (!locked.equals(Fingerprint.of(e.getValue()))) {
                problems.add(new Problem(null, 0, 0, e.getKey(), "content changed without a new revision; raise "
                        + "the revision and keep " + e.getKey() + " in the history"));
            }
        }
        for (String key : fingerprints.keySet()) {
            if (!present.containsKey(key)) {
                problems.add(new Problem(null, 0, 0, key, "is a published revision but is missing from the bank; "
                        + "keep it under history so pinned tenders still render"));
            }
        }
        return problems;
    }
}
