package no.kriteriebank.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import no.kriteriebank.internal.Mappers;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionStatus;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;

/**
 * What changed between two versions of a bank: criteria added, removed, deprecated and changed, and for a changed
 * criterion which fields changed (text per language, parameters, documentation, level, ...). A network reads it
 * before adopting a new bank; the bank's release notes are made from it.
 */
public final class BankDiff {
    private final BankInfo from;
    private final BankInfo to;
    private final List<Change> changes;

    /** What happened to one criterion. */
    public enum Type {
        /** New in the later bank. */
        ADDED,
        /** Gone from the later bank's current criteria. */
        REMOVED,
        /** Deprecated in the later bank (its fields may also have changed). */
        DEPRECATED,
        /** Changed in content or metadata. */
        CHANGED
    }

    /**
     * One criterion's change.
     *
     * @param type what happened
     * @param id the criterion id
     * @param before the key in the earlier bank, or null when added
     * @param after the key in the later bank, or null when removed
     * @param fields the fields that differ, e.g. {@code text.nn}, {@code parameters}, {@code level}
     * @param revisionRaised whether the revision went up; false for a changed text means old tenders would change
     */
    public record Change(Type type, String id, String before, String after, List<String> fields,
            boolean revisionRaised) {

        /**
         * Copies the field list.
         *
         * @param fields the fields whose content changed, e.g. {@code text.nn}
         * @param type what happened to the criterion
         * @param id the criterion id
         * @param before the revision in the earlier bank, or null when added
         * @param after the revision in the later bank, or null when removed
         * @param revisionRaised whether the revision went up with the change
         */
        public Change {
            fields = List.copyOf(fields);
        }
    }

    private BankDiff(BankInfo from, BankInfo to, List<Change> changes) {
        this.from = from;
        this.to = to;
        this.changes = List.copyOf(changes);
    }

    /**
     * The differences from {@code before} to {@code after}, ordered by criterion id.
     *
     * @param before the earlier bank
     * @param after the later bank
     * @return the diff
     */
    public static BankDiff between(CriteriaBank before, CriteriaBank after) {
        Map<String, Criterion> old = new TreeMap<>();
        before.criteria().forEach(c -> old.put(c.id(), c));
        Map<String, Criterion> now = new TreeMap<>();
        after.criteria().forEach(c -> now.put(c.id(), c));
        TreeSet<String> ids = new TreeSet<>(old.keySet());
        ids.addAll(now.keySet());
        List<Change> changes = new ArrayList<>();
        for (String id : ids) {
            Criterion a = old.get(id);
            Criterion b = now.get(id);
            if (a == null) {
                changes.add(new Change(Type.ADDED, id, null, b.key(), List.of(), false));
            } else if (b == null) {
                changes.add(new Change(Type.REMOVED, id, a.key(), null, List.of(), false));
            } else {
                List<String> fields = fields(a, b);
                if (fields.isEmpty()) {
                    continue;
                }
                Type type = a.status() != CriterionStatus.DEPRECATED && b.status() == CriterionStatus.DEPRECATED
                        ? Type.DEPRECATED : Type.CHANGED;
                changes.add(new Change(type, id, a.key(), b.key(), fields, b.revision() > a.revision()));
            }
        }
        return new BankDiff(before.info(), after.info(), changes);
    }

    private static List<String> fields(Criterion a, Criterion b) {
        List<String> fields = new ArrayList<>();
        compare(fields, "area", a, b, Criterion::area);
        compare(fields, "kind", a, b, Criterion::kind);
        compare(fields, "level", a, b, Criterion::level);
        localized(fields, "title", a.title(), b.title());
        localized(fields, "text", a.text(), b.text());
        localized(fields, "guidance", a.guidance(), b.guidance());
        compare(fields, "parameters", a, b, Criterion::parameters);
        compare(fields, "documentation", a, b, Criterion::documentation);
        compare(fields, "award", a, b, Criterion::award);
        compare(fields, "environmentalImpacts", a, b, Criterion::environmentalImpacts);
        compare(fields, "scope3Category", a, b, Criterion::scope3Category);
        compare(fields, "cpv", a, b, Criterion::cpv);
        compare(fields, "references", a, b, Criterion::references);
        compare(fields, "status", a, b, Criterion::status);
        compare(fields, "supersededBy", a, b, Criterion::supersededBy);
        return fields;
    }

