package no.kriteriebank.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Suggests the closest known name for a misspelt one, by edit distance. Internal. */
public final class DidYouMean {
    private DidYouMean() {
    }

    /**
     * The candidate closest to {@code wanted}, if it is close enough to be a likely typo (distance at most a third of
     * the length, and at least 1). Ties go to the candidate that sorts first, so the answer is deterministic.
     *
     * @param wanted the misspelt text
     * @param candidates the known values
     * @return the closest candidate, or empty
     */
    public static Optional<String> closest(String wanted, Collection<String> candidates) {
        String w = wanted.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(w, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance || d == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = d;
            }
        }
        int limit = Math.max(2, wanted.length() / 3);
        return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /**
     * A well-formed id for a malformed one that is a likely slip of the keyboard: letter O or I for the digits 0 and
     * 1 after the dash ({@code TRA-O1}), lower-case letters ({@code tra-01}), another dash or an underscore
     * ({@code TRA–01}, {@code TRA_01}), Cyrillic look-alike letters, surrounding spaces. A namespace
     * ({@code gki:}) and a pinned revision ({@code @2}) are kept.
     *
     * @param wanted the value as written
     * @param pattern the regular expression a well-formed value matches
     * @return the corrected value when it differs and matches {@code pattern}, else empty
     */
    public static Optional<String> nearMiss(String wanted, String pattern) {
        String value = wanted.strip();
        String id = no.kriteriebank.model.CriterionRef.idOf(value);
        String pin = value.substring(id.length());
        int colon = id.lastIndexOf(':');
        String namespace = id.substring(0, colon + 1);
        StringBuilder rest = new StringBuilder();
        for (char c : id.substring(colon + 1).toCharArray()) {
            rest.append(latin(c));
        }
        String upper = rest.toString().toUpperCase(Locale.ROOT);
        int dash = upper.indexOf('-');
        if (dash > 0) {
            upper = upper.substring(0, dash + 1) + upper.substring(dash + 1).replace('O', '0').replace('I', '1')
                    .replace('L', '1');
        }
        String candidate = namespace + upper + pin;
        return !candidate.equals(wanted) && candidate.matches(pattern) ? Optional.of(candidate) : Optional.empty();
    }

    /** Dashes and underscores as '-', Cyrillic capitals that look Latin as Latin; other characters as they are. */
    private static char latin(char c) {
        return switch (c) {
            case '_', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', ' ' -> '-';
            case '\u0410', '\u0430' -> 'A';
            case '\u0412', '\u0432' -> 'B';
            case '\u0415', '\u0435' -> 'E';
            case '\u041A', '\u043A' -> 'K';
            case '\u041C', '\u043C' -> 'M';
            case '\u041D', '\u043D' -> 'H';
            case '\u041E', '\u043E' -> 'O';
            case '\u0420', '\u0440' -> 'P';
            case '\u0421', '\u0441' -> 'C';
            case '\u0422', '\u0442' -> 'T';
            case '\u0425', '\u0445' -> 'X';
            case '\u0423', '\u0443' -> 'Y';
            default -> c;
        };
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
