package no.kriteriebank.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.check.RuleSets;
import no.kriteriebank.model.Language;
import no.kriteriebank.report.ClimateReport;

/**
 * Publishes a criteria bank as a static website, a "Kriterieveiviser" that a network can put on any web server,
 * intranet or file share: a start page per language, a page per area with filters, a page per criterion with the
 * clause as fill-in fields, guidance, documentation and revisions, a search that works offline, a selection that
 * downloads a tender file, and pages for the rule sets and the release notes.
 *
 * <p>The site has no server code and makes no third-party requests; links are relative, so it works from a file
 * system, a sub-path or a web server. Pages come from FreeMarker layouts that a network can override like the
 * document layouts, in the same sandbox. The same bank always gives the same files, byte for byte.
 *
 * <pre>{@code
 * SiteGenerator site = StandardLayouts.site(bank).network(networkBank).build();
 * site.write(Path.of("public"));
 * }</pre>
 */
public final class SiteGenerator {
    private final SitePages pages;
    private final Layouts layouts;
    private final ClassLoader assetLoader;
    private final String assetDirectory;
    private final Path overrides;

    private SiteGenerator(Builder b) {
        this.layouts = new Layouts(b.classLoader, b.directory, b.overrides);
        this.assetLoader = b.classLoader;
        this.assetDirectory = b.directory;
        this.overrides = b.overrides;
        this.pages = new SitePages(b.bank, b.renderer, b.networks, b.ruleSets, b.baseUrl, layouts, b.report);
    }

    /**
     * {@return a builder for a site of the given bank}
     *
     * @param bank the bank to publish, with any networks' criteria already on top ({@link CriteriaBank#withOverlay})
     * @param renderer the renderer that writes the clause texts (its layouts are not used, only its criterion texts)
     */
    public static Builder builder(CriteriaBank bank, TenderRenderer renderer) {
        return new Builder(bank, renderer);
    }

    /**
     * Every file of the site, by its path relative to the site's root ({@code nb/index.html},
     * {@code assets/site.css}, ...), in path order.
     *
     * @return the files' contents
     * @throws RenderException when a layout fails or a criterion cannot be rendered
     */
    public SortedMap<String, byte[]> files() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (SitePages.Page page : pages.all()) {
            files.put(page.path(), process(page.layout(), page.model(), page.language())
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, String> data : pages.data().entrySet()) {
            files.put(data.getKey(), data.getValue().getBytes(StandardCharsets.UTF_8));
        }
        for (String asset : SitePages.ASSETS) {
            files.put("assets/" + asset, asset(asset));
        }
        return Collections.unmodifiableSortedMap(files);
    }

