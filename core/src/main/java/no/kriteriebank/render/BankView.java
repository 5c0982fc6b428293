package no.kriteriebank.render;

import java.util.Map;

/**
 * The bank a document was rendered from, as the layouts see it ({@code bank}).
 *
 * @param id the bank id
 * @param version the bank version
 * @param label the bank's name and version, as written in documents
 * @param releaseDate the release date, formatted for the language
 * @param publisher the publisher
 */
record BankView(String id, String version, String label, String releaseDate, String publisher) {
    Map<String, Object> toTemplateData() {
        return TemplateData.of(5).put("id", id).put("version", version).put("label", label)
                .put("releaseDate", releaseDate).put("publisher", publisher).map();
    }
}
