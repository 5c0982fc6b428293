package no.kriteriebank.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.kriteriebank.model.Language;
import no.kriteriebank.render.Format;
import no.kriteriebank.render.RenderException;
import no.kriteriebank.render.TenderRenderer;
import no.kriteriebank.tender.Tender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Network templates are untrusted: dangerous constructs are refused with a clear error, user text is escaped. */
class SandboxTest {
    @TempDir
    Path overrides;

    private RenderException renderWith(String documentTemplate) throws IOException {
        Files.writeString(overrides.resolve("document.txt.ftl"), documentTemplate);
        TenderRenderer renderer = StandardLayouts.renderer(RenderFixtures.BANK).overrides(overrides).build();
        Tender tender = RenderFixtures.tender(Language.NB);
        try {
            renderer.render(tender, Format.TEXT);
        } catch (RenderException e) {
            return e;
        }
        throw new AssertionError("the template was rendered");
    }

    @Test
    void overridesAreUsedBeforeTheStandardLayouts() throws IOException {
        Files.writeString(overrides.resolve("document.txt.ftl"), "Eget oppsett: ${title}\n");
        TenderRenderer renderer = StandardLayouts.renderer(RenderFixtures.BANK).overrides(overrides).build();
        assertThat(renderer.render(RenderFixtures.tender(Language.NB), Format.TEXT).text())
                .isEqualTo("Eget oppsett: Skoleskyss 2027–2031\n");
        assertThat(renderer.render(RenderFixtures.tender(Language.NB), Format.HTML).text()).startsWith("<!DOCTYPE");
    }

    @Test
    void newIsRefused() throws IOException {
        assertThat(renderWith("${\"freemarker.template.utility.Execute\"?new()(\"id\")}").getMessage())
                .contains("?new is not allowed");
    }

    @Test
    void apiIsRefused() throws IOException {
        assertThat(renderWith("${title?api.getClass()}").getMessage()).contains("?api is not allowed");
    }

    @Test
    void getClassIsNotReachable() throws IOException {
        RenderException e = renderWith("${title.getClass()}\n");
        assertThat(e.getMessage()).startsWith("template document.txt.ftl, line 1:");
    }

    @Test
    void evalOfUserDataIsRefused() throws IOException {
        assertThat(renderWith("${buyer?eval}").getMessage()).contains("?eval is not allowed");
        assertThat(renderWith("<#assign x = buyer?interpret><@x/>").getMessage()).contains("?interpret is not allowed");
    }

    @Test
    void includeOutsideTheTemplateRootsIsRefused() throws IOException {
        Path secret = overrides.getParent().resolve("secret.ftl");
        Files.writeString(secret, "hemmelig");
        assertThat(renderWith("<#include \"../secret.ftl\">").getMessage())
                .startsWith("template document.txt.ftl, line 1:")
                .doesNotContain("hemmelig");
        assertThat(renderWith("<#include \"/etc/passwd\">").getMessage())
                .startsWith("template document.txt.ftl, line 1:");
    }

    @Test
    void templateErrorsNameTheTemplateAndLine() throws IOException {
        assertThat(renderWith("linje 1\n${noSuchVariable}\n").getMessage())
                .startsWith("template document.txt.ftl, line 2:");
    }

    @Test
    void runawayOutputIsStopped() throws IOException {
        Files.writeString(overrides.resolve("document.txt.ftl"), "<#list 1..100000000 as i>xxxxxxxxxx</#list>");
        TenderRenderer renderer = StandardLayouts.renderer(RenderFixtures.BANK).overrides(overrides)
                .maxOutputChars(100_000).build();
        assertThatThrownBy(() -> renderer.render(RenderFixtures.tender(Language.NB), Format.TEXT))
                .isInstanceOf(RenderException.class).hasMessageContaining("exceeds the limit");
    }

    @Test
    void scriptInTheBuyerNameIsEscapedInHtmlAndMarkdown() {
        Tender tender = Tender.builder("Anskaffelse", "<script>alert('x')</script>", Language.NB)
                .criterion("GEN-01").build();
        String html = RenderFixtures.RENDERER.render(tender, Format.HTML).text();
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        String md = RenderFixtures.RENDERER.render(tender, Format.MARKDOWN).text();
        assertThat(md).doesNotContainPattern("(?<!\\\\)<script").contains("\\<script\\>alert('x')\\</script\\>");
    }

    @Test
    void parameterValuesAreEscapedToo() {
        Tender tender = Tender.builder("Anskaffelse", "Kommune", Language.NB)
                .criterion(new no.kriteriebank.tender.SelectedCriterion("TRA-03", java.util.Map.of(), "<b>fet</b> *x*"))
                .build();
        assertThat(RenderFixtures.RENDERER.render(tender, Format.HTML).text()).contains("&lt;b&gt;fet&lt;/b&gt; *x*");
        assertThat(RenderFixtures.RENDERER.render(tender, Format.MARKDOWN).text()).contains("\\<b\\>fet\\</b\\> \\*x\\*");
    }

    @Test
    void snippetsInABankCannotUseDangerousBuiltIns() {
        assertThatThrownBy(() -> no.kriteriebank.bank.BankLoader.read("evil.yaml", """
                id: evil
                version: "2026.1"
                releaseDate: 2026-12-01
                publisher: X
                criteria:
                  - id: GEN-01
                    revision: 1
                    area: GENERAL
                    kind: QUALIFICATION
                    level: BASIC
                    title: {nb: Ond}
                    text: {nb: '${"freemarker.template.utility.Execute"?new()("id")}'}
                    documentation:
                      - {type: OTHER, due: WITH_TENDER, description: {nb: x}}
                """)).hasMessageContaining("evil.yaml:12:12: criteria[0].text.nb: cannot be parsed: line 1, column 3: ?new is not allowed");
    }
}
