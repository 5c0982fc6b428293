package no.kriteriebank.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.render.Format;
import no.kriteriebank.render.RenderException;
import no.kriteriebank.render.RenderedDocument;
import no.kriteriebank.render.TenderRenderer;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;
import org.junit.jupiter.api.Test;

/** The structured result, tracing, clause sets, missing translations and unknown criteria. */
class RenderedStructureTest {

    @Test
    void sectionsFollowTheKindsAndClausesCarryIdAndRevision() {
        RenderedDocument doc = RenderFixtures.RENDERER.render(RenderFixtures.tender(Language.NB), Format.TEXT);
        assertThat(doc.sections()).extracting(s -> s.kind())
                .containsExactly("QUALIFICATION", "SPECIFICATION", "AWARD", "CONTRACT_CLAUSE");
        assertThat(doc.clauses()).extracting(c -> c.key()).containsExactly("GEN-01@1", "TRA-01@2", "TRA-02@1", "TRA-03@1");
        assertThat(doc.clauses().get(1).plainText()).startsWith("Minst 80\u00a0% av kjøretøyene");
        assertThat(doc.text()).contains("fixture 2026.1").contains("[TRA-01, revisjon 2]");
    }

    @Test
    void aClauseSetUsesDefaultsAndShowsBlanksForValuesWithoutDefault() {
        RenderedDocument doc = RenderFixtures.RENDERER.renderClauses("Standardkrav: transport",
                List.of(SelectedCriterion.of("TRA-01"), SelectedCriterion.of("TRA-03")), Language.NN, Format.MARKDOWN);
        assertThat(doc.text()).startsWith("# Standardkrav: transport").contains("Minst 50\u00a0% av køyretøya")
                .contains("drivstofforbruket kvart kvartal");
    }

    @Test
    void missingTranslationIsAnErrorUnlessFallbackIsChosen() {
        CriteriaBank bank = CriteriaBank.of(RenderFixtures.BANK.info(), List.of(
                RenderFixtures.BANK.get("GEN-01").toBuilder()
                        .title(LocalizedText.of("Miljøledelse"))
                        .text(LocalizedText.of("Leverandøren skal ha et miljøledelsessystem.")).build()));
        Tender tender = Tender.builder("T", "K", Language.NN).criterion("GEN-01").build();
        assertThatThrownBy(() -> StandardLayouts.renderer(bank).build().render(tender, Format.TEXT))
                .isInstanceOf(RenderException.class)
                .hasMessage("GEN-01@1 has no nn text for title; render in another language, or allow falling back "
                        + "to bokmål");
        RenderedDocument doc = StandardLayouts.renderer(bank).languageFallback(true).build().render(tender, Format.TEXT);
        assertThat(doc.clauses().get(0).fallback()).isTrue();
        assertThat(doc.text()).contains("Leverandøren skal ha et miljøledelsessystem.")
                .contains("Denne teksten er ikkje omsett; bokmålsteksten er nytta.");
    }

    @Test
    void unknownAndWronglyPinnedCriteriaAreReported() {
        Tender unknown = Tender.builder("T", "K", Language.NB).criterion("TRA-04").build();
        assertThatThrownBy(() -> RenderFixtures.RENDERER.render(unknown, Format.TEXT))
                .hasMessage("unknown criterion 'TRA-04' (did you mean TRA-01?) in fixture 2026.1");
        Tender pinned = Tender.builder("T", "K", Language.NB).criterion("TRA-01@1").build();
        assertThatThrownBy(() -> RenderFixtures.RENDERER.render(pinned, Format.TEXT))
                .hasMessage("TRA-01@1 is pinned to a revision that fixture 2026.1 does not keep; it has TRA-01@2");
    }

    @Test
    void htmlIsSemanticWithAnchorsAndNoScripts() {
        String html = RenderFixtures.RENDERER.render(RenderFixtures.tender(Language.EN), Format.HTML).text();
        assertThat(html).contains("<section id=\"k-qualification\">").contains("<h2>").contains("<div class=\"clauses\">")
                .contains("<table class=\"award-model\">").contains("id=\"k-tra-01\"").contains("href=\"#k-tra-02\"")
                .doesNotContain("<script").doesNotContain("style=").doesNotContain("onclick");
    }

    @Test
    void rendererIsReusableAcrossFormatsAndLanguages() {
        TenderRenderer r = RenderFixtures.RENDERER;
        for (Format f : Format.values()) {
            for (Language l : Language.values()) {
                assertThat(r.render(RenderFixtures.tender(l), f).text()).isNotBlank();
            }
        }
    }
}
