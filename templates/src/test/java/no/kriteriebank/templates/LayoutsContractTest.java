package no.kriteriebank.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.kriteriebank.bank.BankLoader;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.Language;
import no.kriteriebank.render.Format;
import no.kriteriebank.render.TenderRenderer;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.TenderLoader;
import org.junit.jupiter.api.Test;

/**
 * The data model of the layouts is a documented contract ({@code templates/LAYOUTS.md}): layouts that print the path
 * of every key they receive ({@code src/test/resources/layout-contract}) render representative documents and clauses,
 * and the paths seen must be exactly the ones the document lists, per layout. A key added or removed in the renderer
 * without the document changing fails here.
 */
class LayoutsContractTest {
    private static final Path DOCUMENT = Path.of("LAYOUTS.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|");

    @Test
    void everyKeyTheLayoutsReceiveIsDocumentedAndNoOther() throws IOException {
        Map<String, Set<String>> documented = documented();
        Map<String, Set<String>> seen = seen();
        assertThat(seen.get("clause")).as("keys the clause layouts receive, against LAYOUTS.md")
                .containsExactlyElementsOf(documented.get("clause"));
        assertThat(seen.get("document")).as("keys the document layouts receive, against LAYOUTS.md")
                .containsExactlyElementsOf(documented.get("document"));
    }

    /** The paths of the two tables of LAYOUTS.md, by layout. */
    private static Map<String, Set<String>> documented() throws IOException {
        Map<String, Set<String>> paths = new TreeMap<>();
        String layout = null;
        for (String line : Files.readAllLines(DOCUMENT)) {
            if (line.startsWith("## ")) {
                layout = line.startsWith("## `document`") ? "document" : line.startsWith("## `clause`") ? "clause"
                        : null;
                continue;
            }
            Matcher m = ROW.matcher(line);
            if (layout != null && m.find()) {
                assertThat(paths.computeIfAbsent(layout, k -> new TreeSet<>()).add(m.group(1)))
                        .as("LAYOUTS.md lists %s twice", m.group(1)).isTrue();
            }
        }
        assertThat(paths).containsOnlyKeys("document", "clause");
        return paths;
    }

    /** The paths the dumping layouts print for the example tenders, a fixture tender, clause sets and clauses. */
    private static Map<String, Set<String>> seen() throws IOException {
        CriteriaBank bank = StandardBank.load();
        TenderRenderer renderer = StandardLayouts.renderer(bank).overrides(dumpingLayouts()).build();
        TenderRenderer withGuidance = StandardLayouts.renderer(bank).overrides(dumpingLayouts())
                .includeGuidance(true).languageFallback(true).build();
        Set<String> document = new TreeSet<>();
        Set<String> clause = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("../examples/tenders"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                document.addAll(lines(renderer.render(TenderLoader.load(file), Format.TEXT).text()));
            }
        }
        TenderRenderer fixture = StandardLayouts.renderer(RenderFixtures.BANK).overrides(dumpingLayouts()).build();
        document.addAll(lines(fixture.render(RenderFixtures.tender(Language.NB), Format.TEXT).text()));
        List<SelectedCriterion> all = bank.criteria().stream()
                .map(c -> new SelectedCriterion(c.id(), Map.of(), "A note.\n\n- with a list")).toList();
        document.addAll(lines(withGuidance.renderClauses("All", all, Language.NN, Format.TEXT).text()));
        for (SelectedCriterion s : all) {
            clause.addAll(lines(withGuidance.renderClause(s, Language.NN, Format.TEXT).text()));
        }
        // no guidance of the standard bank has a bullet list (today): one of the fixture bank's gets one
        String yaml = Files.readString(Path.of("src/test/resources/fixture-bank/bank.yaml"));
        String listed = yaml.replace("guidance: {nb: Godta tilsvarende tiltak.,",
                "guidance: {nb: \"Godta tilsvarende tiltak.\\n\\n- for eksempel dette\",");
        assertThat(listed).isNotEqualTo(yaml);
        TenderRenderer listedGuidance = StandardLayouts.renderer(BankLoader.read("bank.yaml", listed))
                .overrides(dumpingLayouts()).includeGuidance(true).build();
        SelectedCriterion gen01 = new SelectedCriterion("GEN-01", Map.of(), null);
        clause.addAll(lines(listedGuidance.renderClause(gen01, Language.NB, Format.TEXT).text()));
        document.addAll(lines(listedGuidance.renderClauses("GEN-01", List.of(gen01), Language.NB, Format.TEXT)
                .text()));
        return Map.of("document", document, "clause", clause);
    }

    private static Path dumpingLayouts() {
        return Path.of("src/test/resources/layout-contract");
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
