package no.kriteriebank.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.DocumentationRequirement;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.model.Reference;
import no.kriteriebank.model.ScoringMethod;
import no.kriteriebank.render.Format;
import no.kriteriebank.render.RenderedClause;
import no.kriteriebank.render.TenderRenderer;
import no.kriteriebank.tender.SelectedCriterion;
import org.junit.jupiter.api.Test;

/** The standard bank 2026.2: coverage, completeness, three languages, rendering and the committed overview. */
class StandardBankTest {
    static final CriteriaBank BANK = StandardBank.load();

    /** How fast it loads is measured in the benchmarks (benchmarks/run.sh), beside plain Jackson, not asserted here. */
    @Test
    void carriesItsMetadata() {
        assertThat(BANK.info().id()).isEqualTo("kriteriebank");
        assertThat(BANK.info().version()).isEqualTo("2026.2");
        assertThat(BANK.info().releaseDate()).isNotNull();
        assertThat(BANK.info().publisher()).isNotBlank();
    }

    @Test
    void everyAreaHasEightCriteriaAllFourKindsAndTwoLevels() {
        List<String> gaps = new ArrayList<>();
        for (Area area : Area.values()) {
            List<Criterion> in = BANK.query().area(area).list();
            Set<CriterionKind> kinds = EnumSet.noneOf(CriterionKind.class);
            Set<AmbitionLevel> levels = EnumSet.noneOf(AmbitionLevel.class);
            in.forEach(c -> {
                kinds.add(c.kind());
                levels.add(c.level());
            });
            if (in.size() < 8) {
                gaps.add(area + " has " + in.size() + " criteria");
            }
            if (kinds.size() < CriterionKind.values().length) {
                gaps.add(area + " lacks kinds " + EnumSet.complementOf(EnumSet.copyOf(kinds.isEmpty()
                        ? EnumSet.of(CriterionKind.AWARD) : kinds)));
            }
            if (levels.size() < 2) {
                gaps.add(area + " has levels " + levels);
            }
            if (in.stream().filter(c -> c.kind() == CriterionKind.AWARD).count() < 2) {
                gaps.add(area + " has fewer than two award criteria");
            }
        }
        assertThat(gaps).isEmpty();
        assertThat(BANK.size()).isGreaterThanOrEqualTo(72);
        assertThat(BANK.criteria()).anyMatch(c -> c.level() == AmbitionLevel.LEADING);
    }

    @Test
    void everyCriterionIsComplete() {
        List<String> gaps = new ArrayList<>();
        for (Criterion c : BANK.criteria()) {
            if (c.guidance() == null) {
                gaps.add(c.id() + ": no guidance");
            }
            if (c.documentation().isEmpty()) {
                gaps.add(c.id() + ": no documentation requirement");
            }
            if (c.references().isEmpty()) {
                gaps.add(c.id() + ": no references");
            }
            if (c.environmentalImpacts().isEmpty()) {
                gaps.add(c.id() + ": no environmental impact codes");
            }
            if (c.since() == null) {
                gaps.add(c.id() + ": no since");
            }
            for (Language l : Language.values()) {
                check(gaps, c.id() + " title", c.title(), l);
                check(gaps, c.id() + " text", c.text(), l);
                check(gaps, c.id() + " guidance", c.guidance(), l);
                for (DocumentationRequirement d : c.documentation()) {
                    check(gaps, c.id() + " documentation", d.description(), l);
                }
                if (c.award() != null) {
                    check(gaps, c.id() + " award.scale", c.award().scale(), l);
                }
                c.parameters().forEach(p -> check(gaps, c.id() + " parameter " + p.name(), p.label(), l));
            }
        }
        assertThat(gaps).isEmpty();
    }

    private static void check(List<String> gaps, String what, LocalizedText text, Language l) {
        if (text != null && !text.has(l)) {
            gaps.add(what + " has no " + l.code());
        }
    }

    @Test
    void labelsAndCertificatesAcceptEquivalentsInTheTextToo() {
        List<String> gaps = new ArrayList<>();
        for (Criterion c : BANK.criteria()) {
            boolean label = c.documentation().stream().anyMatch(d -> d.type().isLabelOrCertificate());
            if (label && !(c.text().nb().contains("tilsvarende") && c.text().nn().contains("tilsvarande")
                    && c.text().en().contains("equivalent"))) {
                gaps.add(c.id());
            }
        }
        assertThat(gaps).as("criteria that ask for a label or certificate but do not say 'or equivalent'").isEmpty();
    }

