package no.kriteriebank.templates;

import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.render.SiteGenerator;
import no.kriteriebank.render.TenderRenderer;

/**
 * The standard document layouts (plain text, Markdown, HTML) and their fixed words in bokmål, nynorsk and English.
 *
 * <pre>{@code
 * TenderRenderer renderer = StandardLayouts.renderer(StandardBank.load()).build();
 * }</pre>
 */
public final class StandardLayouts {
    /** Where the layouts lie on the classpath. */
    public static final String RESOURCE_DIRECTORY = "no/kriteriebank/templates/layouts";
    /** Where the layouts, fixed words and assets of the published site lie on the classpath. */
    public static final String SITE_DIRECTORY = "no/kriteriebank/templates/site";

    private StandardLayouts() {
    }

    /**
     * A renderer builder for the bank, preset with the standard layouts; add overrides or options, then build.
     *
     * @param bank the bank to render from
     * @return the builder
     */
    public static TenderRenderer.Builder renderer(CriteriaBank bank) {
        return TenderRenderer.builder(bank).layouts(StandardLayouts.class.getClassLoader(), RESOURCE_DIRECTORY);
    }

    /**
     * A site builder for the bank, preset with the standard site layouts and a standard renderer for the clause
     * texts; add networks, overrides or a base URL, then build.
     *
     * @param bank the bank to publish, with any networks' criteria already on top
     * @return the builder
     */
    public static SiteGenerator.Builder site(CriteriaBank bank) {
        return SiteGenerator.builder(bank, renderer(bank).build())
                .layouts(StandardLayouts.class.getClassLoader(), SITE_DIRECTORY);
    }
}
