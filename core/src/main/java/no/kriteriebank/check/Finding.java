package no.kriteriebank.check;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing a check found in a tender.
 *
 * @param severity how serious it is
 * @param code the stable code for programs: a {@link FindingCode} of the library, or the {@link RuleCode} of a
 *     network's own rule; it prints as {@code FOA-7-9-MIN-WEIGHT} (see {@link Code#code()})
 * @param path where in the tender, e.g. {@code award.components[1].weight}; empty for the tender as a whole
 * @param message what is wrong and how to fix it, in the tender's language
 */
public record Finding(Severity severity, Code code, String path, String message) {

    /**
     * The order of a check's findings: by path (indices compared as numbers, so {@code [2]} comes before
     * {@code [10]}), then code, then message.
     */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::path, Finding::comparePaths)
            .thenComparing(f -> f.code().code())
            .thenComparing(Finding::message)
            .thenComparing(Finding::severity);

    /**
     * Requires every part; the path may be empty but not null.
     *
     * @param severity how serious it is
     * @param code the stable code for programs
     * @param path where in the tender; empty for the tender as a whole
     * @param message what is wrong and how to fix it, in the tender's language
     */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code ERROR FOA-7-9-MIN-WEIGHT award.components[1].weight: message}. */
    @Override
    public String toString() {
        return severity + " " + code.code() + (path.isEmpty() ? "" : " " + path) + ": " + message;
    }

    /** Compares paths so that runs of digits compare as numbers. */
    static int comparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int endA = i;
                while (endA < a.length() && isDigit(a.charAt(endA))) {
                    endA++;
                }
                int endB = j;
                while (endB < b.length() && isDigit(b.charAt(endB))) {
                    endB++;
                }
                String na = stripZeros(a.substring(i, endA));
                String nb = stripZeros(b.substring(j, endB));
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    // Only ASCII digits: Character.isDigit would also take other scripts' digits.
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }
}
