package no.kriteriebank.docx;

/**
 * The Word styles the outline uses, by their Word names (which Word maps to its built-in styles whatever the user
 * interface language), with Kriteriebank's definition for documents and templates that lack one.
 */
enum StyleRole {
    TITLE("Title", "Title", false, "paragraph",
            "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
                    + "<w:pPr><w:keepNext/><w:spacing w:before=\"0\" w:after=\"240\"/></w:pPr>"
                    + "<w:rPr><w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/></w:rPr>"),
    HEADING1("heading 1", "Heading1", false, "paragraph", heading(0, 32, 360)),
    HEADING2("heading 2", "Heading2", false, "paragraph", heading(1, 26, 240)),
    HEADING3("heading 3", "Heading3", false, "paragraph", heading(2, 22, 200)),
    LIST_NUMBER("List Number", "ListNumber", false, "paragraph",
            "<w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"60\"/><w:ind w:left=\"720\" w:hanging=\"360\"/>"
                    + "</w:pPr>"),
    LIST_BULLET("List Bullet", "ListBullet", false, "paragraph",
            "<w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"60\"/><w:ind w:left=\"720\" w:hanging=\"360\"/>"
                    + "</w:pPr>"),
    TABLE("Table Grid", "TableGrid", false, "table",
            "<w:basedOn w:val=\"TableNormal\"/><w:pPr><w:spacing w:before=\"40\" w:after=\"40\"/></w:pPr>"
                    + "<w:tblPr><w:tblBorders>" + border("top") + border("left") + border("bottom")
                    + border("right") + border("insideH") + border("insideV") + "</w:tblBorders>"
                    + "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/>"
                    + "</w:tblCellMar></w:tblPr>"),
    REFERENCE("Kriteriebank Reference", "KriteriebankReference", true, "paragraph",
            "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:pPr><w:keepNext/>"
                    + "<w:spacing w:before=\"0\" w:after=\"80\"/></w:pPr>"
                    + "<w:rPr><w:color w:val=\"595959\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr>"),
    GUIDANCE("Kriteriebank Guidance", "KriteriebankGuidance", true, "paragraph",
            "<w:basedOn w:val=\"Normal\"/><w:pPr><w:pBdr><w:left w:val=\"single\" w:sz=\"12\" w:space=\"8\""
                    + " w:color=\"8EAADB\"/></w:pBdr><w:ind w:left=\"284\"/></w:pPr>"
                    + "<w:rPr><w:color w:val=\"404040\"/></w:rPr>");

    private final String wordName;
    private final String defaultId;
    private final boolean ours;
    private final String type;
    private final String definition;

    StyleRole(String wordName, String defaultId, boolean ours, String type, String definition) {
        this.wordName = wordName;
        this.defaultId = defaultId;
        this.ours = ours;
        this.type = type;
        this.definition = definition;
    }

    String wordName() {
        return wordName;
    }

    String defaultId() {
        return defaultId;
    }

    /** Kriteriebank's own style, added to a template without a warning: no template is expected to have it. */
    boolean ours() {
        return ours;
    }

    /** The style element with this id. */
    String xml(String id) {
        return "<w:style w:type=\"" + type + "\" w:styleId=\"" + id + "\"><w:name w:val=\"" + wordName + "\"/>"
                + definition + "</w:style>";
    }

    private static String heading(int outline, int size, int before) {
        return "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"" + before + "\" w:after=\"80\"/>"
                + "<w:outlineLvl w:val=\"" + outline + "\"/></w:pPr><w:rPr><w:b/><w:color w:val=\"1F3864\"/>"
                + "<w:sz w:val=\"" + size + "\"/><w:szCs w:val=\"" + size + "\"/></w:rPr>";
    }

    private static String border(String side) {
        return "<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>";
    }
}
