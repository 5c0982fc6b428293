package no.kriteriebank.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the findings of one check, worded in the tender's language, and the points of the rule set the check
 * relied on (so that the unconfirmed ones can be shown with the result). When the check is advisory (a part I
 * procurement that uses no award criteria, where the rule set says so), it reports the climate duty's errors as
 * warnings and says why once. Used by one thread, for one check.
 */
final class Report {
    private final Wording wording;
    private final boolean advisory;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> consulted = new LinkedHashSet<>();
    private boolean softened;

    /**
     * @param advisory whether the climate duty's errors are advice only
     */
    Report(Wording wording, boolean advisory) {
        this.wording = wording;
        this.advisory = advisory;
    }

    Wording wording() {
        return wording;
    }

    /** Adds a finding with the code's severity and message. */
    void add(FindingCode code, String path, Map<String, String> args) {
        add(code, code.severity(), code.code(), path, args);
    }

    /**
     * Adds a finding with a severity and message of its own, e.g. a variant of the code's message for another rule
     * set; an advisory check softens the climate duty's errors to warnings.
     */
    void add(FindingCode code, Severity severity, String messageKey, String path, Map<String, String> args) {
        if (advisory && code.climateDuty() && severity == Severity.ERROR) {
            severity = Severity.WARNING;
            softened = true;
        }
        findings.add(new Finding(severity, code, path, wording.phrase(messageKey, args)));
    }

    /** Adds a finding of a rule from outside the library, as it is. */
    void add(Finding finding) {
        findings.add(finding);
    }

    /** Records that the check relied on a point of the rule set: a parameter name, the citation or the validity. */
    void consult(String point) {
        consulted.add(point);
    }

    /** The points the check relied on, in the order first consulted. */
    Set<String> consulted() {
        return consulted;
    }

    /** The findings in {@link Finding#ORDER}. */
    List<Finding> findings() {
        List<Finding> all = new ArrayList<>(findings);
        if (softened) {
            all.add(new Finding(FindingCode.FOA_7_9_PART_I.severity(), FindingCode.FOA_7_9_PART_I,
                    "procedure", wording.message(FindingCode.FOA_7_9_PART_I, Map.of())));
        }
        all.sort(Finding.ORDER);
        return all;
    }
}
