package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.Language;
import no.kriteriebank.render.SiteGenerator;
import no.kriteriebank.templates.StandardBank;
import no.kriteriebank.templates.StandardLayouts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published site, read as files: complete, linked, escaped, deterministic. The browser test uses it too. */
class SiteCommandTest {
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"#?]*)[^\"]*\"");
    private static SortedMap<String, byte[]> files;

    @BeforeAll
    static void generate() {
        files = StandardLayouts.site(StandardBank.load()).build().files();
    }

    /** As FreeMarker's HTML output format escapes text. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String page(String path) {
        assertThat(files).as(path).containsKey(path);
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    @Test
    void everyCriterionHasAPageInEveryLanguageAndEveryLanguageHasEveryPage() {
        CriteriaBank bank = StandardBank.load();
        for (Language language : Language.values()) {
            for (Criterion c : bank.criteria()) {
                String html = page(language.code() + "/criterion-" + c.id().toLowerCase(java.util.Locale.ROOT) + ".html");
                assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"" + language.code() + "\">")
                        .contains("data-criterion=\"" + c.id() + "\"")
                        .contains(html(c.title().get(language).orElseThrow()));
            }
            for (String p : List.of("index.html", "search.html", "selection.html", "rules.html", "releases.html",
                    "area-transport.html", "rules-foa-7-9-2024.html", "rules-foa-7-9-2026.html")) {
                page(language.code() + "/" + p);
            }
            assertThat(page("assets/index-" + language.code() + ".js")).startsWith("window.KRITERIEBANK_INDEX = [");
            assertThat(page(language.code() + "/index.json")).startsWith("[{\"id\":\"GEN-01\"");
        }
        assertThat(page("index.html")).contains("lang=\"nn\"").contains("href=\"en/index.html\"");
    }

    @Test
    void everyRelativeLinkPointsAtAFileOfTheSite() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().endsWith(".html")) {
                continue;
            }
            Matcher m = LINK.matcher(new String(f.getValue(), StandardCharsets.UTF_8));
            Path base = Path.of(f.getKey()).getParent();
            while (m.find()) {
                String target = m.group(1);
                if (target.isEmpty() || target.startsWith("http://") || target.startsWith("https://")) {
                    continue;
                }
                assertThat(target).as("a root-relative link breaks under a sub-path").doesNotStartWith("/");
                String resolved = (base == null ? Path.of(target) : base.resolve(target)).normalize().toString();
                checked++;
                if (!files.containsKey(resolved)) {
                    broken.add(f.getKey() + " -> " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(checked).isGreaterThan(5_000);
    }

    @Test
    void theClauseShowsEachValueInItsOwnElementFormattedForTheLanguage() {
        assertThat(page("nb/criterion-tra-01.html"))
                .contains("<p>Minst <span class=\"value\" data-param=\"zeroEmissionShare\">50\u00a0%</span> av")
                .contains("min=\"10\" max=\"100\" value=\"50\"");
        assertThat(page("en/criterion-tra-01.html"))
                .contains("<span class=\"value\" data-param=\"zeroEmissionShare\">50%</span>");
        assertThat(page("nn/criterion-tra-01.html")).contains("Minst <span class=\"value\"");
    }

    @Test
    void passagesInAnotherLanguageAreMarked() {
        String nb = page("nb/rules-foa-7-9-2026.html");
        assertThat(nb).contains("<p class=\"note\">Merknadene er skrevet på engelsk.</p>")
                .contains("<p lang=\"en\">The committee report on Prop. 147 L (2024–2025) treats the rule as")
                .contains("<span class=\"badge unconfirmed\">Ikke bekreftet</span> <strong lang=\"en\">Where the rule is"
                        + "</strong>")
                .contains("<dt>Hjemmel</dt><dd>anskaffelsesloven §§ 5b og 5c <span class=\"badge unconfirmed\">");
        assertThat(page("en/index.html")).contains("<a href=\"../nb/index.html\" hreflang=\"nb\" lang=\"nb\"");
    }

    @Test
    void aNetworksCriteriaAreMarkedAndItsTextIsEscaped(@TempDir Path dir) throws IOException {
        Path bank = dir.resolve("net.yaml");
        Files.writeString(bank, Files.readString(Fixtures.resource("banks/gki/transport.yaml"))
                .replace("Opplæring i økokjøring", "Opplæring i <script>alert(1)</script> økokjøring"));
        Files.writeString(dir.resolve("bank.yaml"), Files.readString(Fixtures.resource("banks/gki/bank.yaml"))
                .replace("transport.yaml", "net.yaml"));
        CriteriaBank network = no.kriteriebank.bank.BankLoader.load(dir);
        CriteriaBank merged = StandardBank.load().withOverlay(network);
        SortedMap<String, byte[]> site = StandardLayouts.site(merged).network(network).build().files();
        String area = new String(site.get("nb/area-transport.html"), StandardCharsets.UTF_8);
        assertThat(area).contains("<span class=\"network\">Fra Grønt innkjøpsnettverk (test)</span>")
                .contains("Opplæring i &lt;script&gt;alert(1)&lt;/script&gt; økokjøring")
                .doesNotContain("<script>alert");
        String index = new String(site.get("assets/index-nb.js"), StandardCharsets.UTF_8);
        assertThat(index).contains("\"id\":\"gki:TRA-01\"").doesNotContain("</script>");
        assertThat(site).containsKey("nb/criterion-gki-tra-01.html");
    }

    @Test
    void theSameBankGivesTheSameBytes() {
        SortedMap<String, byte[]> again = StandardLayouts.site(StandardBank.load()).build().files();
        assertThat(again.keySet()).isEqualTo(files.keySet());
        for (String path : files.keySet()) {
            assertThat(again.get(path)).as(path).isEqualTo(files.get(path));
        }
    }

    @Test
    void aBaseUrlGivesCanonicalLinksAndASitemapButLinksStayRelative() {
        SortedMap<String, byte[]> site = StandardLayouts.site(StandardBank.load())
                .baseUrl("https://innkjop.example.no/kriterier").build().files();
        assertThat(new String(site.get("nn/index.html"), StandardCharsets.UTF_8))
                .contains("<link rel=\"canonical\" href=\"https://innkjop.example.no/kriterier/nn/index.html\">")
                .contains("<a href=\"area-transport.html\">");
        assertThat(new String(site.get("sitemap.xml"), StandardCharsets.UTF_8))
                .contains("<loc>https://innkjop.example.no/kriterier/en/criterion-tra-01.html</loc>");
    }

    @Test
    void theCommandWritesTheSiteAndRefusesAForeignDirectory(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("site", "-o", out.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("Wrote " + files.size() + " files to " + out);
        assertThat(out.resolve("nb/criterion-tra-01.html")).hasBinaryContent(files.get("nb/criterion-tra-01.html"));
        assertThat(Cli.run("site", "-o", out.toString()).exit()).as("a site written before may be replaced").isZero();

        Path foreign = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(foreign.resolve("budget.xlsx"), "keep me");
        Cli.Result refused = Cli.run("site", "-o", foreign.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("the directory is not empty and holds no site written by kriteriebank");
        assertThat(foreign.resolve("index.html")).doesNotExist();

        Cli.Result badUrl = Cli.run("site", "-o", dir.resolve("x").toString(), "--base-url", "ftp://x");
        assertThat(badUrl.exit()).isEqualTo(2);
        assertThat(badUrl.err()).contains("--base-url: the base URL must be an absolute http(s) URL");
    }

    @Test
    void theCommandMarksTheNetworksCriteria(@TempDir Path dir) {
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("--bank", Fixtures.resource("banks/gki").toString(), "site", "-o", out.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(Fixtures.read(out.resolve("en/criterion-gki-tra-01.html")))
                .contains("<span class=\"network\">From Grønt innkjøpsnettverk (test)</span>");
        assertThat(Fixtures.read(out.resolve("en/index.html")))
                .contains("With criteria of their own from: Grønt innkjøpsnettverk (test)");
    }

    @Test
    void aNetworksSiteLayoutRunsInTheSandboxAndWithinTheRenderBudget(@TempDir Path dir) throws IOException {
        Path loop = Files.createDirectories(dir.resolve("loop"));
        Files.writeString(loop.resolve("site-index.html.ftlh"), "<#list 1.. as i></#list>");
        long start = System.nanoTime();
        Cli.Result r = Cli.run("--templates", loop.toString(), "site", "-o", dir.resolve("a").toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).startsWith("site: the rendering went over its budget of 10 s");
        assertThat(System.nanoTime() - start).isLessThan(40_000_000_000L);

        Path flood = Files.createDirectories(dir.resolve("flood"));
        Files.writeString(flood.resolve("site-index.html.ftlh"), "<#list 1.. as i>${i}</#list>");
        Cli.Result bounded = Cli.run("--templates", flood.toString(), "site", "-o", dir.resolve("c").toString());
        assertThat(bounded.err()).contains("output exceeds the limit of 10000000 characters");

        Path eval = Files.createDirectories(dir.resolve("eval"));
        Files.writeString(eval.resolve("site-index.html.ftlh"), "${\"1+1\"?eval}");
        Cli.Result refused = Cli.run("--templates", eval.toString(), "site", "-o", dir.resolve("b").toString());
        assertThat(refused.exit()).as(refused.toString()).isNotZero();
        assertThat(refused.err()).contains("?eval");
        assertThat(dir.resolve("b").resolve("nb/index.html")).doesNotExist();
    }

    @Test
    void theSiteBuilderRefusesABadBaseUrl() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> SiteGenerator.builder(StandardBank.load(),
                        StandardLayouts.renderer(StandardBank.load()).build()).baseUrl("javascript:alert(1)"));
    }
}
