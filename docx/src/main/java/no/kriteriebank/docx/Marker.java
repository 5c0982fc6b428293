package no.kriteriebank.docx;

/**
 * A marker paragraph found in a template's {@code word/document.xml}.
 *
 * @param name the part name after {@code kriteriebank:}, or empty for the whole document
 * @param start the offset of the paragraph's start tag
 * @param end the offset just after its end tag
 * @param inCell whether the paragraph lies in a table cell, which must still end with a paragraph
 * @param sectionBreak the paragraph's {@code w:pPr} when it carries a section break that must be kept, else null
 */
record Marker(String name, int start, int end, boolean inCell, String sectionBreak) {

    /** {@return the marker as written in the template} */
    String text() {
        return name.isEmpty() ? "{{kriteriebank}}" : "{{kriteriebank:" + name + "}}";
    }
}
