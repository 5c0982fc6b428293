package no.kriteriebank.render;

import java.util.List;
import java.util.Map;

/**
 * A whole document as the document layout sees it: the root of its data model (with the fixed words {@code t}).
 *
 * @param title the title
 * @param language the language code, {@code nb}
 * @param bank the bank it was rendered from
 * @param buyer the buyer, or null for a clause set
 * @param reference the buyer's reference, or null
 * @param date the announcement date, formatted, or null
 * @param cpv the CPV codes
 * @param estimatedValue the estimated value, formatted, or null
 * @param environment how the climate rule is met, or null
 * @param additions the buyer's own sections
 * @param sections the sections of clauses, in kind order
 * @param award the award model, or null when the tender has none
 * @param documentation the documentation rows by due time
 */
record DocumentView(String title, String language, BankView bank, String buyer, String reference, String date,
        List<String> cpv, String estimatedValue, EnvironmentView environment, List<AdditionView> additions,
        List<SectionView> sections, AwardView award, List<DueGroupView> documentation) {
    Map<String, Object> toTemplateData() {
        return TemplateData.of(13).put("title", title).put("language", language).put("bank", bank.toTemplateData())
                .put("buyer", buyer).put("reference", reference).put("date", date).put("cpv", cpv)
                .put("estimatedValue", estimatedValue)
                .put("environment", environment == null ? null : environment.toTemplateData())
                .put("additions", TemplateData.list(additions, AdditionView::toTemplateData))
                .put("sections", TemplateData.list(sections, SectionView::toTemplateData))
                .put("award", award == null ? null : award.toTemplateData())
                .put("documentation", TemplateData.list(documentation, DueGroupView::toTemplateData)).map();
    }
}