    @Test
    void awardCriteriaStateScoringAndAWeightRange() {
        for (Criterion c : BANK.query().kind(CriterionKind.AWARD).list()) {
            assertThat(c.award()).as(c.id()).isNotNull();
            if (c.award().scoring() == ScoringMethod.PRICE_ADDITION) {
                // counted inside the price or cost component, never weighted as climate and environment
                assertThat(c.award().maxWeight().signum()).as(c.id()).isZero();
                assertThat(c.award().addition()).as(c.id()).isNotNull();
            } else {
                assertThat(c.award().maxWeight().signum()).as(c.id()).isPositive();
            }
        }
    }

    @Test
    void translationsAreTextsOfTheirOwn() {
        List<String> copies = new ArrayList<>();
        for (Criterion c : BANK.criteria()) {
            // A short title may read the same in both written standards; the tender text and guidance may not.
            for (LocalizedText t : List.of(c.text(), c.guidance())) {
                if (t.nb().equals(t.nn())) {
                    copies.add(c.id() + " nn = nb: " + t.nb());
                }
            }
            for (LocalizedText t : List.of(c.title(), c.text(), c.guidance())) {
                if (t.nb().equals(t.en())) {
                    copies.add(c.id() + " en = nb: " + t.nb());
                }
            }
        }
        assertThat(copies).isEmpty();
    }

    /** Forms that are bokmål only; nynorsk writes ikkje, viss, nokon, frå, kva, korleis, kvar, mykje, berre, ... */
    private static final Pattern BOKMAL_ONLY = Pattern.compile(
            "(?iu)(?<![\\p{L}])(ikke|hvis|noen|fra|hva|hvordan|hvilke|hvilken|hver|hvert|mye|bare|være|utslipp"
                    + "|kjøretøy|kjøretøyene|løsning|løsninger|beskrivelse|virksomhet|virksomheten|egen|eget|egne"
                    + "|tilsvarende|dersom det ikke|forurensning|leverandørens egne)(?![\\p{L}])");

    @Test
    void nynorskHasNoBokmalOnlyForms() {
        List<String> hits = new ArrayList<>();
        for (Criterion c : BANK.criteria()) {
            List<String> texts = new ArrayList<>(List.of(c.title().nn(), c.text().nn(), c.guidance().nn()));
            c.documentation().forEach(d -> texts.add(d.description().nn()));
            c.parameters().forEach(p -> texts.add(p.label().nn()));
            if (c.award() != null) {
                texts.add(c.award().scale().nn());
            }
            for (String text : texts) {
                Matcher m = BOKMAL_ONLY.matcher(text);
                while (m.find()) {
                    hits.add(c.id() + ": '" + m.group(1) + "'");
                }
            }
        }
        assertThat(hits).isEmpty();
    }

    @Test
    void referenceUrlsAreWellFormed() {
        for (Criterion c : BANK.criteria()) {
            for (Reference r : c.references()) {
                URI uri = URI.create(r.url().replace("§", "%C2%A7"));
                assertThat(uri.getScheme()).as(c.id() + " " + r.url()).isIn("http", "https");
                assertThat(uri.getHost()).as(c.id() + " " + r.url()).contains(".");
            }
        }
    }

    @Test
    void everyCriterionRendersInEveryLanguageAndFormatWithItsDefaults() {
        TenderRenderer renderer = StandardLayouts.renderer(BANK).includeGuidance(true).build();
        List<String> problems = new ArrayList<>();
        for (Criterion c : BANK.criteria()) {
            for (Language l : Language.values()) {
                for (Format f : Format.values()) {
                    RenderedClause clause = renderer.renderClause(SelectedCriterion.of(c.id()), l, f);
                    if (clause.plainText().isBlank()) {
                        problems.add(c.id() + " " + l + " " + f + ": empty");
                    }
                    if (clause.text().contains("${") || clause.text().contains("<#") || clause.fallback()) {
                        problems.add(c.id() + " " + l + " " + f + ": unresolved markup or fallback");
                    }
                    if (clause.plainText().contains("[") && c.parameters().stream()
                            .anyMatch(p -> p.defaultValue() == null && !isBuyersEstimate(c, p.name()))) {
                        problems.add(c.id() + " " + l + ": a parameter without default");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The estimates a price addition's share is computed from (typical emissions and price per unit) are the
     * buyer's own and have no default; every other parameter has one.
     */
    private static boolean isBuyersEstimate(Criterion c, String parameter) {
        return c.award() != null && c.award().addition() != null
                && (parameter.equals(c.award().addition().quantity()) || parameter.equals(c.award().addition().price()));
    }

    @Test
    void theCommittedOverviewIsInSync() throws Exception {
        Path file = Path.of("CRITERIA.md");
        String overview = BankOverview.markdown(BANK);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, overview, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("templates/CRITERIA.md is out of date; regenerate with -Dgolden.update=true")
                .isEqualTo(overview);
    }
}
