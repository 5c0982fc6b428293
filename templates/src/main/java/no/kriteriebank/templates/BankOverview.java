package no.kriteriebank.templates;

import java.util.List;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.Language;

/**
 * A Markdown overview of a bank: every criterion by area, kind and level, with its title in bokmål and the languages
 * it is complete in. The standard bank's overview is committed as {@code templates/CRITERIA.md} and kept in sync by a
 * test.
 */
public final class BankOverview {
    private BankOverview() {
    }

    /**
     * The overview as Markdown.
     *
     * @param bank the bank to list
     * @return the overview
     */
    public static String markdown(CriteriaBank bank) {
        StringBuilder out = new StringBuilder();
        out.append("# Criteria in ").append(bank.info().label()).append("\n\n");
        out.append("Generated from the bank by `BankOverview`; do not edit by hand. ")
                .append(bank.size()).append(" criteria, released ").append(bank.info().releaseDate())
                .append(" by ").append(bank.info().publisher()).append(".\n\n");
        out.append("| area | criteria | qualification | specification | award | contract clause |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Area area : Area.values()) {
            List<Criterion> inArea = bank.query().includeDeprecated().area(area).list();
            out.append("| ").append(area.label().en()).append(" | ").append(inArea.size());
            for (CriterionKind kind : CriterionKind.values()) {
                out.append(" | ").append(inArea.stream().filter(c -> c.kind() == kind).count());
            }
            out.append(" |\n");
        }
        for (Area area : Area.values()) {
            List<Criterion> inArea = bank.query().includeDeprecated().area(area).list();
            if (inArea.isEmpty()) {
                continue;
            }
            out.append("\n## ").append(area.label().en()).append(" (").append(area.label().nb()).append(")\n\n");
            out.append("| id | rev | kind | level | title (nb) | languages |\n");
            out.append("| --- | ---: | --- | --- | --- | --- |\n");
            for (Criterion c : inArea) {
                StringBuilder languages = new StringBuilder();
                for (Language l : Language.values()) {
                    if (c.title().has(l) && c.text().has(l)) {
                        languages.append(languages.length() == 0 ? "" : ", ").append(l.code());
                    }
                }
                out.append("| ").append(c.id()).append(" | ").append(c.revision()).append(" | ")
                        .append(c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(" | ")
                        .append(c.level().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                        .append(c.title().nb().replace("|", "\\|")).append(c.isActive() ? "" : " (deprecated)")
                        .append(" | ").append(languages).append(" |\n");
            }
        }
        return out.toString();
    }
}
