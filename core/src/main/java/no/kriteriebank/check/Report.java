package no.kriteriebank.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects the findings of one check, worded in the tender's language. When the rule set makes § 7-9 advisory in
 * part I, it reports the duty's errors as warnings and says why once. Used by one thread, for one check.
 */
final class Report {
    private final Wording wording;
    private final boolean advisory;
    private final List<Finding> findings = new ArrayList<>();
    private boolean softened;

    /**
     * @param advisory whether § 7-9 findings are advice only (part I, when the rule set says so)
     */
    Report(Wording wording, boolean advisory) {
        this.wording = wording;
        this.advisory = advisory;
    }

    Wording wording() {
        return wording;
    }

    /** Adds a finding with the code's severity, softened for advisory § 7-9 findings. */
    void add(FindingCode code, String path, Map<String, String> args) {
        Severity severity = code.severity();
        if (advisory && code.climateDuty() && severity == Severity.ERROR) {
            severity = Severity.WARNING;
            softened = true;
        }
        findings.add(new Finding(severity, code.code(), path, wording.message(code, args)));
    }

    /** The findings in {@link Finding#ORDER}. */
    List<Finding> findings() {
        List<Finding> all = new ArrayList<>(findings);
        if (softened) {
            all.add(new Finding(FindingCode.FOA_7_9_PART_I.severity(), FindingCode.FOA_7_9_PART_I.code(),
                    "procedure", wording.message(FindingCode.FOA_7_9_PART_I, Map.of())));
        }
        all.sort(Finding.ORDER);
        return all;
    }
}
