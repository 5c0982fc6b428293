package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The published site in a real browser: headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * installed by {@code scripts/install-browser.sh}), served from a sub-path of a local web server as a network would
 * host it, and checked with axe-core for WCAG 2.1 A and AA. Screenshots go to {@code target/site-screenshots/}.
 * Runs with {@code -Pbrowser}.
 */
@Tag("browser")
class SiteBrowserTest {
    private static final Path WORK = Path.of("target", "site-browser-test");
    private static final Path SITE = WORK.resolve("site");
    private static final Path DOWNLOADS = WORK.resolve("downloads");
    private static final Path SCREENSHOTS = Path.of("target", "site-screenshots");
    private static HttpServer server;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void publishAndOpen() throws IOException {
        deleteTree(WORK);
        Files.createDirectories(DOWNLOADS);
        Files.createDirectories(SCREENSHOTS);
        Cli.Result r = Cli.run("--bank", Fixtures.resource("banks/gki").toString(), "site", "-o", SITE.toString(),
                "--report", Path.of("..", "examples", "tenders").toString());
        assertThat(r.exit()).as(r.toString()).isZero();

        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/kriterier/", exchange -> {
            String path = exchange.getRequestURI().getPath().substring("/kriterier/".length());
            Path file = SITE.resolve(path.isEmpty() ? "index.html" : path).normalize();
            if (!file.startsWith(SITE) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".css") ? "text/css" : name.endsWith(".js") ? "text/javascript"
                    : "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/kriterier/";

        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1600", "--lang=nb");
        options.setExperimentalOption("prefs", Map.of("download.default_directory",
                DOWNLOADS.toAbsolutePath().toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", base.substring(0, base.length()
                - "kriterier/".length() - 1), "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @BeforeEach
    void emptySelection() {
        browser.get(base + "nb/index.html");
        browser.executeScript("window.localStorage.clear();");
    }

    @Test
    void searchFindsACriterionByAWordFromItsGuidance() {
        browser.get(base + "nb/index.html");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("lademuligheter rutene");
        box.submit();
        waitFor(() -> !browser.findElements(By.cssSelector("[data-search-results] a")).isEmpty());
        List<String> hits = browser.findElements(By.cssSelector("[data-search-results] a")).stream()
                .map(WebElement::getText).toList();
        assertThat(hits).anyMatch(h -> h.startsWith("TRA-01 "));
        assertThat(browser.findElement(By.cssSelector("[data-search-status]")).getText())
                .endsWith("treff for «lademuligheter rutene»");
        screenshot("search-nb");
    }

    @Test
    void aFilterNarrowsTheList() {
        browser.get(base + "nb/area-transport.html");
        List<WebElement> rows = browser.findElements(By.cssSelector("#criteria tbody tr"));
        new Select(browser.findElement(By.id("f-kind"))).selectByValue("AWARD");
        List<WebElement> shown = rows.stream().filter(WebElement::isDisplayed).toList();
        assertThat(shown).isNotEmpty().hasSizeLessThan(rows.size())
                .allMatch(row -> "AWARD".equals(row.getAttribute("data-kind")));
        assertThat(browser.findElement(By.cssSelector("[data-filter-status]")).getText())
                .isEqualTo(shown.size() + " av " + rows.size() + " kriterier vises");
        new Select(browser.findElement(By.id("f-kind"))).selectByValue("");
        browser.findElement(By.id("f-cpv")).sendKeys("60130000");
        assertThat(rows.stream().filter(WebElement::isDisplayed).count()).isGreaterThan(0).isLessThan(rows.size());
        assertThat(browser.findElement(By.cssSelector("tr[data-criterion='TRA-01']")).isDisplayed()).isTrue();
        screenshot("area-transport-nb");
    }

    @Test
    void theLanguageSwitchKeepsTheCriterion() {
        browser.get(base + "nb/criterion-tra-01.html");
        browser.findElement(By.cssSelector(".languages a[data-language='nn']")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/kriterier/nn/criterion-tra-01.html");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("TRA-01 Del nullutsleppskøyretøy i oppdraget");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nn");
        browser.findElement(By.cssSelector(".languages a[data-language='en']")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/kriterier/en/criterion-tra-01.html");
    }

    @Test
    void copyPutsTheFilledInTextOnTheClipboard() {
        browser.get(base + "nb/criterion-tra-01.html");
        WebElement share = browser.findElement(By.id("p-zeroEmissionShare"));
        share.clear();
        share.sendKeys("75");
        // getText() turns the no-break space into a space; the DOM keeps it, as the renderer writes it
        assertThat(browser.findElement(By.cssSelector("#clause [data-param='zeroEmissionShare']"))
                .getDomProperty("textContent")).isEqualTo("75\u00a0%");
        browser.findElement(By.cssSelector("[data-copy]")).click();
        waitFor(() -> browser.findElement(By.cssSelector("[data-action-status]")).getText()
                .equals("Teksten er kopiert."));
        Object clipboard = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('ERROR ' + e));");
        assertThat((String) clipboard).isEqualTo("Minst 75\u00a0% av kjøretøyene som brukes til å utføre oppdraget, "
                + "skal være nullutslippskjøretøy (batterielektriske eller hydrogenelektriske). Kravet gjelder fra "
                + "oppstart og gjennom hele kontraktsperioden, også for erstatningskjøretøy.");
        screenshot("criterion-tra-01-nb");
    }

    @Test
    void theSelectionDownloadsATenderThatTheCheckerAccepts() throws Exception {
        browser.get(base + "nb/criterion-tra-01.html");
        WebElement share = browser.findElement(By.id("p-zeroEmissionShare"));
        share.clear();
        share.sendKeys("60");
        browser.findElement(By.cssSelector("[data-select]")).click();
        browser.get(base + "nb/criterion-tra-06.html");
        browser.findElement(By.cssSelector("[data-select]")).click();
        browser.get(base + "nb/selection.html");
        assertThat(browser.findElements(By.cssSelector("[data-selection-list] li"))).hasSize(2);
        assertThat(browser.findElement(By.cssSelector("[data-selection-count]")).getText()).isEqualTo("(2)");
        browser.findElement(By.id("t-title")).sendKeys("Skoleskyss 2027–2031");
        browser.findElement(By.id("t-buyer")).sendKeys("Eksempel kommune");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('t-date').value = '2027-02-01';");
        screenshot("selection-nb");
        browser.findElement(By.cssSelector("[data-download]")).click();
        Path tender = DOWNLOADS.resolve("anbud.yaml");
        waitFor(() -> Files.isRegularFile(tender));
        String yaml = Files.readString(tender, StandardCharsets.UTF_8);
        assertThat(yaml).contains("  - id: TRA-01\n    values: {\"zeroEmissionShare\": \"60\"}")
                .contains("      criteria: [TRA-06]");
        Cli.Result check = Cli.run("check", tender.toString());
        assertThat(check.exit()).as(yaml + "\n" + check).isZero();
        Cli.Result render = Cli.run("render", tender.toString());
        assertThat(render.out()).contains("Minst 60\u00a0%");
    }

    @Test
    void pagesHaveNoWcag21AViolations() throws IOException {
        String axe;
        // Through the class loader: a Class on the module path finds only its own module's resources.
        try (InputStream in = SiteBrowserTest.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            assertThat(in).as("axe.min.js from com.deque.html.axe-core:selenium").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String page : List.of("index.html", "nb/index.html", "nb/area-transport.html",
                "nb/criterion-tra-01.html", "nn/criterion-gki-tra-01.html", "en/criterion-veg-05.html",
                "nb/search.html?q=asfalt", "nb/selection.html", "nb/rules-foa-7-9-2026.html", "en/releases.html", "nb/report.html")) {
            browser.get(base + page);
            browser.executeScript(axe);
            Object result = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                    + ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' — '"
                    + " + v.nodes.map(n => n.target.join(' ')).join(', '))), e => done(['axe failed: ' + e]));");
            assertThat((List<?>) result).as(page).isEmpty();
        }
        browser.get(base + "nb/index.html");
        screenshot("start-nb");
        browser.get(base + "nb/report.html");
        screenshot("report-nb");
    }

    @Test
    void theSiteReadsWithoutJavaScriptAndWorksFromTheFileSystem() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.get(base + "nb/criterion-tra-01.html");
            assertThat(browser.findElement(By.id("clause")).getDomProperty("textContent"))
                    .contains("Minst 50\u00a0% av kjøretøyene");
            assertThat(browser.findElement(By.cssSelector("[data-actions]")).isDisplayed()).isFalse();
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
        browser.get(SITE.toAbsolutePath().toUri() + "en/criterion-tra-01.html");
        WebElement share = browser.findElement(By.id("p-zeroEmissionShare"));
        share.clear();
        share.sendKeys("40");
        assertThat(browser.findElement(By.cssSelector("#clause [data-param='zeroEmissionShare']")).getText())
                .isEqualTo("40%");
        browser.get(SITE.toAbsolutePath().toUri() + "en/search.html?q=zero-emission");
        assertThat(browser.findElements(By.cssSelector("[data-search-results] a"))).isNotEmpty();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
    }

    private static void screenshot(String name) {
        try {
            Long height = (Long) browser.executeScript("return document.documentElement.scrollHeight;");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280,
                    (int) Math.min(Math.max(height, 800), 6000)));
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
