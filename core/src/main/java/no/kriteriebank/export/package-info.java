/**
 * Exports of a tender's award criteria and climate information to the formats procurement platforms publish:
 * eForms (UBL 2.3 XML, for Doffin and TED) with {@link no.kriteriebank.export.EformsExporter}, and an Open
 * Contracting Data Standard release fragment with {@link no.kriteriebank.export.OcdsExporter}.
 *
 * <p>Both read a {@link no.kriteriebank.tender.Tender} against the {@link no.kriteriebank.bank.CriteriaBank} it was
 * written from, which supplies the criteria's titles and environmental-impact codes. Both refuse a tender they cannot
 * export faithfully with an {@link no.kriteriebank.export.ExportException} that names the field and a stable code,
 * rather than writing a notice that a platform would reject or that would misstate the tender.
 */
package no.kriteriebank.export;
