package no.kriteriebank.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.DocumentationRequirement;
import no.kriteriebank.model.Language;

/**
 * Prints criteria as {@code list} and {@code search} show them: a table of id, revision, area, kind, level and title,
 * or a JSON array of the same facts plus the languages each criterion can be rendered in.
 */
final class CriteriaListing {
    private static final String[] HEADINGS = {"ID", "REV", "AREA", "KIND", "LEVEL", "TITLE"};

    private final List<Criterion> criteria;
    private final Language language;

    /** A listing with titles in the given language, or in bokmål when it is null. */
    CriteriaListing(List<Criterion> criteria, Language language) {
        this.criteria = List.copyOf(criteria);
        this.language = language == null ? Language.NB : language;
    }

    /**
     * Prints the table or the JSON; an empty table is a notice on stderr, an empty JSON array is {@code []}.
     *
     * @return the exit code: 0, an empty result is not an error
     */
    int print(Terminal terminal, String command, boolean json) {
        if (json) {
            printJson(terminal);
        } else if (criteria.isEmpty()) {
            terminal.err().println(command + ": no criteria match");
        } else {
            printTable(terminal);
        }
        return ExitCode.OK;
    }

    /** The table, with titles in the listing's language (bokmål, marked, where a title is not translated). */
    private void printTable(Terminal terminal) {
        List<String[]> rows = new ArrayList<>();
        for (Criterion c : criteria) {
            String title = c.title().get(language).orElse(c.title().nb() + " (nb)");
            rows.add(new String[] {c.id(), String.valueOf(c.revision()), Names.of(c.area()), Names.of(c.kind()),
                Names.of(c.level()), title});
        }
        int[] widths = new int[HEADINGS.length];
        for (int i = 0; i < HEADINGS.length; i++) {
            widths[i] = HEADINGS[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        PrintWriter out = terminal.out();
        out.println(terminal.style().bold(line(HEADINGS, widths)));
        rows.forEach(row -> out.println(line(row, widths)));
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            boolean last = i == cells.length - 1;
            boolean number = i == 1;
            String pad = " ".repeat(widths[i] - cells[i].length());
            line.append(number ? pad + cells[i] : cells[i]).append(last || number ? "" : pad);
            if (!last) {
                line.append("  ");
            }
        }
        return line.toString();
    }

    /** A JSON array of objects: id, revision, key, area, kind, level, status, title, languages, cpv. */
    private void printJson(Terminal terminal) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Criterion c : criteria) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", c.id());
            item.put("revision", c.revision());
            item.put("key", c.key());
            item.put("area", c.area().name());
            item.put("kind", c.kind().name());
            item.put("level", c.level().name());
            item.put("status", c.status().name());
            item.put("title", c.title().get(language).orElse(c.title().nb()));
            item.put("languages", completeLanguages(c).stream().map(Language::code).toList());
            item.put("cpv", c.cpv());
            items.add(item);
        }
        terminal.out().println(JsonOutput.of(items));
    }

    /**
     * The languages in which the criterion's tender text is complete: title, text, documentation and scoring, so that
     * it renders without falling back to bokmål.
     */
    static Set<Language> completeLanguages(Criterion c) {
        Set<Language> complete = EnumSet.noneOf(Language.class);
        for (Language l : Language.values()) {
            boolean ok = c.title().has(l) && c.text().has(l)
                    && (c.award() == null || c.award().scale().has(l));
            for (DocumentationRequirement d : c.documentation()) {
                ok &= d.description().has(l);
            }
            if (ok) {
                complete.add(l);
            }
        }
        return complete;
    }
}
