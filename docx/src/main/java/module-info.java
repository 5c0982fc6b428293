/** Word (DOCX) output: a rendered tender or clause set as a document, or filled into a buyer's own template. */
module no.kriteriebank.docx {
    requires transitive no.kriteriebank.core;
    requires java.xml;

    exports no.kriteriebank.docx;
}
