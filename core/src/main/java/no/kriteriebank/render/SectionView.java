package no.kriteriebank.render;

import java.util.List;
import java.util.Map;

/**
 * One section of a document, the clauses of one criterion kind, as the layouts see it ({@code sections[]}).
 *
 * @param kind the criterion kind, {@code AWARD}
 * @param number the section number, from 1
 * @param heading the heading
 * @param anchor the section's anchor, {@code k-award}
 * @param clauses the clauses, in tender order
 * @param awardModel whether the award model table belongs in this section
 */
record SectionView(String kind, int number, String heading, String anchor, List<SectionClauseView> clauses,
        boolean awardModel) {
    Map<String, Object> toTemplateData() {
        return TemplateData.of(6).put("kind", kind).put("number", number).put("heading", heading)
                .put("anchor", anchor).put("clauses", TemplateData.list(clauses, SectionClauseView::toTemplateData))
                .put("awardModel", awardModel).map();
    }
}
