/**
 * Reports for Miljødirektoratet over many tenders: {@link no.kriteriebank.report.ReportBuilder} reads tender files one
 * at a time into a {@link no.kriteriebank.report.ClimateReport}, written as CSV or JSON by
 * {@link no.kriteriebank.report.ReportWriter}, optionally beside last year's {@link no.kriteriebank.report.PreviousReport}.
 */
package no.kriteriebank.report;
