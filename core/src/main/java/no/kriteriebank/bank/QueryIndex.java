package no.kriteriebank.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kriteriebank.model.Criterion;

/**
 * The fields a {@link CriteriaQuery} filters on, for every criterion of a bank in bank order, in flat arrays: status,
 * area, kind, level, and the criterion's list of CPV prefixes as the number of a distinct list.
 *
 * <p>Why: a loaded bank's criteria lie far apart in the heap, each among its own texts, so a query that reads every
 * criterion's fields misses the CPU caches once the bank outgrows them (about 100 times the standard bank, ten
 * overlays: 165 MB), and was measured worse than linear there (237x the time for 100x the criteria). Scanning these
 * arrays stays in cache; a query reads a criterion itself only when it passes the filters. And CPV prefixes are
 * matched once per distinct list per query rather than once per criterion: copies and overlays repeat the same lists,
 * so that work does not grow with the bank.
 */
final class QueryIndex {
    private final boolean[] active;
    private final byte[] area;
    private final byte[] kind;
    private final byte[] level;
    /** Per criterion, the number of its distinct CPV prefix list in {@link #cpvLists}. */
    private final int[] cpvList;
    /** One criterion per distinct CPV prefix list, whose {@link Criterion#appliesToCpv} answers for all of them. */
    private final List<Criterion> cpvLists;

    QueryIndex(List<Criterion> criteria) {
        int n = criteria.size();
        active = new boolean[n];
        area = new byte[n];
        kind = new byte[n];
        level = new byte[n];
        cpvList = new int[n];
        Map<List<String>, Integer> lists = new HashMap<>();
        List<Criterion> representatives = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Criterion c = criteria.get(i);
            active[i] = c.isActive();
            area[i] = ordinal(c.area());
            kind[i] = ordinal(c.kind());
            level[i] = ordinal(c.level());
            cpvList[i] = lists.computeIfAbsent(c.cpv(), cpv -> {
                representatives.add(c);
                return representatives.size() - 1;
            });
        }
        cpvLists = List.copyOf(representatives);
    }

    /** An enum constant's ordinal, or -1 for none (a checked bank has none, but a filter then keeps its meaning). */
    private static byte ordinal(Enum<?> e) {
        return (byte) (e == null ? -1 : e.ordinal());
    }

    /** {@return the constant of that ordinal, or null for -1} */
    static <E> E constant(E[] values, int ordinal) {
        return ordinal < 0 ? null : values[ordinal];
    }

    int size() {
        return active.length;
    }

    boolean active(int i) {
        return active[i];
    }

    int area(int i) {
        return area[i];
    }

    int kind(int i) {
        return kind[i];
    }

    int level(int i) {
        return level[i];
    }

    /** {@return the number of the criterion's distinct CPV prefix list} */
    int cpvList(int i) {
        return cpvList[i];
    }

    /** {@return how many distinct CPV prefix lists the bank's criteria have} */
    int cpvListCount() {
        return cpvLists.size();
    }

    /**
     * Whether criteria with this distinct CPV prefix list apply to at least one of the codes, as
     * {@link Criterion#appliesToCpv} answers for one of them.
     *
     * @param list the number of the list
     * @param codes CPV codes as a query takes them
     * @return whether they apply
     */
    boolean appliesToCpv(int list, List<String> codes) {
        Criterion c = cpvLists.get(list);
        return codes.stream().anyMatch(c::appliesToCpv);
    }
}
