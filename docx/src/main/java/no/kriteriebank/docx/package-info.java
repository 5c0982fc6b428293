/**
 * Word output: {@link no.kriteriebank.docx.DocxFormat} writes a rendered tender or clause set as a DOCX file with
 * real Word styles, and {@link no.kriteriebank.docx.WordTemplate} pours it into a buyer's own Word template at
 * {@code {{kriteriebank}}} markers, leaving the rest of the template as it was. Both give the same bytes for the
 * same input. Templates are untrusted: macros, external relationships and zip bombs are refused.
 */
package no.kriteriebank.docx;
