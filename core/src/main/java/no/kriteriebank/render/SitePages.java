package no.kriteriebank.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import no.kriteriebank.bank.BankDiff;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.check.Law;
import no.kriteriebank.check.RuleNote;
import no.kriteriebank.check.RuleSet;
import no.kriteriebank.check.RuleSets;
import no.kriteriebank.internal.Mappers;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.CriterionStatus;
import no.kriteriebank.model.DocumentationRequirement;
import no.kriteriebank.model.EnvironmentalImpact;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.model.Reference;
import no.kriteriebank.report.ClimateReport;
import no.kriteriebank.tender.SelectedCriterion;
import tools.jackson.databind.SerializationFeature;

/**
 * The pages of a published bank as template data (maps, lists and strings only, as the sandbox requires), and the
 * site's data files: the search and selection index per language and the sitemap.
 */
final class SitePages {
    /** Static files every site carries, from the layout directories. */
    static final List<String> ASSETS = List.of("site.css", "site.js");

    /** Parameter placeholders in a clause: a private-use character, the name, another private-use character. */
    private static final char SLOT_START = '\uE000';
    private static final char SLOT_END = '\uE001';

    /** One page: where it goes, the layout that writes it, its data and its language. */
    record Page(String path, String layout, Map<String, Object> model, Language language) {
    }

    private final CriteriaBank bank;
    private final TenderRenderer renderer;
    private final Map<String, CriteriaBank> networks;
    private final RuleSets ruleSets;
    private final String baseUrl;
    private final Layouts layouts;
    private final ClimateReport report;

    SitePages(CriteriaBank bank, TenderRenderer renderer, Map<String, CriteriaBank> networks, RuleSets ruleSets,
            String baseUrl, Layouts layouts, ClimateReport report) {
        this.bank = bank;
        this.renderer = renderer;
        this.networks = Map.copyOf(networks);
        this.ruleSets = ruleSets;
        this.baseUrl = baseUrl;
        this.layouts = layouts;
        this.report = report;
    }

