package no.kriteriebank.render;

import java.util.List;

/**
 * One section of a rendered document: qualification requirements, specifications, award criteria or contract
 * clauses.
 *
 * @param kind the criterion kind of the section
 * @param heading the section heading in the rendered language
 * @param clauses the clauses, in the tender's order
 */
public record RenderedSection(String kind, String heading, List<RenderedClause> clauses) {

    /**
     * Copies the clause list.
     *
     * @param clauses the clauses, in order
     * @param kind the kind of clauses in the section
     * @param heading the section heading
     */
    public RenderedSection {
        clauses = List.copyOf(clauses);
    }
}
