package no.kriteriebank.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.MarkupOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.check.RuleSets;
import no.kriteriebank.internal.Sandbox;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.DocumentationDue;
import no.kriteriebank.model.DocumentationRequirement;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.model.Parameter;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;

/**
 * Renders criteria and tenders into tender text: one clause at a time, or whole documents with sections for
 * qualification requirements, specifications, award criteria (with the award model) and contract clauses, and a
 * consolidated list of the documentation the supplier hands in.
 *
 * <p>Build one per bank and share it: it is thread-safe, each criterion text is compiled once (on first use) and
 * kept, the clauses it rendered lately are kept (a bounded number), and the same input always renders the same bytes.
 * Layouts and criterion texts run in a sandbox; user text is escaped for the output format. The data the layouts
 * receive is listed, key by key, in {@code templates/LAYOUTS.md}.
 *
 * <pre>{@code
 * TenderRenderer renderer = TenderRenderer.builder(bank)
 *         .layouts(StandardLayouts.class.getClassLoader(), StandardLayouts.RESOURCE_DIRECTORY)
 *         .build();
 * String html = renderer.render(tender, Format.HTML).text();
 * }</pre>
 */
public final class TenderRenderer {
    private static final java.math.BigDecimal HUNDRED = java.math.BigDecimal.valueOf(100);
    /** How many rendered clauses a renderer keeps: a few hundred tenders' worth, a few MB. */
    private static final int MAX_KEPT_CLAUSES = 2048;
    private final CriteriaBank bank;
    private final Layouts layouts;
    private final Configuration snippetConfig;
    /**
     * Criterion texts compiled on first use and kept for the renderer's life: each is parsed once, never per render,
     * and a renderer that only ever renders a few clauses does not pay for the whole bank. The bank's loader has
     * already parsed every text once, so a broken one never reaches here.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Template> snippets =
            new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * The fast path of each criterion text that only interpolates parameters ({@link ParameterText}), empty for a text
     * that needs FreeMarker; built on first use, like {@link #snippets}.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<ParameterText>> parameterTexts =
            new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Clauses rendered lately, by everything their output depends on: the same criterion revision with the same
     * values, note, language, format and number renders the same bytes, so it is rendered once and kept. Bounded:
     * the least recently used clause goes first.
     */
    private final Map<ClauseKey, ClauseResult> clauses = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ClauseKey, ClauseResult> eldest) {
                    return size() > MAX_KEPT_CLAUSES;
                }
            });
    private final boolean languageFallback;
    private final boolean includeGuidance;
    private final int maxOutputChars;
    private final RenderBudget budget;

    private TenderRenderer(Builder b) {
        this.bank = b.bank;
        this.layouts = new Layouts(b.classLoader, b.directory, b.overrides);
        this.languageFallback = b.languageFallback;
        this.includeGuidance = b.includeGuidance;
        this.maxOutputChars = b.maxOutputChars;
        this.budget = b.budget;
        this.snippetConfig = Sandbox.snippetConfiguration();
        snippetConfig.setObjectWrapper(StrictObjectWrapper.INSTANCE);
    }

    /**
     * {@return a builder for a renderer of the given bank}
     *
     * @param bank the criteria bank
     */
    public static Builder builder(CriteriaBank bank) {
        return new Builder(bank);
    }

    /** {@return the bank this renderer renders from} */
    public CriteriaBank bank() {
        return bank;
    }

    /**
     * Renders a tender in its own language.
     *
     * @param tender the tender
     * @param format the output format
     * @return the rendered document
     */
    public RenderedDocument render(Tender tender, Format format) {
        return render(tender, format, tender.language());
    }

    /**
     * Renders a tender.
     *
     * @param tender the tender
     * @param format the output format
     * @param language the language to render in
     * @return the rendered document
     * @throws RenderException when a criterion is unknown, a text or translation is missing, or a layout fails
     */
    public RenderedDocument render(Tender tender, Format format, Language language) {
        return budget.run(() -> renderWithin(tender, format, language));
    }

    private RenderedDocument renderWithin(Tender tender, Format format, Language language) {
        ValueFormatter values = new ValueFormatter(language);
        EnvironmentView environment = tender.environment() == null ? null : new EnvironmentView(
                environmentHeading(tender, language),
                message(language, "environment." + tender.environment().option().name()),
                tender.environment().justification());
        List<AdditionView> additions = new ArrayList<>();
        tender.additions().forEach(a -> additions.add(new AdditionView(a.title(), Blocks.of(a.text()))));
        Header header = new Header(tender.title(), tender.buyer(), tender.reference(),
                tender.announcementDate() == null ? null : values.date(tender.announcementDate()), tender.cpv(),
                tender.estimatedValue() == null ? null : values.nok(tender.estimatedValue()), environment, additions);
        return document(header, tender.criteria(), tender, language, format);
    }

    /** What a document says before and after its sections: everything that is not a clause. */
    private record Header(String title, String buyer, String reference, String date, List<String> cpv,
            String estimatedValue, EnvironmentView environment, List<AdditionView> additions) {
    }

    /**
     * Renders an ad-hoc clause set, such as a network's standard clauses for one area and level, as a document with
     * the same sections as a tender. Parameters take their defaults unless the selection gives values; a parameter
     * with neither is shown as a fill-in field {@code [label]}.
     *
     * @param title the document title
     * @param criteria the clauses, in order
     * @param language the language to render in
     * @param format the output format
     * @return the rendered document
     */
    public RenderedDocument renderClauses(String title, List<SelectedCriterion> criteria, Language language,
            Format format) {
        return budget.run(() -> renderClausesWithin(title, criteria, language, format));
    }

    private RenderedDocument renderClausesWithin(String title, List<SelectedCriterion> criteria, Language language,
            Format format) {
        Header header = new Header(title, null, null, null, List.of(), null, null, List.of());
        return document(header, criteria, null, language, format);
    }

    /**
     * Renders one clause on its own, for a system to place in its own document.
     *
     * @param selected the criterion and its values
     * @param language the language to render in
     * @param format the output format
     * @return the rendered clause
     */
    public RenderedClause renderClause(SelectedCriterion selected, Language language, Format format) {
        return budget.run(() -> clause(resolve(selected), selected, language, format, null).rendered());
    }

    private BankView bankView(Language language) {
        return new BankView(bank.info().id(), bank.info().version(), bank.info().label(),
                new ValueFormatter(language).date(bank.info().releaseDate()), bank.info().publisher());
    }

    private RenderedDocument document(Header header, List<SelectedCriterion> selection, Tender tender,
            Language language, Format format) {
        Map<CriterionKind, List<Criterion>> byKind = new EnumMap<>(CriterionKind.class);
        Map<CriterionKind, List<SelectedCriterion>> selectedByKind = new EnumMap<>(CriterionKind.class);
        for (SelectedCriterion s : selection) {
            Criterion c = resolve(s);
            byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
            selectedByKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(s);
        }
        List<SectionView> sections = new ArrayList<>();
        List<RenderedSection> rendered = new ArrayList<>();
        Map<DocumentationDue, List<DocumentationRow>> documentation = new EnumMap<>(DocumentationDue.class);
        Map<String, String> titles = new HashMap<>();
        boolean hasAward = tender != null && tender.award() != null && !tender.award().components().isEmpty();
        int sectionNumber = 0;
        for (CriterionKind kind : CriterionKind.values()) {
            List<Criterion> criteria = byKind.get(kind);
            boolean awardSection = kind == CriterionKind.AWARD && hasAward;
            if (criteria == null && !awardSection) {
                continue;
            }
            sectionNumber++;
            List<SectionClauseView> clauses = new ArrayList<>();
            List<RenderedClause> renderedClauses = new ArrayList<>();
            List<Criterion> list = criteria == null ? List.of() : criteria;
            for (int i = 0; i < list.size(); i++) {
                Criterion c = list.get(i);
                SelectedCriterion s = selectedByKind.get(kind).get(i);
                ClauseResult result = clause(c, s, language, format, sectionNumber + "." + (i + 1));
                ClauseView view = result.view();
                RenderedClause rc = result.rendered();
                clauses.add(new SectionClauseView(view, result.markup(), result.outline()));
                renderedClauses.add(rc);
                titles.put(c.id(), rc.title());
                for (DocumentationView d : view.documentation()) {
                    documentation.computeIfAbsent(d.dueCode(), k -> new ArrayList<>())
                            .add(new DocumentationRow(d, c.key(), view.number(), rc.title(), view.anchor()));
                }
            }
            String heading = text(kind.label(), language);
            sections.add(new SectionView(kind.name(), sectionNumber, heading, anchor(kind.name()), clauses,
                    awardSection));
            rendered.add(new RenderedSection(kind.name(), heading, renderedClauses));
        }
        List<DueGroupView> due = new ArrayList<>();
        documentation.forEach((k, rows) -> due.add(new DueGroupView(text(k.label(), language), rows)));
        DocumentView view = new DocumentView(header.title(), language.code(), bankView(language), header.buyer(),
                header.reference(), header.date(), header.cpv(), header.estimatedValue(), header.environment(),
                header.additions(), sections, hasAward ? awardView(tender, language, titles) : null, due);
        Map<String, Object> doc = view.toTemplateData();
        String text = process(layouts.template(format.layout("document")), doc, language);
        return new RenderedDocument(text, format, language, rendered,
                new Outliner(layouts.messages(language), language).outline(doc, sections));
    }

    private AwardView awardView(Tender tender, Language language, Map<String, String> titles) {
        ValueFormatter values = new ValueFormatter(language);
        List<AwardComponentView> components = new ArrayList<>();
        for (AwardComponent c : tender.award().components()) {
            if (c.weight() != null && (c.weight().signum() < 0 || c.weight().compareTo(HUNDRED) > 0)) {
                throw new RenderException("award component '" + c.name() + "' has the weight "
                        + (no.kriteriebank.internal.NumberLimits.within(c.weight()) ? c.weight().toPlainString()
                                : "of a number beyond the limits") + "; a weight must be from 0 to 100 (percent)");
            }
            List<AwardCriterionView> criteria = new ArrayList<>();
            for (String id : c.criteria()) {
                String plain = no.kriteriebank.model.CriterionRef.idOf(id);
                criteria.add(new AwardCriterionView(plain, titles.getOrDefault(plain, plain), anchor(plain)));
            }
            components.add(new AwardComponentView(c.name(), message(language, "category." + c.category().name()),
                    c.weight() == null ? null : values.percent(c.weight()),
                    c.priority() == null ? null : String.valueOf(c.priority()), criteria, c.description()));
        }
        return new AwardView(tender.award().weighting().name(), components,
                values.percent(tender.award().totalWeight()));
    }

    private Criterion resolve(SelectedCriterion s) {
        Objects.requireNonNull(s, "selected criterion");
        java.util.Optional<Criterion> found = bank.find(s.id());
        if (found.isPresent()) {
            return found.get();
        }
        List<Criterion> revisions = bank.revisions(s.criterionId());
        if (revisions.isEmpty()) {
            throw new RenderException("unknown criterion '" + s.criterionId() + "'" + bank.suggest(s.criterionId())
                    .map(x -> " (did you mean " + x + "?)").orElse("") + " in " + bank.info().label());
        }
        return bank.find(s.id()).orElseThrow(() -> {
            String kept = String.join(", ", revisions.stream().map(Criterion::key).toList());
            return new RenderException(s.pinnedRevision().isPresent()
                    ? s.id() + " is pinned to a revision that " + bank.info().label() + " does not keep; it has " + kept
                    : s.id() + " is no longer a current criterion of " + bank.info().label() + "; pin one of " + kept);
        });
    }

    private ClauseView clauseView(Criterion c, SelectedCriterion s, Language language, String number) {
        ClauseText title = localized(c, "title", c.title(), language);
        ClauseText body = body(c, s, language);
        List<Map<String, Object>> blocks = Blocks.of(body.text());
        boolean fallback = title.fallback() || body.fallback();
        List<DocumentationView> documentation = docs(c, language);
        ClauseAwardView award = null;
        if (c.award() != null) {
            ClauseText scale = localized(c, "award.scale", c.award().scale(), language);
            fallback |= scale.fallback();
            ValueFormatter values = new ValueFormatter(language);
            award = new ClauseAwardView(message(language, "scoring." + c.award().scoring().name()),
                    Blocks.of(scale.text()),
                    values.number(c.award().minWeight()) + "\u2013" + values.percent(c.award().maxWeight()));
        }
        List<Map<String, Object>> guidance = null;
        if (includeGuidance && c.guidance() != null) {
            ClauseText text = localized(c, "guidance", c.guidance(), language);
            fallback |= text.fallback();
            guidance = Blocks.of(text.text());
        }
        return new ClauseView(c.id(), c.revision(), c.key(), anchor(c.id()), number, c.kind().name(),
                text(c.level().label(), language), title.text(), blocks, Blocks.plain(blocks),
                s.note() == null ? List.of() : Blocks.of(s.note()), documentation, award, guidance, fallback);
    }

    private List<DocumentationView> docs(Criterion c, Language language) {
        List<DocumentationView> list = new ArrayList<>(c.documentation().size());
        for (int i = 0; i < c.documentation().size(); i++) {
            DocumentationRequirement d = c.documentation().get(i);
            list.add(new DocumentationView(text(d.type().label(), language), d.due(), text(d.due().label(), language),
                    localized(c, "documentation[" + i + "].description", d.description(), language).text(),
                    d.equivalentAccepted()));
        }
        return list;
    }

    private ClauseText body(Criterion c, SelectedCriterion s, Language language) {
        Language used = language;
        boolean fallback = false;
        if (c.text().get(language).isEmpty()) {
            fallback = localized(c, "text", c.text(), language).fallback();
            used = Language.NB;
        }
        ValueFormatter values = new ValueFormatter(used);
        Map<String, Object> model = new HashMap<>();
        for (Parameter p : c.parameters()) {
            String value = s.values().getOrDefault(p.name(), p.defaultValue());
            if (value != null && p.type() != no.kriteriebank.model.ParameterType.TEXT) {
                String v = value;
                no.kriteriebank.internal.ParameterValues.problem(p, value).ifPresent(problem -> {
                    throw new RenderException(c.key() + ": the value of " + p.name() + " "
                            + problem.replace("'" + v + "'", "'" + no.kriteriebank.internal.ControlCharacters
                                    .escape(v) + "'") + "; correct it in the tender (kriteriebank check lists it)");
                });
            }
            model.put(p.name(), value == null ? "[" + text(p.label(), used) + "]" : values.parameter(p, value));
        }
        return new ClauseText(criterionText(c, used, model), fallback);
    }

    /**
     * A criterion text with the values in: without a template pass when the text only interpolates them (the same
     * bytes, see {@link ParameterText}), else through its compiled template.
     */
    String criterionText(Criterion c, Language language, Map<String, Object> model) {
        ParameterText fast = parameterTexts.computeIfAbsent(snippetKey(c, language),
                k -> java.util.Optional.ofNullable(ParameterText.compile(c.text().get(language).orElseThrow())))
                .orElse(null);
        if (fast != null) {
            String text = fast.fill(model);
            if (text != null && text.length() <= maxOutputChars) {
                return no.kriteriebank.internal.ControlCharacters.replace(text);
            }
        }
        return criterionTextByTemplate(c, language, model);
    }

    /** A criterion text with the values in, always through its compiled template. */
    String criterionTextByTemplate(Criterion c, Language language, Map<String, Object> model) {
        return process(snippet(c, language), model, language);
    }

    /**
     * A criterion's text with each parameter replaced by what {@code slot} gives for it, as it is (not formatted or
     * checked as a value): the site marks where each value stands, to show it in a field of its own. Bokmål stands in
     * for a missing translation.
     */
    String textWithSlots(Criterion c, Language language, java.util.function.Function<Parameter, String> slot) {
        Language used = c.text().has(language) ? language : Language.NB;
        Map<String, Object> model = new HashMap<>();
        for (Parameter p : c.parameters()) {
            model.put(p.name(), slot.apply(p));
        }
        return process(snippet(c, used), model, used);
    }

    private ClauseText localized(Criterion c, String field, LocalizedText text, Language language) {
        if (text.has(language)) {
            return new ClauseText(text.get(language).orElseThrow(), false);
        }
        if (!languageFallback) {
            throw new RenderException(c.key() + " has no " + language.code() + " text for " + field
                    + "; render in another language, or allow falling back to bokmål");
        }
        return new ClauseText(text.nb(), true);
    }

    private static String text(LocalizedText text, Language language) {
        return text.get(language).orElse(text.nb());
    }

    /**
     * The heading of the climate section: with the provision the rule is written in when the law data confirms it
     * for the tender's regime and date ({@code Klima- og miljøhensyn (anskaffelsesforskriften § 7-9)}), without one
     * when the tender gives no date or the citation is unconfirmed, since the text goes to suppliers.
     */
    private String environmentHeading(Tender tender, Language language) {
        return RuleSets.standard().forTender(tender)
                .filter(r -> r.citation().confirmed())
                .map(r -> message(language, "doc.environmentCited").replace("{0}", text(r.citation().text(), language)))
                .orElseGet(() -> message(language, "doc.environment"));
    }

    private String message(Language language, String key) {
        String value = layouts.messages(language).get(key);
        if (value == null) {
            throw new RenderException("messages_" + language.code() + ".properties has no " + key);
        }
        return value;
    }

    /** What a clause's output depends on, besides the renderer's bank, layouts and settings. */
    private record ClauseKey(String criterion, Map<String, String> values, String note, Language language,
            Format format, String number) {
    }

    /**
     * A rendered clause: its view, its output, the output as markup of the format for the document, and its part of
     * the document outline.
     */
    private record ClauseResult(ClauseView view, RenderedClause rendered, Object markup,
            List<no.kriteriebank.render.outline.Block> outline) {
    }

    private ClauseResult clause(Criterion c, SelectedCriterion s, Language language, Format format, String number) {
        ClauseKey key = new ClauseKey(c.key(), s.values(), s.note(), language, format, number);
        ClauseResult kept = clauses.get(key);
        if (kept == null) {
            ClauseView view = clauseView(c, s, language, number);
            RenderedClause rendered = clause(view, language, format);
            kept = new ClauseResult(view, rendered, markup(format, rendered.text().strip()),
                    List.copyOf(new Outliner(layouts.messages(language), language).clause(view.toTemplateData())));
            clauses.put(key, kept);
        }
        return kept;
    }

    private RenderedClause clause(ClauseView view, Language language, Format format) {
        Map<String, Object> root = new HashMap<>();
        root.put("clause", view.toTemplateData());
        String text = process(layouts.template(format.layout("clause")), root, language);
        return new RenderedClause(view.id(), view.revision(), view.kind(), view.title(), text, view.plain(),
                view.fallback());
    }

    private static Object markup(Format format, String text) {
        try {
            if (format == Format.HTML) {
                return HTMLOutputFormat.INSTANCE.fromMarkup(text);
            }
            if (format == Format.MARKDOWN) {
                return ((MarkupOutputFormat<?>) MarkdownOutputFormat.INSTANCE).fromMarkup(text);
            }
        } catch (freemarker.template.TemplateModelException e) {
            throw new RenderException("cannot embed a rendered clause: " + e.getMessage(), e);
        }
        return text;
    }

    private String process(Template template, Map<String, Object> model, Language language) {
        return layouts.process(template, model, language, maxOutputChars);
    }

    private Template snippet(Criterion c, Language language) {
        String text = c.text().get(language).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            return snippets.computeIfAbsent(snippetKey(c, language),
                    k -> Sandbox.parseSnippet(snippetConfig, c.key() + " text." + language.code(), text));
        } catch (Sandbox.SnippetException e) {
            throw new RenderException(c.key() + " text." + language.code() + ": " + e.getMessage(), e);
        }
    }

    private static String snippetKey(Criterion c, Language language) {
        return c.key() + "/" + language.code();
    }

    private static String anchor(String id) {
        return "k-" + id.toLowerCase(java.util.Locale.ROOT).replace(':', '-').replace('_', '-');
    }

    /** Configures a {@link TenderRenderer}. */
    public static final class Builder {
        private final CriteriaBank bank;
        private ClassLoader classLoader;
        private String directory;
        private Path overrides;
        private boolean languageFallback;
        private boolean includeGuidance;
        private int maxOutputChars = 10_000_000;
        private RenderBudget budget = RenderBudget.DEFAULT;

        private Builder(CriteriaBank bank) {
            this.bank = Objects.requireNonNull(bank, "bank");
        }

        /**
         * Where the standard layouts lie on the classpath (required).
         *
         * @param classLoader the class loader to read them from
         * @param directory the resource directory
         * @return this builder
         */
        public Builder layouts(ClassLoader classLoader, String directory) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            this.directory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * A network's directory of layouts and {@code messages_*.properties}, looked up before the standard ones.
         * Templates there run in the same sandbox and cannot include files outside the layout directories.
         *
         * @param directory the override directory
         * @return this builder
         */
        public Builder overrides(Path directory) {
            this.overrides = directory;
            return this;
        }

        /**
         * Whether a missing translation falls back to bokmål, marked in the output (default: it is an error).
         *
         * @param fallback whether to fall back to bokmål
         * @return this builder
         */
        public Builder languageFallback(boolean fallback) {
            this.languageFallback = fallback;
            return this;
        }

        /**
         * Whether clauses include the buyer guidance (for standard clause sets; default: no).
         *
         * @param include whether to include guidance
         * @return this builder
         */
        public Builder includeGuidance(boolean include) {
            this.includeGuidance = include;
            return this;
        }

        /**
         * The most characters one rendering may produce (default 10 million).
         *
         * @param max the limit
         * @return this builder
         * @throws IllegalArgumentException when {@code max} is less than 1
         */
        public Builder maxOutputChars(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxOutputChars must be positive");
            }
            this.maxOutputChars = max;
            return this;
        }

        /**
         * The time and memory one rendering (a document, a clause set or a clause) may use (default 10 seconds and
         * 1 GiB allocated). A rendering over budget ends in a {@link RenderException}.
         *
         * @param time the longest one rendering may take
         * @param memoryBytes the most bytes one rendering may allocate in all
         * @return this builder
         * @throws IllegalArgumentException when either is not positive
         */
        public Builder budget(java.time.Duration time, long memoryBytes) {
            if (time == null || time.isNegative() || time.isZero() || memoryBytes < 1) {
                throw new IllegalArgumentException("the budget must be positive");
            }
            this.budget = new RenderBudget(time, memoryBytes);
            return this;
        }

        /**
         * The renderer. Layouts and messages are loaded now; criterion texts are compiled on first use.
         *
         * @return the renderer
         * @throws RenderException when the layouts or messages cannot be loaded
         * @throws IllegalStateException when {@link #layouts(ClassLoader, String)} was not called
         */
        public TenderRenderer build() {
            if (classLoader == null) {
                throw new IllegalStateException("layouts(classLoader, directory) is required");
            }
            return new TenderRenderer(this);
        }
    }
}
