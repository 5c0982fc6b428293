package no.kriteriebank.bank;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;

/**
 * Proposes active criteria from a bank for a procurement's CPV codes, best first, so that a procurement system can
 * pre-fill a tender.
 *
 * <p>A criterion is proposed when one of its CPV prefixes matches one of the codes, or when it lists no prefixes
 * (it applies everywhere). The order: the longest matching prefix first (the most specific criteria); then award
 * criteria, which are what lets a tender reach the climate and environment weight; then the other kinds in tender
 * order; then, when a level is asked for, the nearest level first; then by id. The result is the same for the same
 * bank and question. Immutable and thread-safe.
 */
public final class CriteriaSuggester {
    private final CriteriaBank bank;

    private CriteriaSuggester(CriteriaBank bank) {
        this.bank = Objects.requireNonNull(bank, "bank");
    }

    /**
     * A suggester over this bank.
     *
     * @param bank the bank whose active criteria are proposed
     * @return a suggester for that bank
     */
    public static CriteriaSuggester forBank(CriteriaBank bank) {
        return new CriteriaSuggester(bank);
    }

    /**
     * Criteria for these CPV codes, of any area and level.
     *
     * @param cpvCodes the procurement's CPV codes (8 digits, optionally with the check digit); when empty, every
     *     active criterion is proposed
     * @return the proposed criteria, best first
     */
    public List<Suggestion> suggest(Collection<String> cpvCodes) {
        return suggest(cpvCodes, null, null);
    }

    /**
     * Criteria for these CPV codes.
     *
     * @param cpvCodes the procurement's CPV codes; when empty, every active criterion of the area is proposed
     * @param area only criteria of this area and cross-cutting {@link Area#GENERAL} ones, or null for all areas
     * @param level the ambition level wanted, which orders criteria of equal fit, or null
     * @return the proposed criteria, best first, each with the CPV prefix it matched
     */
    public List<Suggestion> suggest(Collection<String> cpvCodes, Area area, AmbitionLevel level) {
        List<String> codes = cpvCodes.stream().map(CriteriaSuggester::digits).filter(c -> !c.isEmpty()).toList();
        List<Suggestion> out = new ArrayList<>();
        for (Criterion c : bank.criteria()) {
            if (!c.isActive() || area != null && c.area() != area && c.area() != Area.GENERAL) {
                continue;
            }
            String match = match(c, codes);
            if (match != null) {
                out.add(new Suggestion(c, match));
            }
        }
        out.sort(Comparator
                .comparingInt((Suggestion s) -> -s.matchedCpv().length())
                .thenComparingInt(s -> s.criterion().kind() == CriterionKind.AWARD ? 0 : 1)
                .thenComparing(s -> s.criterion().kind())
                .thenComparingInt(s -> level == null ? 0 : Math.abs(s.criterion().level().ordinal() - level.ordinal()))
                .thenComparing(s -> s.criterion().id()));
        return List.copyOf(out);
    }

    /** The longest prefix of the criterion that matches a code, "" when it has none, null when none matches. */
    private static String match(Criterion c, List<String> codes) {
        if (c.cpv().isEmpty()) {
            return "";
        }
        if (codes.isEmpty()) {
            return "";
        }
        String best = null;
        for (String prefix : c.cpv()) {
            for (String code : codes) {
                if (code.startsWith(prefix) && (best == null || prefix.length() > best.length()
                        || prefix.length() == best.length() && prefix.compareTo(best) < 0)) {
                    best = prefix;
                }
            }
        }
        return best;
    }

    /** The code's first eight digits: drops the check digit and any punctuation. */
    private static String digits(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length() && out.length() < 8; i++) {
            char ch = code.charAt(i);
            if (ch >= '0' && ch <= '9') {
                out.append(ch);
            } else if (ch == '-') {
                break;
            }
        }
        return out.toString();
    }
}
