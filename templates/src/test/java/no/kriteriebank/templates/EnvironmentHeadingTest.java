package no.kriteriebank.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.kriteriebank.model.Language;
import no.kriteriebank.render.Format;
import no.kriteriebank.tender.Regime;
import no.kriteriebank.tender.Tender;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The climate section's heading cites the provision the law data confirms for the tender's regime and date, and
 * nothing when the citation is unconfirmed or the tender gives no date: the text goes to suppliers.
 */
class EnvironmentHeadingTest {

    private static String heading(Tender tender, Language language) {
        String markdown = RenderFixtures.RENDERER.render(tender, Format.MARKDOWN, language).text();
        return markdown.lines().filter(l -> l.startsWith("## Klima") || l.startsWith("## Climate")).findFirst()
                .orElseThrow();
    }

    private static Tender dated(Language language, LocalDate announced, LocalDate invited, Regime regime) {
        Tender t = RenderFixtures.tender(language);
        return new Tender(t.title(), t.buyer(), t.reference(), t.language(), announced, t.procedure(), t.cpv(),
                t.estimatedValue(), t.criteria(), t.environment(), t.award(), t.additions(), t.ruleSet(), regime,
                invited);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theHeadingCitesOnlyAConfirmedProvision(Language language) {
        String[] cited = switch (language) {
            case NB -> new String[] {"## Klima- og miljøhensyn (anskaffelsesforskriften § 7-9)",
                "## Klima- og miljøhensyn (forsyningsforskriften § 7-9)",
                "## Klima- og miljøhensyn (konsesjonskontraktforskriften § 7-6)", "## Klima- og miljøhensyn"};
            case NN -> new String[] {"## Klima- og miljøomsyn (anskaffingsforskrifta § 7-9)",
                "## Klima- og miljøomsyn (forsyningsforskrifta § 7-9)",
                "## Klima- og miljøomsyn (konsesjonskontraktforskrifta § 7-6)", "## Klima- og miljøomsyn"};
            case EN -> new String[] {"## Climate and environment (section 7-9 of the Public Procurement Regulations)",
                "## Climate and environment (section 7-9 of the Utilities Procurement Regulations)",
                "## Climate and environment (section 7-6 of the Concession Contracts Regulations)",
                "## Climate and environment"};
        };
        LocalDate lastDay = LocalDate.of(2026, 6, 30);
        LocalDate firstDay = LocalDate.of(2026, 7, 1);
        assertThat(heading(dated(language, lastDay, null, null), language)).isEqualTo(cited[0]);
        assertThat(heading(dated(language, lastDay, null, Regime.UTILITIES), language)).isEqualTo(cited[1]);
        assertThat(heading(dated(language, lastDay, null, Regime.CONCESSIONS), language)).isEqualTo(cited[2]);
        // From 2026-07-01 the rule's place (anskaffelsesloven § 5b/5c) is unconfirmed: no citation is printed.
        assertThat(heading(dated(language, firstDay, null, null), language)).isEqualTo(cited[3]);
        // A procurement not announced: the invitation date decides, on both sides of the switch.
        assertThat(heading(dated(language, null, lastDay, null), language)).isEqualTo(cited[0]);
        assertThat(heading(dated(language, null, firstDay, null), language)).isEqualTo(cited[3]);
        // No date: no claim, and no dependence on the day the document is rendered.
        assertThat(heading(dated(language, null, null, null), language)).isEqualTo(cited[3]);
    }
}
