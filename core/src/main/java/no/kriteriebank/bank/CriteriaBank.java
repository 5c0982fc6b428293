package no.kriteriebank.bank;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.kriteriebank.internal.DidYouMean;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.problem.Problem;
import no.kriteriebank.model.CriterionRef;

/**
 * A versioned, validated set of criteria: the standard bank, a network's own bank, or the two merged.
 *
 * <p>Instances are immutable and thread-safe. Get one from {@link BankLoader} or {@link #of(BankInfo, List)}, which
 * both check every criterion, so a {@code CriteriaBank} is always valid.
 */
public final class CriteriaBank {
    private final BankInfo info;
    private final List<Criterion> criteria;
    private final List<Criterion> history;
    private final Map<String, Criterion> byId;
    private final Map<String, Criterion> byKey;
    /** Every revision per id, oldest first: a tender's criteria are looked up here on every render. */
    private final Map<String, List<Criterion>> revisionsById;
    /** The criteria's filter fields in flat arrays, for {@link CriteriaQuery}. */
    private final QueryIndex queryIndex;

    private CriteriaBank(BankInfo info, List<Criterion> criteria, List<Criterion> history) {
        this.info = info;
        this.criteria = List.copyOf(criteria);
        this.history = List.copyOf(history);
        Map<String, Criterion> ids = new LinkedHashMap<>();
        Map<String, Criterion> keys = new LinkedHashMap<>();
        for (Criterion c : this.criteria) {
            ids.put(c.id(), c);
            keys.put(c.key(), c);
        }
        for (Criterion c : this.history) {
            keys.putIfAbsent(c.key(), c);
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.byKey = Collections.unmodifiableMap(keys);
        Map<String, List<Criterion>> revisions = new HashMap<>();
        for (Criterion c : keys.values()) {
            revisions.computeIfAbsent(c.id(), id -> new ArrayList<>()).add(c);
        }
        revisions.replaceAll((id, all) -> {
            all.sort(java.util.Comparator.comparingInt(Criterion::revision));
            return List.copyOf(all);
        });
        this.revisionsById = revisions;
        this.queryIndex = new QueryIndex(this.criteria);
    }

    /**
     * A bank of the given criteria, after checking them as a loaded bank is checked.
     *
     * @param info the bank's id, version, release date and publisher
     * @param criteria the current criteria
     * @return the checked bank
     * @throws BankLoadException listing every problem, with paths such as {@code criteria[2].text.nb}
     */
    public static CriteriaBank of(BankInfo info, List<Criterion> criteria) {
        return of(info, criteria, List.of());
    }

    /**
     * A bank of the given criteria and earlier revisions of them, after checking both.
     *
     * @param info the bank's id, version, release date and publisher
     * @param criteria the current criteria
     * @param history earlier revisions, which tenders pinned to them still render from
     * @return the checked bank
     * @throws BankLoadException listing every problem
     */
    public static CriteriaBank of(BankInfo info, List<Criterion> criteria, List<Criterion> history) {
        List<Problem> problems = BankChecks.check(null, info, criteria, history,
                no.kriteriebank.internal.PathLocations.none());
        if (!problems.isEmpty()) {
            throw new BankLoadException(problems);
        }
        return new CriteriaBank(info, criteria, history);
    }

    /**
     * Checks one criterion on its own: field constraints and the cross-field rules (placeholders match parameters,
     * award details go with award criteria, bounds and weight ranges are in order, defaults are valid, labels accept
     * equivalents). Paths are relative to the criterion, e.g. {@code parameters[0].default}.
     *
     * @param criterion the criterion to check
     * @return the problems, ordered by path; empty when the criterion is valid
     */
    public static List<Problem> check(Criterion criterion) {
        return BankChecks.check(criterion);
    }

    /** A bank already checked by the loader. */
    static CriteriaBank checked(BankInfo info, List<Criterion> criteria, List<Criterion> history) {
        return new CriteriaBank(info, criteria, history);
    }

    /** {@return id, version, release date and publisher} */
    public BankInfo info() {
        return info;
    }

    /** {@return all criteria, in the order of the files they were loaded from} */
    public List<Criterion> criteria() {
        return criteria;
    }

    /** {@return earlier revisions of criteria, kept so that tenders pinned to them render as they did} */
    public List<Criterion> history() {
        return history;
    }

    /**
     * Every revision of a criterion the bank knows, oldest first; empty when the id is unknown.
     *
     * @param id a criterion id without revision, e.g. {@code TRA-03}
     * @return the revisions, oldest first
     */
    public List<Criterion> revisions(String id) {
        return new ArrayList<>(revisionsById.getOrDefault(id, List.of()));
    }

    /** {@return the number of criteria} */
    public int size() {
        return criteria.size();
    }

    /**
     * The current criterion with this id ({@code TRA-03}), or exactly the revision a pinned key names
     * ({@code TRA-03@2}), current or kept in the history.
     *
     * @param idOrKey a criterion id, or a pinned key
     * @return the criterion, or empty when the bank has no such id or revision
     */
    public Optional<Criterion> find(String idOrKey) {
        Objects.requireNonNull(idOrKey, "id");
        return CriterionRef.tryParse(idOrKey).map(r -> r.pinned() ? byKey.get(r.toString()) : byId.get(r.id()));
    }

    /**
     * The criterion with this id.
     *
     * @param id a criterion id, e.g. {@code TRA-03}
     * @return the current criterion
     * @throws UnknownCriterionException when there is none; its message suggests the closest id
     */
    public Criterion get(String id) {
        Criterion c = byId.get(id);
        if (c == null) {
            throw new UnknownCriterionException(id, suggest(id).orElse(null));
        }
        return c;
    }

    /**
     * The known id closest to a misspelt one, if any is close.
     *
     * @param id the misspelt id
     * @return the closest known id, or empty when none is close
     */
    public Optional<String> suggest(String id) {
        return DidYouMean.closest(id, byId.keySet());
    }

    /** {@return the criteria's filter fields in flat arrays, in the order of {@link #criteria()}} */
    QueryIndex queryIndex() {
        return queryIndex;
    }

    /** {@return a query over this bank's criteria} */
    public CriteriaQuery query() {
        return new CriteriaQuery(this);
    }

    /**
     * This bank with a network's bank on top: the overlay's criteria are added after this bank's.
     *
     * <p>An overlay adds criteria in its own namespace ({@code gki:TRA-01}); it may not redefine a criterion of the
     * base bank, because a tender pinned to {@code TRA-03@2} must mean the same words whichever overlays are loaded.
     * The merged bank keeps this bank's info.
     *
     * @param overlay the network's bank, its ids in its own namespace
     * @return the merged bank
     * @throws BankLoadException naming every id the overlay redefines
     */
    public CriteriaBank withOverlay(CriteriaBank overlay) {
        List<Problem> problems = new ArrayList<>();
        if (overlay.info.id().equals(info.id())) {
            problems.add(new Problem(overlay.info.id(), 0, 0, "id", "a network bank cannot use the id '"
                    + info.id() + "' of " + info.label() + "; give it the network's own id, such as gki"));
        }
        for (Criterion c : overlay.criteria) {
            if (!c.id().startsWith(overlay.info.id() + ":") && !byId.containsKey(c.id())) {
                problems.add(new Problem(overlay.info.id(), 0, 0, "criteria[" + overlay.criteria.indexOf(c) + "].id",
                        "the criteria of bank " + overlay.info.id() + " carry its namespace: write "
                                + overlay.info.id() + ":" + c.id().substring(c.id().indexOf(':') + 1)));
            }
            if (byId.containsKey(c.id())) {
                problems.add(new Problem(overlay.info.id(), 0, 0, "criteria[" + overlay.criteria.indexOf(c) + "].id",
                        "overlay " + overlay.info.label() + " redefines " + c.id() + " of " + info.label()
                                + "; give the network's criteria their own namespace, e.g. " + overlay.info.id() + ":"
                                + c.id()));
            }
        }
        if (!problems.isEmpty()) {
            throw new BankLoadException(problems);
        }
        List<Criterion> merged = new ArrayList<>(criteria);
        merged.addAll(overlay.criteria);
        List<Criterion> mergedHistory = new ArrayList<>(history);
        mergedHistory.addAll(overlay.history);
        return new CriteriaBank(info, merged, mergedHistory);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CriteriaBank && ((CriteriaBank) o).info.equals(info)
                && ((CriteriaBank) o).criteria.equals(criteria) && ((CriteriaBank) o).history.equals(history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(info, criteria, history);
    }

    @Override
    public String toString() {
        return "CriteriaBank[" + info.label() + ", " + criteria.size() + " criteria]";
    }
}
