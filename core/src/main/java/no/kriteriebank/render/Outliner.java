package no.kriteriebank.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kriteriebank.model.Language;
import no.kriteriebank.render.outline.Block;
import no.kriteriebank.render.outline.DocumentOutline;
import no.kriteriebank.render.outline.Heading;
import no.kriteriebank.render.outline.ItemList;
import no.kriteriebank.render.outline.OutlinePart;
import no.kriteriebank.render.outline.Paragraph;
import no.kriteriebank.render.outline.Paragraph.Role;
import no.kriteriebank.render.outline.Span;
import no.kriteriebank.render.outline.Table;

/**
 * Builds the format-neutral outline of a document from the same data the layouts see, in the order and with the
 * words of the standard HTML layout ({@code document.html.ftlh} and {@code clause.html.ftlh}): a change to one of
 * those belongs in the other.
 */
final class Outliner {
    private final Map<String, String> t;
    private final Locale locale;

    Outliner(Map<String, String> messages, Language language) {
        this.t = messages;
        this.locale = language.locale();
    }

    /**
     * The outline of a document.
     *
     * @param doc the document layout's data
     * @param sections the same sections as views, whose clauses carry their outline already ({@link #clause})
     */
    DocumentOutline outline(Map<String, Object> doc, List<SectionView> sections) {
        Map<String, Object> bank = map(doc.get("bank"));
        List<OutlinePart> parts = new ArrayList<>();
        parts.add(new OutlinePart("header", header(doc, bank)));
        if (doc.get("environment") != null) {
            parts.add(new OutlinePart("environment", environment(map(doc.get("environment")))));
        }
        List<Map<String, Object>> sectionData = maps(doc.get("sections"));
        for (int i = 0; i < sectionData.size(); i++) {
            Map<String, Object> s = sectionData.get(i);
            parts.add(new OutlinePart(((String) s.get("kind")).toLowerCase(Locale.ROOT).replace('_', '-'),
                    section(s, doc.get("award") == null ? null : map(doc.get("award")), sections.get(i))));
        }
        List<Block> additions = new ArrayList<>();
        for (Map<String, Object> a : maps(doc.get("additions"))) {
            additions.add(new Heading(1, (String) a.get("title")));
            additions.addAll(blocks(a.get("blocks"), Role.BODY, false));
        }
        if (!additions.isEmpty()) {
            parts.add(new OutlinePart("additions", additions));
        }
        List<Map<String, Object>> documentation = maps(doc.get("documentation"));
        if (!documentation.isEmpty()) {
            parts.add(new OutlinePart("documentation", documentation(documentation)));
        }
        String label = (String) bank.get("label");
        return new DocumentOutline((String) doc.get("title"), (String) doc.get("buyer"), (String) bank.get("id"),
                (String) bank.get("version"), t.get("doc.bank") + ": " + label, parts);
    }

