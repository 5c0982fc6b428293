package no.kriteriebank.bank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;

/**
 * Selects criteria from a bank by area, kind, level, CPV code and free text. Made by {@link CriteriaBank#query()};
 * each call narrows the query, and {@link #list()} runs it. Deprecated criteria are left out unless asked for.
 *
 * <p>Without free text the result keeps the bank's order; with it, the best matches come first (title matches weigh
 * more than text and guidance), ties in bank order.
 */
public final class CriteriaQuery {
    private static final Area[] AREAS = Area.values();
    private static final CriterionKind[] KINDS = CriterionKind.values();
    private static final AmbitionLevel[] LEVELS = AmbitionLevel.values();
    private final CriteriaBank bank;
    private final Set<Area> areas = EnumSet.noneOf(Area.class);
    private final Set<CriterionKind> kinds = EnumSet.noneOf(CriterionKind.class);
    private final Set<AmbitionLevel> levels = EnumSet.noneOf(AmbitionLevel.class);
    private final List<String> cpvCodes = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private Language language;
    private boolean includeDeprecated;

    CriteriaQuery(CriteriaBank bank) {
        this.bank = bank;
    }

    /**
     * Only criteria of these areas (calls add up).
     *
     * @param area the areas to keep
     * @return this query
     */
    public CriteriaQuery area(Area... area) {
        areas.addAll(List.of(area));
        return this;
    }

    /**
     * Only criteria of these kinds (calls add up).
     *
     * @param kind the kinds to keep
     * @return this query
     */
    public CriteriaQuery kind(CriterionKind... kind) {
        kinds.addAll(List.of(kind));
        return this;
    }

    /**
     * Only criteria of these levels (calls add up).
     *
     * @param level the ambition levels to keep
     * @return this query
     */
    public CriteriaQuery level(AmbitionLevel... level) {
        levels.addAll(List.of(level));
        return this;
    }

    /**
     * Only criteria that apply to at least one of these CPV codes (calls add up).
     *
     * @param codes CPV codes, with or without the check digit
     * @return this query
     */
    public CriteriaQuery cpv(String... codes) {
        cpvCodes.addAll(List.of(codes));
        return this;
    }

    /**
     * Only criteria whose title, text or guidance contains every word, ignoring case.
     *
     * @param text one or more words separated by white space
     * @return this query
     */
    public CriteriaQuery text(String text) {
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return this;
    }

    /**
     * Searches text in this language only (default: all languages).
     *
     * @param language the language whose texts are searched
     * @return this query
     */
    public CriteriaQuery language(Language language) {
        this.language = language;
        return this;
    }

    /**
     * Includes deprecated criteria.
     *
     * @return this query
     */
    public CriteriaQuery includeDeprecated() {
        this.includeDeprecated = true;
        return this;
    }

    /**
     * Runs the query.
     *
     * @return the matching criteria
     */
    public List<Criterion> list() {
        // The filters read the bank's flat index, not the criteria, which lie far apart in the heap: a criterion is
        // read only once it passes them (see QueryIndex).
        QueryIndex index = bank.queryIndex();
        List<Criterion> criteria = bank.criteria();
        // per distinct CPV prefix list: 0 not yet asked, 1 applies, 2 does not
        byte[] cpvMatches = cpvCodes.isEmpty() ? null : new byte[index.cpvListCount()];
        List<Criterion> hits = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        for (int i = 0, n = index.size(); i < n; i++) {
            if (!includeDeprecated && !index.active(i)
                    || !areas.isEmpty() && !areas.contains(QueryIndex.constant(AREAS, index.area(i)))
                    || !kinds.isEmpty() && !kinds.contains(QueryIndex.constant(KINDS, index.kind(i)))
                    || !levels.isEmpty() && !levels.contains(QueryIndex.constant(LEVELS, index.level(i)))
                    || cpvMatches != null && !appliesToCpv(index, cpvMatches, index.cpvList(i))) {
                continue;
            }
            Criterion c = criteria.get(i);
            int score = score(c);
            if (score > 0) {
                hits.add(c);
                scores.add(score);
            }
        }
        if (words.isEmpty()) {
            return List.copyOf(hits);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> -scores.get(i)).thenComparing(i -> i));
        return order.stream().map(hits::get).toList();
    }

    private boolean appliesToCpv(QueryIndex index, byte[] known, int list) {
        if (known[list] == 0) {
            known[list] = (byte) (index.appliesToCpv(list, cpvCodes) ? 1 : 2);
        }
        return known[list] == 1;
    }

    private int score(Criterion c) {
        if (words.isEmpty()) {
            return 1;
        }
        int total = 0;
        for (String word : words) {
            int s = 3 * hits(c.title(), word) + hits(c.text(), word) + hits(c.guidance(), word)
                    + (c.id().toLowerCase(Locale.ROOT).equals(word) ? 10 : 0);
            if (s == 0) {
                return 0;
            }
            total += s;
        }
        return total;
    }

    private int hits(LocalizedText text, String word) {
        if (text == null) {
            return 0;
        }
        int n = 0;
        for (Language l : language == null ? Language.values() : new Language[] {language}) {
            if (text.get(l).map(t -> t.toLowerCase(Locale.ROOT).contains(word)).orElse(false)) {
                n++;
            }
        }
        return n > 0 ? 1 : 0;
    }
}
