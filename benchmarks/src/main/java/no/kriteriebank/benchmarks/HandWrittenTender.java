package no.kriteriebank.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.check.RuleSets;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.DocumentationDue;
import no.kriteriebank.model.DocumentationRequirement;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.Addition;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;
import no.kriteriebank.templates.StandardLayouts;

/**
 * The baseline of {@link WholeTenderBenchmark}: a tender rendered as HTML in bokmål by hand, with a StringBuilder and
 * no template engine, following the standard layouts ({@code document.html.ftlh}, {@code clause.html.ftlh},
 * {@code blocks.html.ftlh}) line by line. It reads the same bank and the same fixed words ({@code messages_nb}) as the
 * library and writes the same bytes (a test proves it), so the benchmark compares the cost of the machinery, not a
 * different amount of work: paragraph splitting, value formatting and HTML escaping are all done here, by hand.
 *
 * <p>It covers what the standard layouts do for a tender whose texts only interpolate parameters (every text of the
 * standard bank): no language fallback, no guidance, no sandbox, no budget.
 */
public final class HandWrittenTender {
    private static final char NBSP = '\u00A0';
    private static final String[] MONTHS = {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
        "september", "oktober", "november", "desember"};

    private final CriteriaBank bank;
    private final Map<String, String> t;

    /**
     * A renderer of the given bank with the standard layouts' bokmål words.
     *
     * @param bank the bank
     */
    public HandWrittenTender(CriteriaBank bank) {
        this.bank = bank;
        this.t = messages();
    }