    private List<Block> header(Map<String, Object> doc, Map<String, Object> bank) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(0, (String) doc.get("title")));
        List<List<Paragraph>> facts = new ArrayList<>();
        fact(facts, "doc.buyer", doc.get("buyer"));
        fact(facts, "doc.reference", doc.get("reference"));
        fact(facts, "doc.date", doc.get("date"));
        List<?> cpv = (List<?>) doc.get("cpv");
        if (cpv != null && !cpv.isEmpty()) {
            fact(facts, "doc.cpv", String.join(", ", cpv.stream().map(String::valueOf).toList()));
        }
        fact(facts, "doc.value", doc.get("estimatedValue"));
        fact(facts, "doc.bank", bank.get("label") + " (" + bank.get("releaseDate") + ")");
        blocks.add(new Table(List.of(), facts, List.of()));
        blocks.add(Paragraph.of(t.get("doc.trace").replace("{0}", (String) bank.get("label"))));
        return blocks;
    }

    private void fact(List<List<Paragraph>> facts, String key, Object value) {
        if (value != null) {
            facts.add(List.of(new Paragraph(List.of(Span.strong(t.get(key))), Role.BODY),
                    Paragraph.of(String.valueOf(value))));
        }
    }

    private List<Block> environment(Map<String, Object> env) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, t.get("doc.environment")));
        blocks.add(Paragraph.of((String) env.get("option")));
        if (env.get("justification") != null) {
            blocks.add(new Paragraph(List.of(Span.strong(t.get("doc.justification") + ":"),
                    Span.plain(" " + env.get("justification"))), Role.BODY));
        }
        return blocks;
    }

    private List<Block> section(Map<String, Object> s, Map<String, Object> award, SectionView view) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, s.get("number") + " " + s.get("heading")));
        if (Boolean.TRUE.equals(s.get("awardModel")) && award != null) {
            boolean priority = "PRIORITY".equals(award.get("weighting"));
            blocks.add(Paragraph.of(t.get(priority ? "doc.priorityIntro" : "doc.awardIntro")));
            blocks.add(awardTable(award, priority));
        }
        for (SectionClauseView c : view.clauses()) {
            blocks.addAll(c.outline());
        }
        return blocks;
    }

    private Table awardTable(Map<String, Object> award, boolean priority) {
        List<String> header = new ArrayList<>();
        if (priority) {
            header.add(t.get("doc.priority"));
        }
        header.add(t.get("doc.component"));
        header.add(t.get("doc.category"));
        if (!priority) {
            header.add(t.get("doc.weight"));
        }
        header.add(t.get("doc.uses"));
        List<List<Paragraph>> rows = new ArrayList<>();
        for (Map<String, Object> a : maps(award.get("components"))) {
            List<Paragraph> row = new ArrayList<>();
            if (priority) {
                row.add(Paragraph.of(orEmpty(a.get("priority"))));
            }
            String name = (String) a.get("name");
            row.add(Paragraph.of(a.get("description") == null ? name : name + "\n" + a.get("description")));
            row.add(Paragraph.of((String) a.get("category")));
            if (!priority) {
                row.add(Paragraph.of(orEmpty(a.get("weight"))));
            }
            row.add(Paragraph.of(String.join("; ", maps(a.get("criteria")).stream()
                    .map(r -> r.get("id") + " " + r.get("title")).toList())));
            rows.add(row);
        }
        List<String> footer = priority ? List.of() : List.of(t.get("doc.total"), "", (String) award.get("total"), "");
        return new Table(header, rows, footer);
    }

    /** The outline of one clause, from the clause layout's data ({@code clause}); kept with the rendered clause. */
    List<Block> clause(Map<String, Object> c) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, (c.get("number") == null ? "" : c.get("number") + " ") + c.get("title")));
        blocks.add(Paragraph.of(c.get("id") + ", " + t.get("clause.revision") + " " + c.get("revision"),
                Role.REFERENCE));
        blocks.addAll(blocks(c.get("blocks"), Role.BODY, true));
        if (Boolean.TRUE.equals(c.get("fallback"))) {
            blocks.add(new Paragraph(List.of(new Span(t.get("clause.fallback"), false, true)), Role.NOTE));
        }
        if (c.get("award") != null) {
            Map<String, Object> award = map(c.get("award"));
            blocks.add(new Heading(3, t.get("clause.scoring")));
            blocks.add(Paragraph.of(award.get("scoring") + "."));
            blocks.addAll(blocks(award.get("scale"), Role.BODY, false));
        }
        List<Map<String, Object>> note = maps(c.get("note"));
        if (!note.isEmpty()) {
            blocks.add(new Heading(3, t.get("clause.note")));
            blocks.addAll(blocks(note, Role.BODY, false));
        }
        List<Map<String, Object>> docs = maps(c.get("documentation"));
        if (!docs.isEmpty()) {
            blocks.add(new Heading(3, t.get("clause.documentation")));
            List<Paragraph> items = new ArrayList<>();
            for (Map<String, Object> d : docs) {
                items.add(new Paragraph(List.of(Span.strong((String) d.get("type")),
                        Span.plain(" (" + ((String) d.get("due")).toLowerCase(locale) + "): " + d.get("text")
                                + equivalent(d))), Role.BODY));
            }
            blocks.add(new ItemList(items, false, Role.BODY));
        }
        if (c.get("guidance") != null) {
            blocks.add(new Heading(3, t.get("clause.guidance")));
            blocks.addAll(blocks(c.get("guidance"), Role.GUIDANCE, false));
        }
        return blocks;
    }

    private List<Block> documentation(List<Map<String, Object>> groups) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, t.get("doc.documentation")));
        blocks.add(Paragraph.of(t.get("doc.documentationIntro")));
        List<List<Paragraph>> rows = new ArrayList<>();
        for (Map<String, Object> g : groups) {
            for (Map<String, Object> d : maps(g.get("items"))) {
                rows.add(List.of(Paragraph.of((String) g.get("due")),
                        Paragraph.of(d.get("clauseNumber") + " " + d.get("clauseTitle") + " (" + d.get("clauseKey")
                                + ")"),
                        new Paragraph(List.of(Span.strong(d.get("type") + "."),
                                Span.plain(" " + d.get("text") + equivalent(d))), Role.BODY)));
            }
        }
        blocks.add(new Table(List.of(t.get("doc.due"), t.get("doc.requirement"), t.get("clause.documentation")),
                rows, List.of()));
        return blocks;
    }

    private String equivalent(Map<String, Object> d) {
        return Boolean.TRUE.equals(d.get("equivalent")) ? " " + t.get("clause.equivalent") : "";
    }

    /** Paragraphs and lists of {@link Blocks#of(String)}; the requirement lists of a criterion text are numbered. */
    private static List<Block> blocks(Object list, Role role, boolean numbered) {
        List<Block> out = new ArrayList<>();
        for (Map<String, Object> b : maps(list)) {
            if ("p".equals(b.get("type"))) {
                out.add(Paragraph.of((String) b.get("text"), role));
            } else {
                List<Paragraph> items = new ArrayList<>();
                for (Object item : (List<?>) b.get("items")) {
                    items.add(Paragraph.of((String) item, role));
                }
                out.add(new ItemList(items, numbered, role));
            }
        }
        return out;
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
