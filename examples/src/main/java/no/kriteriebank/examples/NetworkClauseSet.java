package no.kriteriebank.examples;

import java.util.List;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Language;
import no.kriteriebank.render.Format;
import no.kriteriebank.templates.StandardBank;
import no.kriteriebank.templates.StandardLayouts;
import no.kriteriebank.tender.SelectedCriterion;

/**
 * A purchasing network's job: a standard clause set for one area and ambition level, in nynorsk Markdown with the
 * buyer guidance, for member municipalities to copy into their tender documents.
 */
public final class NetworkClauseSet {
    private NetworkClauseSet() {
    }

    /**
     * Prints the transport clauses at advanced level in nynorsk Markdown.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        System.out.print(run(Area.TRANSPORT, AmbitionLevel.ADVANCED, Language.NN, Format.MARKDOWN));
    }

    /**
     * Renders every active criterion of an area and level with its default values.
     *
     * @param area the procurement area
     * @param level the ambition level
     * @param language the language to write in
     * @param format the output format
     * @return the clause set
     */
    public static String run(Area area, AmbitionLevel level, Language language, Format format) {
        CriteriaBank bank = StandardBank.load();
        List<SelectedCriterion> clauses = bank.query().area(area).level(level).list().stream()
                .map(c -> SelectedCriterion.of(c.id()))
                .toList();
        String title = "Standardkrav: " + area.label().get(language).orElseThrow() + ", "
                + level.label().get(language).orElseThrow().toLowerCase(language.locale()) + " nivå";
        return StandardLayouts.renderer(bank).includeGuidance(true).build()
                .renderClauses(title, clauses, language, format).text();
    }
}
