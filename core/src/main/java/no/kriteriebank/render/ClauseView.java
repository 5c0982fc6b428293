package no.kriteriebank.render;

import java.util.List;
import java.util.Map;

/**
 * One clause as the layouts see it: {@code clause} in the clause layout, {@code sections[].clauses[]} in the document
 * layout (there with {@code rendered} added, see {@link SectionClauseView}).
 *
 * @param id the criterion id
 * @param revision the revision the text comes from
 * @param key the pinned key, {@code BYG-02@2}
 * @param anchor the clause's anchor, {@code k-byg-02}
 * @param number the clause's number in the document, {@code 2.1}, or null for a clause on its own
 * @param kind the criterion kind, {@code SPECIFICATION}
 * @param level the ambition level, in words
 * @param title the title
 * @param blocks the criterion text with the values filled in, as blocks ({@link Blocks})
 * @param plain the same text as plain text
 * @param note the buyer's note as blocks, empty when there is none
 * @param documentation what the supplier hands in
 * @param award how the criterion is scored, or null when it is not an award criterion
 * @param guidance the guidance to the buyer as blocks, or null when not included
 * @param fallback whether bokmål stands in for a missing translation
 */
record ClauseView(String id, int revision, String key, String anchor, String number, String kind, String level,
        String title, List<Map<String, Object>> blocks, String plain, List<Map<String, Object>> note,
        List<DocumentationView> documentation, ClauseAwardView award, List<Map<String, Object>> guidance,
        boolean fallback) {

    Map<String, Object> toTemplateData() {
        return into(TemplateData.of(16)).map();
    }

    /** {@return the data with this clause's keys added} */
    TemplateData into(TemplateData data) {
        return data.put("id", id).put("revision", revision).put("key", key).put("anchor", anchor)
                .put("number", number).put("kind", kind).put("level", level).put("title", title)
                .put("blocks", blocks).put("plain", plain).put("note", note)
                .put("documentation", TemplateData.list(documentation, DocumentationView::toTemplateData))
                .put("award", award == null ? null : award.toTemplateData()).put("guidance", guidance)
                .put("fallback", fallback);
    }
}
