package no.kriteriebank.docx;

import no.kriteriebank.model.Language;
import no.kriteriebank.render.outline.DocumentOutline;

/** The XML parts of a Word document of Kriteriebank's own: package metadata, styles, settings and footer. */
final class BuiltInParts {
    static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CT_NUMBERING = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
    static final String CT_STYLES = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    static final String RT_NUMBERING = R + "/numbering";
    static final String RT_STYLES = R + "/styles";

    private BuiltInParts() {
    }

    /** The language tag Word's spell-checker uses: {@code nb-NO}, {@code nn-NO}, {@code en-GB}. */
    static String tag(Language language) {
        return language.locale().toLanguageTag();
    }

    static String contentTypes() {
        String wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        return XML_DECLARATION + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + wml + "document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"" + CT_STYLES + "\"/>"
                + "<Override PartName=\"/word/numbering.xml\" ContentType=\"" + CT_NUMBERING + "\"/>"
                + "<Override PartName=\"/word/settings.xml\" ContentType=\"" + wml + "settings+xml\"/>"
                + "<Override PartName=\"/word/footer1.xml\" ContentType=\"" + wml + "footer+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\""
                + " ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
                + "</Types>";
    }

    static String packageRels() {
        return XML_DECLARATION + "<Relationships xmlns=\"" + REL + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + R + "/officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/"
                + "metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + R + "/extended-properties\" Target=\"docProps/app.xml\"/>"
                + "</Relationships>";
    }

    static String documentRels() {
        return XML_DECLARATION + "<Relationships xmlns=\"" + REL + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RT_STYLES + "\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + RT_NUMBERING + "\" Target=\"numbering.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + R + "/settings\" Target=\"settings.xml\"/>"
                + "<Relationship Id=\"rId4\" Type=\"" + R + "/footer\" Target=\"footer1.xml\"/>"
                + "</Relationships>";
    }

    /** Title, author (the buyer) and language; no dates, so the same document gives the same bytes. */
    static String core(DocumentOutline outline, Language language) {
        return XML_DECLARATION + "<cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>" + XmlText.escape(outline.title()) + "</dc:title>"
                + (outline.buyer() == null ? "" : "<dc:creator>" + XmlText.escape(outline.buyer()) + "</dc:creator>")
                + "<dc:language>" + tag(language) + "</dc:language>"
                + "<dc:description>" + XmlText.escape(outline.footer()) + "</dc:description>"
                + "</cp:coreProperties>";
    }

    static String app() {
        return XML_DECLARATION + "<Properties"
                + " xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>Kriteriebank</Application></Properties>";
    }

    static String settings(Language language) {
        return XML_DECLARATION + "<w:settings xmlns:w=\"" + W + "\">"
                + "<w:defaultTabStop w:val=\"708\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
                + "<w:themeFontLang w:val=\"" + tag(language) + "\"/><w:decimalSymbol w:val=\""
                + (language == Language.EN ? "." : ",") + "\"/><w:listSeparator w:val=\";\"/></w:settings>";
    }

    /** Normal text in the document's language, and every style of {@link StyleRole} with its usual id. */
    static String styles(Language language) {
        StringBuilder b = new StringBuilder(XML_DECLARATION);
        b.append("<w:styles xmlns:w=\"").append(W).append("\"><w:docDefaults><w:rPrDefault><w:rPr>")
                .append("<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>")
                .append("<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"").append(tag(language))
                .append("\" w:eastAsia=\"").append(tag(language)).append("\" w:bidi=\"ar-SA\"/>")
                .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\"")
                .append(" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>")
                .append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>")
                .append("<w:qFormat/></w:style>")
                .append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">")
                .append("<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>")
                .append("</w:style>")
                .append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">")
                .append("<w:name w:val=\"Normal Table\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>")
                .append("<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>")
                .append("<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>")
                .append("</w:tblPr></w:style>")
                .append("<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/>")
                .append("<w:basedOn w:val=\"Normal\"/><w:pPr><w:tabs><w:tab w:val=\"right\" w:pos=\"")
                .append(WordBody.TEXT_WIDTH).append("\"/></w:tabs><w:spacing w:after=\"0\"/></w:pPr>")
                .append("<w:rPr><w:color w:val=\"595959\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr>")
                .append("</w:style>");
        for (StyleRole role : StyleRole.values()) {
            b.append(role.xml(role.defaultId()));
        }
        return b.append("</w:styles>").toString();
    }

    static String numbering(Numbering numbering) {
        return XML_DECLARATION + "<w:numbering xmlns:w=\"" + W + "\">" + numbering.abstractNums() + numbering.nums()
                + "</w:numbering>";
    }

    /** The footer: the bank and version the text comes from, and the page number. */
    static String footer(DocumentOutline outline) {
        return XML_DECLARATION + "<w:ftr xmlns:w=\"" + W + "\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
                + "<w:r><w:t xml:space=\"preserve\">" + XmlText.escape(outline.footer()) + "</w:t></w:r>"
                + "<w:r><w:tab/></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
                + "</w:p></w:ftr>";
    }

    static String document(String body) {
        return XML_DECLARATION + "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"><w:body>\n" + body
                + "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId4\"/>"
                + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\""
                + " w:left=\"1417\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>"
                + "</w:body></w:document>";
    }
}
