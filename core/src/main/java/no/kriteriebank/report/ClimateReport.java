package no.kriteriebank.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a set of tenders did for climate and environment, for reporting to Miljødirektoratet. Made by
 * {@link ReportBuilder}.
 *
 * @param bank the bank the tenders were read against, e.g. {@code kriteriebank 2026.1}
 * @param tenders how many tender files were read successfully
 * @param withClimateCriteria how many use at least one criterion from the bank or a weighted climate and
 *     environment component
 * @param perArea tenders per area (a tender counts once in each area of its selected criteria); keys sorted
 * @param perKind tenders per criterion kind (likewise)
 * @param weighted how many weigh climate and environment in their award model
 * @param minWeight the smallest climate and environment weight among them, in percent; null when none
 * @param medianWeight the median weight; null when none
 * @param maxWeight the largest weight; null when none
 * @param exceptions tenders per § 7-9 option other than weighting (specification route and exemptions)
 * @param value estimated contract value in NOK excluding VAT, in all
 * @param valuePerArea estimated value per main area (the area most of a tender's criteria belong to)
 * @param valuePerScope3 estimated value per GHG Scope 3 category (the category most of its criteria address)
 * @param topCriteria the criteria used most, with their counts, most used first
 * @param failures the files that could not be read, with the first problem of each
 */
public record ClimateReport(String bank, long tenders, long withClimateCriteria, Map<String, Long> perArea,
        Map<String, Long> perKind, long weighted, BigDecimal minWeight, BigDecimal medianWeight, BigDecimal maxWeight,
        Map<String, Long> exceptions, BigDecimal value, Map<String, BigDecimal> valuePerArea,
        Map<String, BigDecimal> valuePerScope3, Map<String, Long> topCriteria, List<Failure> failures) {

    /**
     * Copies the collections.
     *
     * @param perArea tenders per area
     * @param bank the bank the tenders were read against, e.g. {@code kriteriebank 2026.1}
     * @param tenders the number of tenders read
     * @param withClimateCriteria the number with at least one bank criterion or a weighted climate component
     * @param perKind tenders per kind of criterion
     * @param weighted the number of tenders with a climate weight
     * @param minWeight the smallest climate weight
     * @param medianWeight the median climate weight
     * @param maxWeight the largest climate weight
     * @param exceptions tenders per § 7-9 option other than award criteria, by eForms code
     * @param value the total estimated value
     * @param valuePerArea estimated value per main area
     * @param valuePerScope3 estimated value per Scope 3 category
     * @param topCriteria the most used criteria
     * @param failures the files that could not be read
     */
    public ClimateReport {
        perArea = sorted(perArea);
        perKind = sorted(perKind);
        exceptions = sorted(exceptions);
        valuePerArea = sorted(valuePerArea);
        valuePerScope3 = sorted(valuePerScope3);
        topCriteria = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(topCriteria));
        failures = List.copyOf(failures);
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(map));
    }

    /**
     * A file that could not be read.
     *
     * @param file the file name
     * @param problem the first problem, as {@code file:line:column: path: message}
     */
    public record Failure(String file, String problem) {
    }
}