    /**
     * Writes the site into a directory, creating it when needed. Each file is written to a temporary file and moved
     * into place, so a reader never sees half a page; files of an earlier site that the new one does not have are left
     * alone.
     *
     * @param directory the site's root directory
     * @return the files written, relative to {@code directory}, in path order
     * @throws UncheckedIOException when a file cannot be written
     * @throws RenderException when a layout fails or a criterion cannot be rendered
     */
    public List<String> write(Path directory) {
        SortedMap<String, byte[]> files = files();
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = directory.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), ".kriteriebank-", ".tmp");
                try {
                    Files.write(tmp, file.getValue());
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + directory + ": " + e.getMessage(), e);
        }
        return List.copyOf(files.keySet());
    }

    /**
     * The Miljødirektoratet report as one self-contained HTML page (styles inline, no scripts, no links to other
     * pages): the headline figures, and charts drawn as inline SVG, each followed by a table with its numbers for
     * screen readers. The histogram of climate weights marks the minimum weight of the rule set in force at the
     * report's end date (or today's rule set when the report has no end).
     *
     * @param report the report
     * @param language the language of the page
     * @return the page
     * @throws RenderException when the layout fails
     */
    public String report(ClimateReport report, Language language) {
        Map<String, Object> model = new HashMap<>(pages.reportModel(report, language));
        model.put("standalone", true);
        model.put("inlineCss", new String(asset("site.css"), StandardCharsets.UTF_8));
        return process("site-report.html.ftlh", model, language);
    }

    private byte[] asset(String name) {
        try {
            if (overrides != null && Files.isRegularFile(overrides.resolve(name))) {
                return Files.readAllBytes(overrides.resolve(name));
            }
            try (InputStream in = assetLoader.getResourceAsStream(assetDirectory + "/" + name)) {
                if (in == null) {
                    throw new RenderException("no site asset " + name + " in the layout directories");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new RenderException("cannot read the site asset " + name + ": " + e.getMessage(), e);
        }
    }

    /** One page, within the same time and memory budget as a document: a network's site layouts are untrusted. */
    private String process(String layout, Map<String, Object> model, Language language) {
        return RenderBudget.DEFAULT.run(() -> layouts.process(layouts.template(layout), model, language, 10_000_000));
    }

    /** Configures a {@link SiteGenerator}. */
    public static final class Builder {
        private final CriteriaBank bank;
        private final TenderRenderer renderer;
        private final Map<String, CriteriaBank> networks = new LinkedHashMap<>();
        private ClassLoader classLoader;
        private String directory;
        private Path overrides;
        private RuleSets ruleSets = RuleSets.standard();
        private String baseUrl;
        private ClimateReport report;

        private Builder(CriteriaBank bank, TenderRenderer renderer) {
            this.bank = Objects.requireNonNull(bank, "bank");
            this.renderer = Objects.requireNonNull(renderer, "renderer");
        }

        /**
         * Where the standard site layouts, their {@code messages_*.properties} and assets lie on the classpath
         * (required).
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
         * A network's directory of site layouts, {@code messages_*.properties} and assets ({@code site.css},
         * {@code site.js}), looked up before the standard ones, in the same sandbox as document layouts.
         *
         * @param directory the override directory, or null for none
         * @return this builder
         */
        public Builder overrides(Path directory) {
            this.overrides = directory;
            return this;
        }

        /**
         * Marks the criteria of a network's bank as the network's, with its name. The bank given to
         * {@link SiteGenerator#builder} must already hold them.
         *
         * @param network the network's own bank, as loaded
         * @return this builder
         */
        public Builder network(CriteriaBank network) {
            Objects.requireNonNull(network, "network");
            network.criteria().forEach(c -> networks.put(c.id(), network));
            network.history().forEach(c -> networks.put(c.id(), network));
            return this;
        }

        /**
         * The rule sets shown on the site's rule pages (default: {@link RuleSets#standard()}).
         *
         * @param ruleSets the rule sets
         * @return this builder
         */
        public Builder ruleSets(RuleSets ruleSets) {
            this.ruleSets = Objects.requireNonNull(ruleSets, "ruleSets");
            return this;
        }

        /**
         * The address the site will be published at, such as {@code https://innkjop.example.no/kriterier/}. Only used
         * for canonical links and the sitemap; every link between pages stays relative.
         *
         * @param baseUrl an absolute http(s) URL, or null for none
         * @return this builder
         * @throws IllegalArgumentException when the URL is not an absolute http(s) URL
         */
        public Builder baseUrl(String baseUrl) {
            if (baseUrl != null && !baseUrl.matches("https?://[^\\s\"<>]+")) {
                throw new IllegalArgumentException("the base URL must be an absolute http(s) URL, not '" + baseUrl
                        + "'");
            }
            this.baseUrl = baseUrl == null ? null : baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
            return this;
        }

        /**
         * Adds a page with a climate report ({@code report.html} in each language, linked from the menu), such as
         * the report over the network's own tenders.
         *
         * @param report the report, or null for none
         * @return this builder
         */
        public Builder report(ClimateReport report) {
            this.report = report;
            return this;
        }

        /**
         * The site generator.
         *
         * @return the generator
         * @throws RenderException when the layouts or messages cannot be loaded
         * @throws IllegalStateException when {@link #layouts(ClassLoader, String)} was not called
         */
        public SiteGenerator build() {
            if (classLoader == null) {
                throw new IllegalStateException("layouts(classLoader, directory) is required");
            }
            return new SiteGenerator(this);
        }
    }
}