    /**
     * Renders a tender as HTML in bokmål.
     *
     * @param tender the tender
     * @return the document
     */
    public String render(Tender tender) {
        StringBuilder out = new StringBuilder(48 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
        esc(out, tender.title()).append("</title>\n</head>\n<body>\n<article class=\"tender\">\n<header>\n<h1>");
        esc(out, tender.title()).append("</h1>\n<dl class=\"tender-facts\">\n");
        fact(out, "doc.buyer", tender.buyer());
        fact(out, "doc.reference", tender.reference());
        fact(out, "doc.date", tender.announcementDate() == null ? null : date(tender.announcementDate()));
        if (!tender.cpv().isEmpty()) {
            fact(out, "doc.cpv", String.join(", ", tender.cpv()));
        }
        fact(out, "doc.value", tender.estimatedValue() == null ? null : number(tender.estimatedValue()) + NBSP + "kr");
        out.append("<dt>");
        esc(out, t.get("doc.bank")).append("</dt><dd data-bank=\"");
        esc(out, bank.info().id()).append("\" data-version=\"");
        esc(out, bank.info().version()).append("\">");
        esc(out, bank.info().label()).append(" (");
        esc(out, date(bank.info().releaseDate())).append(")</dd>\n</dl>\n<p class=\"trace\">");
        esc(out, t.get("doc.trace").replace("{0}", bank.info().label())).append("</p>\n</header>\n");
        if (tender.environment() != null) {
            String heading = RuleSets.standard().forTender(tender).filter(r -> r.citation().confirmed())
                    .map(r -> t.get("doc.environmentCited").replace("{0}", r.citation().text().nb()))
                    .orElseGet(() -> t.get("doc.environment"));
            out.append("<section id=\"k-environment\">\n<h2>");
            esc(out, heading).append("</h2>\n<p>");
            esc(out, t.get("environment." + tender.environment().option().name())).append("</p>\n");
            if (tender.environment().justification() != null) {
                out.append("<p><strong>");
                esc(out, t.get("doc.justification")).append(":</strong> ");
                esc(out, tender.environment().justification()).append("</p>\n");
            }
            out.append("</section>\n");
        }
        Map<DocumentationDue, List<Row>> rows = sections(out, tender);
        for (Addition a : tender.additions()) {
            out.append("<section class=\"addition\">\n<h2>");
            esc(out, a.title()).append("</h2>\n");
            blocks(out, a.text());
            out.append("</section>\n");
        }
        documentation(out, rows);
        return out.append("</article>\n</body>\n</html>\n").toString();
    }

    /** A documentation row of the closing table, collected while the clauses are written. */
    private record Row(String number, String anchor, Criterion criterion, DocumentationRequirement requirement) {
    }

    /** The sections of clauses; returns the documentation rows of every clause, by due time. */
    private Map<DocumentationDue, List<Row>> sections(StringBuilder out, Tender tender) {
        Map<CriterionKind, List<SelectedCriterion>> byKind = new EnumMap<>(CriterionKind.class);
        for (SelectedCriterion s : tender.criteria()) {
            byKind.computeIfAbsent(bank.find(s.id()).orElseThrow().kind(), k -> new ArrayList<>()).add(s);
        }
        boolean award = tender.award() != null && !tender.award().components().isEmpty();
        Map<DocumentationDue, List<Row>> rows = new EnumMap<>(DocumentationDue.class);
        int number = 0;
        for (CriterionKind kind : CriterionKind.values()) {
            List<SelectedCriterion> selected = byKind.getOrDefault(kind, List.of());
            boolean awardHere = kind == CriterionKind.AWARD && award;
            if (selected.isEmpty() && !awardHere) {
                continue;
            }
            number++;
            String anchor = anchor(kind.name());
            out.append("<section id=\"").append(anchor).append("\">\n<h2>").append(number).append(' ');
            esc(out, kind.label().nb()).append("</h2>\n");
            if (awardHere) {
                awardModel(out, tender);
            }
            if (!selected.isEmpty()) {
                out.append("<div class=\"clauses\">\n");
                for (int i = 0; i < selected.size(); i++) {
                    SelectedCriterion s = selected.get(i);
                    Criterion c = bank.find(s.id()).orElseThrow();
                    String clauseNumber = number + "." + (i + 1);
                    clause(out, c, s, clauseNumber);
                    for (DocumentationRequirement d : c.documentation()) {
                        rows.computeIfAbsent(d.due(), k -> new ArrayList<>())
                                .add(new Row(clauseNumber, anchor(c.id()), c, d));
                    }
                }
                out.append("</div>\n");
            }
            out.append("</section>\n");
        }
        return rows;
    }

    private void documentation(StringBuilder out, Map<DocumentationDue, List<Row>> rows) {
        if (!rows.isEmpty()) {
            out.append("<section id=\"k-documentation\">\n<h2>");
            esc(out, t.get("doc.documentation")).append("</h2>\n<p>");
            esc(out, t.get("doc.documentationIntro")).append("</p>\n<table class=\"documentation\">\n<thead>\n<tr>");
            th(out, "doc.due");
            th(out, "doc.requirement");
            th(out, "clause.documentation");
            out.append("</tr>\n</thead>\n<tbody>\n");
            rows.forEach((due, list) -> {
                for (Row r : list) {
                    out.append("<tr><td>");
                    esc(out, due.label().nb()).append("</td><td><a href=\"#").append(r.anchor()).append("\">")
                            .append(r.number()).append("</a> ");
                    esc(out, r.criterion().title().nb()).append(" (");
                    esc(out, r.criterion().key()).append(")</td><td><strong>");
                    esc(out, r.requirement().type().label().nb()).append(".</strong> ");
                    esc(out, r.requirement().description().nb());
                    if (r.requirement().equivalentAccepted()) {
                        out.append(' ');
                        esc(out, t.get("clause.equivalent"));
                    }
                    out.append("</td></tr>\n");
                }
            });
            out.append("</tbody>\n</table>\n</section>\n");
        }
    }

    private void awardModel(StringBuilder out, Tender tender) {
        boolean priority = tender.award().weighting().name().equals("PRIORITY");
        boolean weights = tender.award().weighting().name().equals("WEIGHTS");
        out.append("<p>");
        esc(out, t.get(priority ? "doc.priorityIntro" : "doc.awardIntro"))
                .append("</p>\n<table class=\"award-model\">\n<thead>\n<tr>");
        if (priority) {
            th(out, "doc.priority");
        }
        th(out, "doc.component");
        th(out, "doc.category");
        if (weights) {
            th(out, "doc.weight");
        }
        th(out, "doc.uses");
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (AwardComponent a : tender.award().components()) {
            out.append("<tr>");
            if (priority) {
                out.append("<td>").append(a.priority() == null ? "" : a.priority()).append("</td>");
            }
            out.append("<td>");
            esc(out, a.name());
            if (a.description() != null) {
                out.append("<br>");
                esc(out, a.description());
            }
            out.append("</td><td>");
            esc(out, t.get("category." + a.category().name())).append("</td>");
            if (weights) {
                out.append("<td>").append(a.weight() == null ? "" : percent(a.weight())).append("</td>");
            }
            out.append("<td>");
            for (int i = 0; i < a.criteria().size(); i++) {
                String id = a.criteria().get(i);
                String plain = id.contains("@") ? id.substring(0, id.indexOf('@')) : id;
                String title = tender.criteria().stream().filter(s -> s.criterionId().equals(plain)).findFirst()
                        .map(s -> bank.find(s.id()).orElseThrow().title().nb()).orElse(plain);
                out.append("<a href=\"#").append(anchor(plain)).append("\">");
                esc(out, plain).append("</a> ");
                esc(out, title);
                if (i < a.criteria().size() - 1) {
                    out.append("; ");
                }
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n");
        if (weights) {
            out.append("<tfoot>\n<tr><th scope=\"row\">");
            esc(out, t.get("doc.total")).append("</th><td></td><td>").append(percent(tender.award().totalWeight()))
                    .append("</td><td></td></tr>\n</tfoot>\n");
        }
        out.append("</table>\n");
    }

    private void clause(StringBuilder out, Criterion c, SelectedCriterion s, String number) {
        out.append("<article class=\"clause\" id=\"").append(anchor(c.id())).append("\" data-criterion=\"");
        esc(out, c.id()).append("\" data-revision=\"").append(c.revision()).append("\">\n<h3>").append(number)
                .append(' ');
        esc(out, c.title().nb()).append("</h3>\n<p class=\"clause-ref\">");
        esc(out, c.id()).append(", ");
        esc(out, t.get("clause.revision")).append(' ').append(c.revision()).append("</p>\n");
        blocks(out, body(c, s));
        if (c.award() != null) {
            out.append("<h4>");
            esc(out, t.get("clause.scoring")).append("</h4>\n<p>");
            esc(out, t.get("scoring." + c.award().scoring().name())).append(".</p>\n");
            blocks(out, c.award().scale().nb());
        }
        if (s.note() != null && !s.note().isBlank()) {
            out.append("<h4>");
            esc(out, t.get("clause.note")).append("</h4>\n");
            blocks(out, s.note());
        }
        if (!c.documentation().isEmpty()) {
            out.append("<h4>");
            esc(out, t.get("clause.documentation")).append("</h4>\n<ul class=\"documentation\">\n");
            for (DocumentationRequirement d : c.documentation()) {
                out.append("<li><strong>");
                esc(out, d.type().label().nb()).append("</strong> (");
                esc(out, d.due().label().nb().toLowerCase(Locale.ROOT)).append("): ");
                esc(out, d.description().nb());
                if (d.equivalentAccepted()) {
                    out.append(' ');
                    esc(out, t.get("clause.equivalent"));
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</article>\n");
    }

    /** The criterion text with each {@code ${name}} replaced by the value, formatted for its type. */
    private static String body(Criterion c, SelectedCriterion s) {
        Map<String, String> values = new HashMap<>();
        for (Parameter p : c.parameters()) {
            String value = s.values().getOrDefault(p.name(), p.defaultValue());
            values.put(p.name(), value == null ? "[" + p.label().nb() + "]" : value(p, value));
        }
        String text = c.text().nb();
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (int open = text.indexOf("${"); open >= 0; open = text.indexOf("${", at)) {
            int close = text.indexOf('}', open);
            out.append(text, at, open).append(values.get(text.substring(open + 2, close)));
            at = close + 1;
        }
        return out.append(text, at, text.length()).toString();
    }

    private static String value(Parameter p, String value) {
        switch (p.type()) {
            case TEXT:
                return value;
            case CHOICE:
                return p.choice(value).map(x -> x.label().nb()).orElse(value);
            case DATE:
                return date(LocalDate.parse(value));
            case YEAR:
                return value.trim();
            default:
                BigDecimal n = new BigDecimal(value.trim());
                String text = p.type().name().equals("PERCENT") ? percent(n) : number(n);
                return p.unit() == null ? text : text + NBSP + p.unit().nb();
        }
    }

    /** Paragraphs and bullet lists, as {@code blocks.html.ftlh} writes them. */
    private static void blocks(StringBuilder out, String text) {
        if (text == null) {
            return;
        }
        StringBuilder paragraph = new StringBuilder();
        List<String> items = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                paragraph(out, paragraph);
                items(out, items);
            } else if (line.startsWith("- ")) {
                paragraph(out, paragraph);
                items.add(line.substring(2).strip());
            } else if (!items.isEmpty() && raw.startsWith("  ")) {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + line);
            } else {
                items(out, items);
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        paragraph(out, paragraph);
        items(out, items);
    }

    private static void paragraph(StringBuilder out, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            out.append("<p>");
            esc(out, paragraph).append("</p>\n");
            paragraph.setLength(0);
        }
    }

    private static void items(StringBuilder out, List<String> items) {
        if (!items.isEmpty()) {
            out.append("<ul>\n");
            for (String item : items) {
                out.append("<li>");
                esc(out, item).append("</li>\n");
            }
            out.append("</ul>\n");
            items.clear();
        }
    }

    private void fact(StringBuilder out, String key, String value) {
        if (value != null) {
            out.append("<dt>");
            esc(out, t.get(key)).append("</dt><dd>");
            esc(out, value).append("</dd>\n");
        }
    }

    private void th(StringBuilder out, String key) {
        out.append("<th scope=\"col\">");
        esc(out, t.get(key)).append("</th>");
    }

    /** Appends text escaped for HTML, copying the runs between special characters in one go. */
    private static StringBuilder esc(StringBuilder out, CharSequence text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            String entity;
            switch (text.charAt(i)) {
                case '<' -> entity = "&lt;";
                case '>' -> entity = "&gt;";
                case '&' -> entity = "&amp;";
                case '"' -> entity = "&quot;";
                case '\'' -> entity = "&#39;";
                default -> entity = null;
            }
            if (entity != null) {
                out.append(text, run, i).append(entity);
                run = i + 1;
            }
        }
        return out.append(text, run, text.length());
    }

    private static String anchor(String id) {
        return "k-" + id.toLowerCase(Locale.ROOT).replace(':', '-').replace('_', '-');
    }

    private static String date(LocalDate date) {
        return date.getDayOfMonth() + ". " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static String percent(BigDecimal value) {
        return number(value) + NBSP + "%";
    }

    /** At most two decimals, a decimal comma, no-break-space grouping from five digits. */
    private static String number(BigDecimal value) {
        BigDecimal v = value.setScale(Math.min(Math.max(value.scale(), 0), 2), RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        String plain = v.scale() < 0 ? v.setScale(0).abs().toPlainString() : v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder(16);
        if (v.signum() < 0) {
            out.append('\u2212');
        }
        if (whole.length() <= 4) {
            out.append(whole);
        } else {
            int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
            out.append(whole, 0, lead);
            for (int i = lead; i < whole.length(); i += 3) {
                out.append(NBSP).append(whole, i, i + 3);
            }
        }
        if (dot >= 0) {
            out.append(',').append(plain, dot + 1, plain.length());
        }
        return out.toString();
    }

    private static Map<String, String> messages() {
        String name = StandardLayouts.RESOURCE_DIRECTORY + "/messages_nb.properties";
        try (InputStream in = StandardLayouts.class.getClassLoader().getResourceAsStream(name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(reader);
            Map<String, String> words = new HashMap<>();
            p.stringPropertyNames().forEach(k -> words.put(k, p.getProperty(k)));
            return words;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