    /** Every HTML page, in a fixed order. */
    List<Page> all() {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("index.html", "site-root.html.ftlh", root(), Language.NB));
        for (Language language : Language.values()) {
            pages.add(page(language, "index.html", "site-index.html.ftlh", "home", start(language)));
            for (Area area : areas()) {
                pages.add(page(language, areaFile(area), "site-area.html.ftlh", "area-" + slug(area),
                        area(area, language)));
            }
            for (Criterion c : bank.criteria()) {
                pages.add(page(language, criterionFile(c.id()), "site-criterion.html.ftlh", "criterion",
                        criterion(c, language)));
            }
            pages.add(page(language, "search.html", "site-search.html.ftlh", "search", Map.of()));
            pages.add(page(language, "selection.html", "site-selection.html.ftlh", "selection",
                    Map.of("bankId", bank.info().id(), "bankVersion", bank.info().version())));
            pages.add(page(language, "rules.html", "site-rules.html.ftlh", "rules", rules(language)));
            for (RuleSet r : ruleSets.all()) {
                pages.add(page(language, "rules-" + r.id() + ".html", "site-ruleset.html.ftlh", "rules",
                        Map.of("ruleSet", ruleSet(r, language))));
            }
            pages.add(page(language, "releases.html", "site-releases.html.ftlh", "releases", releases(language)));
            if (report != null) {
                Map<String, Object> model = new LinkedHashMap<>(reportModel(report, language));
                model.put("standalone", false);
                pages.add(page(language, "report.html", "site-report.html.ftlh", "report", model));
            }
        }
        return pages;
    }

    /** The data files: the search and selection index per language (as JSON and as a script) and the sitemap. */
    Map<String, String> data() {
        Map<String, String> files = new TreeMap<>();
        for (Language language : Language.values()) {
            List<Map<String, Object>> entries = new ArrayList<>();
            for (Criterion c : bank.criteria()) {
                entries.add(indexEntry(c, language));
            }
            String json = Mappers.json().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(entries);
            files.put(language.code() + "/index.json", json + "\n");
            // A script, not a fetch: browsers refuse fetch() from file://, and the site must work from a file share.
            files.put("assets/index-" + language.code() + ".js",
                    "window.KRITERIEBANK_INDEX = " + json.replace("</", "<\\/") + ";\n");
        }
        if (baseUrl != null) {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (Page p : all()) {
                xml.append("  <url><loc>").append(xmlEscape(baseUrl + p.path())).append("</loc></url>\n");
            }
            files.put("sitemap.xml", xml.append("</urlset>\n").toString());
        }
        return files;
    }

    private Page page(Language language, String file, String layout, String id, Map<String, Object> specific) {
        Map<String, Object> model = new LinkedHashMap<>(common(language, file, id));
        model.putAll(specific);
        return new Page(language.code() + "/" + file, layout, model, language);
    }

    private Map<String, Object> common(Language language, String file, String id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("language", language.code());
        m.put("pageId", id);
        m.put("file", file);
        List<Map<String, Object>> translations = new ArrayList<>();
        for (Language other : Language.values()) {
            translations.add(Map.of("language", other.code(), "current", other == language,
                    "name", layouts.messages(other).get("site.language.name"),
                    "href", "../" + other.code() + "/" + file));
        }
        m.put("translations", translations);
        m.put("bank", bankInfo(language));
        List<Map<String, Object>> nav = new ArrayList<>();
        for (Area area : areas()) {
            nav.add(Map.of("id", "area-" + slug(area), "label", text(area.label(), language), "href", areaFile(area),
                    "count", String.valueOf(bank.query().area(area).includeDeprecated().list().size())));
        }
        m.put("areas", nav);
        m.put("hasReport", report != null);
        if (baseUrl != null) {
            m.put("canonical", baseUrl + language.code() + "/" + file);
        }
        return m;
    }

    private Map<String, Object> root() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("language", "nb");
        m.put("bank", bankInfo(Language.NB));
        List<Map<String, Object>> languages = new ArrayList<>();
        for (Language l : Language.values()) {
            Map<String, String> words = layouts.messages(l);
            languages.add(Map.of("language", l.code(), "name", words.get("site.language.name"),
                    "title", text(bank.info().title(), l), "enter", words.get("site.root.enter"),
                    "href", l.code() + "/index.html"));
        }
        m.put("languages", languages);
        if (baseUrl != null) {
            m.put("canonical", baseUrl + "index.html");
        }
        return m;
    }

    private Map<String, Object> bankInfo(Language language) {
        ValueFormatter values = new ValueFormatter(language);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", bank.info().id());
        info.put("version", bank.info().version());
        info.put("label", bank.info().label());
        info.put("title", text(bank.info().title(), language));
        info.put("publisher", bank.info().publisher());
        info.put("releaseDate", values.date(bank.info().releaseDate()));
        info.put("size", String.valueOf(bank.size()));
        List<String> names = new ArrayList<>();
        networks.values().stream().distinct().forEach(n -> names.add(networkName(n, language)));
        info.put("networks", names);
        return info;
    }

    private Map<String, Object> start(Language language) {
        List<Map<String, Object>> areas = new ArrayList<>();
        for (Area area : areas()) {
            List<Criterion> of = bank.query().area(area).includeDeprecated().list();
            List<Map<String, Object>> kinds = new ArrayList<>();
            for (CriterionKind kind : CriterionKind.values()) {
                long n = of.stream().filter(c -> c.kind() == kind).count();
                if (n > 0) {
                    kinds.add(Map.of("label", text(kind.label(), language), "count", String.valueOf(n)));
                }
            }
            areas.add(Map.of("label", text(area.label(), language), "href", areaFile(area),
                    "count", String.valueOf(of.size()), "kinds", kinds));
        }
        return Map.of("overview", areas);
    }

    private Map<String, Object> area(Area area, Language language) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("area", text(area.label(), language));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Criterion c : bank.query().area(area).includeDeprecated().list()) {
            rows.add(summary(c, language));
        }
        m.put("criteria", rows);
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (CriterionKind k : CriterionKind.values()) {
            kinds.add(Map.of("code", k.name(), "label", text(k.label(), language)));
        }
        m.put("kinds", kinds);
        List<Map<String, Object>> levels = new ArrayList<>();
        for (AmbitionLevel l : AmbitionLevel.values()) {
            levels.add(Map.of("code", l.name(), "label", text(l.label(), language)));
        }
        m.put("levels", levels);
        return m;
    }

    private Map<String, Object> summary(Criterion c, Language language) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.id());
        row.put("key", c.key());
        row.put("title", title(c, language));
        row.put("kind", c.kind().name());
        row.put("kindLabel", text(c.kind().label(), language));
        row.put("level", c.level().name());
        row.put("levelLabel", text(c.level().label(), language));
        row.put("cpv", c.cpv());
        row.put("href", criterionFile(c.id()));
        row.put("active", c.isActive());
        CriteriaBank network = networks.get(c.id());
        if (network != null) {
            row.put("network", networkName(network, language));
        }
        return row;
    }

    private Map<String, Object> criterion(Criterion c, Language language) {
        Map<String, Object> m = new LinkedHashMap<>(summary(c, language));
        ValueFormatter values = new ValueFormatter(language);
        m.put("revision", String.valueOf(c.revision()));
        m.put("areaLabel", text(c.area().label(), language));
        m.put("areaHref", areaFile(c.area()));
        m.put("role", layouts.messages(language).get("site.role." + c.kind().name()));
        if (c.status() == CriterionStatus.DEPRECATED) {
            m.put("deprecated", true);
            if (c.supersededBy() != null) {
                m.put("supersededBy", Map.of("id", c.supersededBy(), "href", criterionFile(c.supersededBy())));
            }
        }
        if (c.since() != null) {
            m.put("since", c.since());
        }
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (Parameter p : c.parameters()) {
            parameters.add(parameter(p, language, values));
        }
        m.put("parameters", parameters);
        m.put("body", body(c, language));
        m.put("bodyFallback", !c.text().has(language));
        if (c.guidance() != null) {
            m.put("guidance", Blocks.of(c.guidance().get(language).orElse(c.guidance().nb())));
            m.put("guidanceFallback", !c.guidance().has(language));
        }
        List<Map<String, Object>> docs = new ArrayList<>();
        for (DocumentationRequirement d : c.documentation()) {
            docs.add(Map.of("type", text(d.type().label(), language), "due", text(d.due().label(), language),
                    "text", text(d.description(), language), "equivalent", d.equivalentAccepted()));
        }
        m.put("documentation", docs);
        if (c.award() != null) {
            m.put("award", Map.of("scoring", text(c.award().scoring().label(), language),
                    "explanation", text(c.award().scoring().explanation(), language),
                    "scale", Blocks.of(text(c.award().scale(), language)),
                    "weightRange", values.number(c.award().minWeight()) + "\u2013"
                            + values.percent(c.award().maxWeight())));
        }
        List<String> impacts = new ArrayList<>();
        for (EnvironmentalImpact i : c.environmentalImpacts()) {
            impacts.add(text(i.label(), language));
        }
        m.put("impacts", impacts);
        if (c.scope3Category() != null) {
            m.put("scope3", String.valueOf(c.scope3Category()));
        }
        List<Map<String, Object>> references = new ArrayList<>();
        for (Reference r : c.references()) {
            references.add(Map.of("title", r.title(), "url", r.url()));
        }
        m.put("references", references);
        m.put("revisions", revisions(c, language));
        return m;
    }

    private Map<String, Object> parameter(Parameter p, Language language, ValueFormatter values) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("type", p.type().name());
        m.put("label", text(p.label(), language));
        if (p.unit() != null) {
            m.put("unit", text(p.unit(), language));
        }
        if (p.min() != null) {
            m.put("min", p.min().toPlainString());
        }
        if (p.max() != null) {
            m.put("max", p.max().toPlainString());
        }
        if (p.defaultValue() != null) {
            m.put("default", p.defaultValue());
            m.put("shown", values.parameter(p, p.defaultValue()));
        } else {
            m.put("shown", "[" + text(p.label(), language) + "]");
        }
        List<Map<String, Object>> choices = new ArrayList<>();
        p.choices().forEach(ch -> choices.add(Map.of("value", ch.value(), "label", text(ch.label(), language))));
        m.put("choices", choices);
        return m;
    }

    /**
     * The clause text as blocks whose texts are split into literal runs and parameter slots, so the page can show
     * each value in its own element and fill in what the reader types.
     */
    private List<Map<String, Object>> body(Criterion c, Language language) {
        String text = renderer.textWithSlots(c, language, p -> SLOT_START + p.name() + SLOT_END);
        ValueFormatter values = new ValueFormatter(language);
        Map<String, String> shown = new LinkedHashMap<>();
        for (Parameter p : c.parameters()) {
            shown.put(p.name(), p.defaultValue() == null ? "[" + text(p.label(), language) + "]"
                    : values.parameter(p, p.defaultValue()));
        }
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (Map<String, Object> b : Blocks.of(text)) {
            if ("p".equals(b.get("type"))) {
                blocks.add(Map.of("type", "p", "segments", segments((String) b.get("text"), shown)));
            } else {
                List<Object> items = new ArrayList<>();
                for (Object item : (List<?>) b.get("items")) {
                    items.add(segments((String) item, shown));
                }
                blocks.add(Map.of("type", "ul", "items", items));
            }
        }
        return blocks;
    }

    private static List<Map<String, Object>> segments(String text, Map<String, String> shown) {
        List<Map<String, Object>> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int start = text.indexOf(SLOT_START, at);
            int end = start < 0 ? -1 : text.indexOf(SLOT_END, start);
            if (start < 0 || end < 0) {
                out.add(Map.of("text", text.substring(at)));
                break;
            }
            if (start > at) {
                out.add(Map.of("text", text.substring(at, start)));
            }
            String name = text.substring(start + 1, end);
            out.add(Map.of("param", name, "text", shown.getOrDefault(name, name)));
            at = end + 1;
        }
        return out;
    }

    private List<Map<String, Object>> revisions(Criterion c, Language language) {
        List<Criterion> all = bank.revisions(c.id());
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            Criterion r = all.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", r.key());
            m.put("revision", String.valueOf(r.revision()));
            m.put("since", r.since() == null ? "" : r.since());
            m.put("current", r.revision() == c.revision());
            List<String> fields = new ArrayList<>();
            if (i > 0) {
                CriteriaBank before = CriteriaBank.of(bank.info(), List.of(all.get(i - 1)));
                CriteriaBank after = CriteriaBank.of(bank.info(), List.of(r));
                BankDiff.between(before, after).changes().forEach(ch -> fields.addAll(ch.fields()));
            }
            m.put("changed", fields);
            m.put("first", i == 0);
            out.add(m);
        }
        return out;
    }

    private Map<String, Object> rules(Language language) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (RuleSet r : ruleSets.all()) {
            list.add(ruleSet(r, language));
        }
        return Map.of("ruleSets", list);
    }

    private Map<String, Object> ruleSet(RuleSet r, Language language) {
        ValueFormatter values = new ValueFormatter(language);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("title", text(r.citation().text(), language));
        m.put("citationConfirmed", r.citation().confirmed());
        m.put("citationSource", r.citation().source());
        m.put("citationSourceIsUrl", r.citation().source().matches("https?://\\S+"));
        m.put("regime", text(r.regime().label(), language));
        m.put("href", "rules-" + r.id() + ".html");
        m.put("validFrom", values.date(r.validFrom()));
        if (r.validTo() != null) {
            m.put("validTo", values.date(r.validTo()));
        }
        m.put("inForce", r.appliesOn(bank.info().releaseDate()));
        BigDecimal min = r.parameters().minimumEnvironmentWeight();
        if (min != null) {
            m.put("minimumWeight", values.percent(min));
            m.put("minimumWeightConfirmed", r.isConfirmed("minimumEnvironmentWeight"));
        }
        m.put("highestPriority", String.valueOf(r.parameters().highestEnvironmentPriority()));
        m.put("highestPriorityConfirmed", r.isConfirmed("highestEnvironmentPriority"));
        List<String> options = new ArrayList<>();
        r.parameters().options().forEach(o -> options.add(Law.standard().option(o).eformsCode()));
        m.put("options", options);
        List<Map<String, Object>> notes = new ArrayList<>();
        for (RuleNote n : r.notes()) {
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("point", n.point());
            note.put("confirmed", n.status() == RuleNote.Status.CONFIRMED);
            note.put("text", n.text());
            if (n.source() != null) {
                note.put("source", n.source());
                note.put("sourceIsUrl", n.source().matches("https?://\\S+"));
            }
            notes.add(note);
        }
        m.put("notes", notes);
        return m;
    }

    private Map<String, Object> releases(Language language) {
        Map<String, List<Map<String, Object>>> added = new TreeMap<>(java.util.Comparator.reverseOrder());
        List<Map<String, Object>> revised = new ArrayList<>();
        for (Criterion c : bank.criteria()) {
            List<Criterion> all = bank.revisions(c.id());
            String first = all.get(0).since() == null ? bank.info().version() : all.get(0).since();
            added.computeIfAbsent(first, k -> new ArrayList<>()).add(summary(c, language));
            if (all.size() > 1) {
                Map<String, Object> r = new LinkedHashMap<>(summary(c, language));
                r.put("revisions", revisions(c, language));
                revised.add(r);
            }
        }
        List<Map<String, Object>> versions = new ArrayList<>();
        added.forEach((version, list) -> versions.add(Map.of("version", version, "criteria", list,
                "count", String.valueOf(list.size()))));
        return Map.of("versions", versions, "revised", revised);
    }

    /** The report page's data; the minimum weight line comes from the rule set in force at the report's end. */
    Map<String, Object> reportModel(ClimateReport r, Language language) {
        java.time.LocalDate day = r.to() != null ? r.to() : bank.info().releaseDate();
        BigDecimal minimum = ruleSets.on(day).map(rs -> rs.parameters().minimumEnvironmentWeight()).orElse(null);
        Map<String, Object> m = new LinkedHashMap<>(
                new ReportPage(layouts.messages(language), language).model(r, minimum));
        if (!m.containsKey("language")) {
            m.put("language", language.code());
        }
        return m;
    }

    /** A criterion in the search and selection index: its summary, area, searchable words and parameters. */
    private Map<String, Object> indexEntry(Criterion c, Language language) {
        Map<String, Object> e = new LinkedHashMap<>(summary(c, language));
        e.put("area", text(c.area().label(), language));
        // The clause as printed with its defaults, so a search finds "50 %" and never "${zeroEmissionShare}".
        StringBuilder words = new StringBuilder(title(c, language)).append(' ').append(renderer.renderClause(
                SelectedCriterion.of(c.key()), c.text().has(language) ? language : Language.NB, Format.TEXT)
                .plainText());
        if (c.guidance() != null) {
            words.append(' ').append(text(c.guidance(), language));
        }
        e.put("words", words.toString().toLowerCase(Locale.ROOT));
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (Parameter p : c.parameters()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", p.name());
            pm.put("label", text(p.label(), language));
            if (p.defaultValue() != null) {
                pm.put("default", p.defaultValue());
            }
            parameters.add(pm);
        }
        e.put("parameters", parameters);
        return e;
    }

    private List<Area> areas() {
        return java.util.Arrays.stream(Area.values())
                .filter(a -> !bank.query().area(a).includeDeprecated().list().isEmpty()).toList();
    }

    private static String title(Criterion c, Language language) {
        return text(c.title(), language);
    }

    private static String networkName(CriteriaBank network, Language language) {
        LocalizedText title = network.info().title();
        return title == null ? network.info().publisher() : text(title, language);
    }

    static String areaFile(Area area) {
        return "area-" + slug(area) + ".html";
    }

    static String criterionFile(String id) {
        return "criterion-" + id.toLowerCase(Locale.ROOT).replace(':', '-') + ".html";
    }

    private static String slug(Area area) {
        return area.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String text(LocalizedText text, Language language) {
        return text == null ? "" : text.get(language).orElse(text.nb());
    }

    private static String xmlEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