    private static void compare(List<String> fields, String name, Criterion a, Criterion b,
            Function<Criterion, Object> field) {
        if (!Objects.equals(field.apply(a), field.apply(b))) {
            fields.add(name);
        }
    }

    private static void localized(List<String> fields, String name, LocalizedText a, LocalizedText b) {
        for (Language l : Language.values()) {
            String x = a == null ? null : a.get(l).orElse(null);
            String y = b == null ? null : b.get(l).orElse(null);
            if (!Objects.equals(x, y)) {
                fields.add(name + "." + l.code());
            }
        }
    }

    /** {@return the earlier bank} */
    public BankInfo from() {
        return from;
    }

    /** {@return the later bank} */
    public BankInfo to() {
        return to;
    }

    /** {@return the changes, ordered by criterion id} */
    public List<Change> changes() {
        return changes;
    }

    /** {@return whether the banks hold the same criteria} */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * Changes whose content changed although the revision did not go up: old tenders would render differently.
     *
     * @return the changes that should have raised the revision
     */
    public List<Change> unbumped() {
        return changes.stream().filter(c -> c.type() != Type.ADDED && c.type() != Type.REMOVED && !c.revisionRaised()
                && c.fields().stream().anyMatch(f -> !f.startsWith("guidance") && !List.of("environmentalImpacts",
                        "scope3Category", "cpv", "references", "status", "supersededBy").contains(f)))
                .toList();
    }

    /** {@return one line per change, e.g. {@code CHANGED  TRA-01  TRA-01@1 -> TRA-01@2  text.nn, parameters}} */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(from.label()).append(" -> ").append(to.label()).append(": ").append(changes.size())
                .append(changes.size() == 1 ? " change\n" : " changes\n");
        for (Change c : changes) {
            out.append(String.format(java.util.Locale.ROOT, "%-10s %-12s %s", c.type(), c.id(),
                    c.before() == null ? "-> " + c.after() : c.after() == null ? c.before() + " ->"
                            : c.before() + " -> " + c.after()));
            if (!c.fields().isEmpty()) {
                out.append("  ").append(String.join(", ", c.fields()));
            }
            if (!c.fields().isEmpty() && unbumped().contains(c)) {
                out.append("  (revision not raised)");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** {@return the diff as a JSON object with {@code from}, {@code to} and {@code changes}} */
    public String toJson() {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("from", from.label());
        json.put("to", to.label());
        json.put("changes", changes);
        return Mappers.json().writeValueAsString(json);
    }

    /**
     * Release notes in Markdown for the later bank: counts per area, then the added, changed, deprecated and
     * removed criteria with their titles in bokmål.
     *
     * @param after the later bank, for titles and areas
     * @return the release notes as Markdown
     */
    public String releaseNotes(CriteriaBank after) {
        StringBuilder out = new StringBuilder();
        out.append("### Criteria bank ").append(to.label()).append(" (").append(to.releaseDate()).append(")\n\n");
        Map<Area, Integer> added = new java.util.EnumMap<>(Area.class);
        for (Change c : changes) {
            if (c.type() == Type.ADDED) {
                added.merge(after.get(c.id()).area(), 1, Integer::sum);
            }
        }
        if (!added.isEmpty()) {
            out.append("Added ").append(added.values().stream().mapToInt(Integer::intValue).sum())
                    .append(" criteria: ");
            List<String> parts = new ArrayList<>();
            added.forEach((area, n) -> parts.add(area.label().en().toLowerCase(java.util.Locale.ROOT) + " " + n));
            out.append(String.join(", ", parts)).append(".\n");
        }
        for (Type type : Type.values()) {
            List<Change> of = changes.stream().filter(c -> c.type() == type).toList();
            if (of.isEmpty()) {
                continue;
            }
            out.append("\n#### ").append(type.name().charAt(0)).append(type.name().substring(1)
                    .toLowerCase(java.util.Locale.ROOT)).append("\n\n");
            for (Change c : of) {
                String title = after.find(c.id()).map(x -> x.title().nb()).orElse("");
                out.append("- ").append(c.after() == null ? c.before() : c.after());
                if (!title.isEmpty()) {
                    out.append(" ").append(title);
                }
                if (!c.fields().isEmpty()) {
                    out.append(" (").append(String.join(", ", c.fields())).append(")");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
