package no.kriteriebank.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.model.Parameter;
import org.junit.jupiter.api.Test;

/**
 * The bank uses the words chosen in {@code GLOSSARY.md}: every rejected variant listed there, in its language, is
 * absent from every current criterion (tender text, title, guidance, scoring, documentation, parameter labels, units
 * and choices).
 */
class GlossaryTest {
    private static final Path GLOSSARY = Path.of("GLOSSARY.md");

    /** A rejected variant of a concept in one language, as a whole-word pattern. */
    record Rejected(String concept, Language language, String variant, Pattern pattern) {
    }

    static List<Rejected> rejected(String glossary) {
        List<Rejected> out = new ArrayList<>();
        for (String line : glossary.split("\n")) {
            String[] cells = line.split("\\|", -1);
            // | concept | nb | nn | en | rejected nb | rejected nn | rejected en |
            if (cells.length != 9 || line.startsWith("| ---") || cells[1].trim().equals("concept")) {
                continue;
            }
            Language[] languages = {Language.NB, Language.NN, Language.EN};
            for (int i = 0; i < 3; i++) {
                for (String variant : cells[5 + i].split(";")) {
                    String v = variant.trim();
                    if (v.isEmpty()) {
                        continue;
                    }
                    String core = Pattern.quote(v.replace("*", "")).replace(" ", "\\E\\s+\\Q");
                    String before = v.startsWith("*") ? "" : "(?<![\\p{L}\\p{N}])";
                    String after = v.endsWith("*") ? "" : "(?![\\p{L}\\p{N}])";
                    out.add(new Rejected(cells[1].trim(), languages[i], v,
                            Pattern.compile("(?iu)" + before + core + after)));
                }
            }
        }
        return out;
    }

    static List<String> violations(CriteriaBank bank, List<Rejected> rejected) {
        List<String> hits = new ArrayList<>();
        for (Criterion c : bank.criteria()) {
            Map<Language, List<String>> texts = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                List<String> t = new ArrayList<>();
                add(t, c.title(), l);
                add(t, c.text(), l);
                add(t, c.guidance(), l);
                c.documentation().forEach(d -> add(t, d.description(), l));
                if (c.award() != null) {
                    add(t, c.award().scale(), l);
                }
                for (Parameter p : c.parameters()) {
                    add(t, p.label(), l);
                    add(t, p.unit(), l);
                    p.choices().forEach(choice -> add(t, choice.label(), l));
                }
                texts.put(l, t);
            }
            for (Rejected r : rejected) {
                for (String text : texts.get(r.language())) {
                    Matcher m = r.pattern().matcher(text);
                    while (m.find()) {
                        hits.add(c.id() + " " + r.language().code() + ": '" + m.group() + "' (" + r.concept()
                                + "; see GLOSSARY.md)");
                    }
                }
            }
        }
        return hits;
    }

    private static void add(List<String> texts, LocalizedText text, Language language) {
        if (text != null) {
            text.get(language).ifPresent(texts::add);
        }
    }

    @Test
    void theBankUsesTheChosenWords() throws Exception {
        List<Rejected> rejected = rejected(Files.readString(GLOSSARY, StandardCharsets.UTF_8));
        assertThat(rejected).hasSizeGreaterThan(20);
        assertThat(violations(StandardBankTest.BANK, rejected)).isEmpty();
    }

    @Test
    void theCheckFindsARejectedVariantInItsLanguageOnly() throws Exception {
        List<Rejected> rejected = rejected(Files.readString(GLOSSARY, StandardCharsets.UTF_8));
        Criterion tra01 = StandardBankTest.BANK.get("TRA-01");
        Criterion bad = tra01.toBuilder()
                .guidance(tra01.guidance().with(Language.NN, "Krev røynsle med anleggsmaskiner og gjenvunnen plast; "
                        + "oppgi delen.").with(Language.NB, "Dere kan kreve dagbot."))
                .build();
        CriteriaBank bank = CriteriaBank.of(StandardBankTest.BANK.info(), List.of(bad));
        assertThat(violations(bank, rejected)).extracting(s -> s.substring(0, s.indexOf(" (")))
                .containsExactlyInAnyOrder("TRA-01 nn: 'røynsle'", "TRA-01 nn: 'maskiner'",
                        "TRA-01 nn: 'gjenvunnen'", "TRA-01 nn: 'oppgi'", "TRA-01 nb: 'dagbot'", "TRA-01 nb: 'Dere'");
        // bokmål may write what nynorsk may not, and the other way round
        Criterion fine = tra01.toBuilder().guidance(tra01.guidance().with(Language.NB, "Oppgi anleggsmaskiner og "
                + "gjenvunnet plast; dagmulkt.").with(Language.NN, "Oppgje anleggsmaskinar; dagbot; erfaring.")).build();
        assertThat(violations(CriteriaBank.of(StandardBankTest.BANK.info(), List.of(fine)), rejected)).isEmpty();
    }
}
