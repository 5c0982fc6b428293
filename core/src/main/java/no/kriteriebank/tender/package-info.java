/**
 * Tenders: the criteria a buyer selected with their values, the § 7-9 approach and the award model, read and
 * written as YAML or JSON by {@link no.kriteriebank.tender.TenderLoader}.
 */
package no.kriteriebank.tender;
