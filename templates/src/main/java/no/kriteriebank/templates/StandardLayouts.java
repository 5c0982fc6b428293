package no.kriteriebank.templates;

import no.kriteriebank.bank.CriteriaBank;
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
}
