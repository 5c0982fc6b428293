package no.kriteriebank.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.ProcedurePart;

/**
 * What a set of tenders did for climate and environment, for reporting to Miljødirektoratet. Made by
 * {@link ReportBuilder}; written by {@link ReportWriter} with these component names as JSON fields and CSV figures.
 *
 * <p>Two readings hold throughout. A tender is <em>with climate criteria</em> when it selects at least one criterion
 * of the bank, or its award model has a climate and environment component ({@code category: ENVIRONMENT}) that is
 * weighted <em>or ranked</em>. A tender's value goes to its <em>main area</em>: the area most of its bank criteria
 * belong to (ties in bank order), and to {@link Area#GENERAL} only when it has no other area.
 *
 * <p>"Counted" tenders are those read and inside the reporting period; every figure below except {@code tendersRead},
 * {@code outsidePeriod}, {@code withoutDate} and {@code failures} is over the counted tenders. Values are estimated
 * contract values in NOK excluding VAT; shares are percentages rounded half up to two decimals; weights are exact.
 *
 * @param bank the bank the tenders were read against, e.g. {@code kriteriebank 2026.1}
 * @param from the first day of the reporting period, or null when it has no start
 * @param to the last day of the reporting period, or null when it has no end
 * @param tendersRead tender files read successfully, each file once
 * @param tenders tenders counted: read, and announced within the period (all read tenders when there is no period)
 * @param outsidePeriod tenders read but not counted: announced outside the period, or with no announcement date when
 *     a period is set
 * @param withoutDate tenders read that state no announcement date
 * @param withoutValue counted tenders that state no estimated value
 * @param withoutProcedure counted tenders that state no procedure part
 * @param withClimateCriteria counted tenders with climate criteria
 * @param shareOfTendersWithClimateCriteria {@code withClimateCriteria} as a percentage of {@code tenders}; null when
 *     no tender is counted
 * @param value the estimated value of the counted tenders
 * @param valueWithClimateCriteria the estimated value of the counted tenders with climate criteria
 * @param shareOfValueWithClimateCriteria {@code valueWithClimateCriteria} as a percentage of {@code value}; null when
 *     {@code value} is zero
 * @param weighted tenders whose award model weights a climate and environment component
 * @param ranked tenders whose award model ranks a climate and environment component by priority
 * @param minWeight the smallest climate and environment weight (the sum of such components' weights) among the
 *     weighted tenders, in percent; null when none
 * @param medianWeight the median of those weights; for an even count the mean of the middle two; null when none
 * @param maxWeight the largest of those weights; null when none
 * @param weightDistribution the weighted tenders per exact climate and environment weight, lowest weight first
 * @param belowMinimumWeight weighted tenders whose climate and environment weight is below the minimum of the § 7-9
 *     rule set that applies to them, as the tender checker finds ({@code FOA-7-9-MIN-WEIGHT}, also where it is only
 *     advice, in part I)
 * @param options counted tenders per § 7-9 option stated in {@code environment.option}, every option listed
 * @param noOption counted tenders that state no § 7-9 option
 * @param perArea tenders per area; a tender counts once in each area of its bank criteria; every area listed
 * @param perKind tenders per kind of criterion, counted likewise; every kind listed
 * @param valuePerArea estimated value per main area; every area listed
 * @param perScope3 tenders per GHG Scope 3 category, counted once in each category its bank criteria address
 * @param valuePerScope3 estimated value per main Scope 3 category: the category most of its criteria address, the
 *     lower number on a tie
 * @param perYear counted tenders per year of announcement (tenders without a date are in none)
 * @param perBuyer counted tenders per buyer, as written (spaces trimmed and collapsed), in code-point order
 * @param perLevel tenders per ambition level: the highest level among a tender's bank criteria (tenders without
 *     bank criteria are in none); every level listed
 * @param perProcedure counted tenders per procedure part (tenders stating none are in {@code withoutProcedure});
 *     every part listed
 * @param topCriteria the criteria used in most tenders (each counted once per tender), most used first, then by id
 * @param withUnknownCriteria counted tenders naming at least one criterion the bank does not have
 * @param unknownCriteria each unknown criterion, as {@code criteria[i].id: unknown criterion 'ID'}, by file
 * @param failures files and directory entries that could not be read as tenders, with the first problem of each,
 *     by file
 */
public record ClimateReport(String bank, LocalDate from, LocalDate to,
        long tendersRead, long tenders, long outsidePeriod, long withoutDate, long withoutValue, long withoutProcedure,
        long withClimateCriteria, BigDecimal shareOfTendersWithClimateCriteria,
        BigDecimal value, BigDecimal valueWithClimateCriteria, BigDecimal shareOfValueWithClimateCriteria,
        long weighted, long ranked, BigDecimal minWeight, BigDecimal medianWeight, BigDecimal maxWeight,
        Map<BigDecimal, Long> weightDistribution, long belowMinimumWeight, Map<EnvironmentOption, Long> options, long noOption,
        Map<Area, Long> perArea, Map<CriterionKind, Long> perKind, Map<Area, BigDecimal> valuePerArea,
        Map<Integer, Long> perScope3, Map<Integer, BigDecimal> valuePerScope3,
        Map<Integer, Breakdown> perYear, Map<String, Breakdown> perBuyer, Map<AmbitionLevel, Breakdown> perLevel,
        Map<ProcedurePart, Breakdown> perProcedure,
        Map<String, Long> topCriteria, long withUnknownCriteria, List<FileProblem> unknownCriteria,
        List<FileProblem> failures) {

    /**
     * Copies the collections; keyed maps are kept in key order (enums in declaration order, which is bank order;
     * Scope 3 categories and years numerically), {@code topCriteria} in the order given.
     *
     * @param bank the bank
     * @param from the first day of the period, or null
     * @param to the last day of the period, or null
     * @param tendersRead tender files read
     * @param tenders tenders counted
     * @param outsidePeriod tenders read but outside the period
     * @param withoutDate tenders read without an announcement date
     * @param withoutValue counted tenders without an estimated value
     * @param withoutProcedure counted tenders without a procedure part
     * @param withClimateCriteria counted tenders with climate criteria
     * @param shareOfTendersWithClimateCriteria their share of the tenders, in percent
     * @param value the estimated value of the counted tenders
     * @param valueWithClimateCriteria the estimated value of those with climate criteria
     * @param shareOfValueWithClimateCriteria its share of the value, in percent
     * @param weighted tenders weighting climate and environment
     * @param ranked tenders ranking climate and environment
     * @param minWeight the smallest climate weight
     * @param medianWeight the median climate weight
     * @param maxWeight the largest climate weight
     * @param weightDistribution the weighted tenders per exact weight
     * @param belowMinimumWeight tenders below the rule set's minimum weight
     * @param options tenders per § 7-9 option
     * @param noOption tenders stating no § 7-9 option
     * @param perArea tenders per area
     * @param perKind tenders per kind of criterion
     * @param valuePerArea value per main area
     * @param perScope3 tenders per Scope 3 category
     * @param valuePerScope3 value per main Scope 3 category
     * @param perYear tenders per year of announcement
     * @param perBuyer tenders per buyer
     * @param perLevel tenders per highest ambition level
     * @param perProcedure tenders per procedure part
     * @param topCriteria the criteria used most
     * @param withUnknownCriteria tenders naming unknown criteria
     * @param unknownCriteria the unknown criteria, by file
     * @param failures the files that could not be read
     */
    public ClimateReport {
        weightDistribution = sorted(weightDistribution);
        options = sorted(options);
        perArea = sorted(perArea);
        perKind = sorted(perKind);
        valuePerArea = sorted(valuePerArea);
        perScope3 = sorted(perScope3);
        valuePerScope3 = sorted(valuePerScope3);
        perYear = sorted(perYear);
        perBuyer = sorted(perBuyer);
        perLevel = sorted(perLevel);
        perProcedure = sorted(perProcedure);
        topCriteria = Collections.unmodifiableMap(new LinkedHashMap<>(topCriteria));
        unknownCriteria = List.copyOf(unknownCriteria);
        failures = List.copyOf(failures);
    }

    private static <K extends Comparable<K>, V> Map<K, V> sorted(Map<K, V> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }

    /**
     * The same four figures for one group of tenders (a year, a buyer, an ambition level, a procedure part).
     *
     * @param tenders counted tenders in the group
     * @param withClimateCriteria those with climate criteria
     * @param value their estimated value
     * @param valueWithClimateCriteria the estimated value of those with climate criteria
     */
    public record Breakdown(long tenders, long withClimateCriteria, BigDecimal value,
            BigDecimal valueWithClimateCriteria) {
    }

    /**
     * A file, or a directory entry, and what is wrong with it.
     *
     * @param file the file name, as given or as found under a directory given
     * @param problem what is wrong, as {@code file:line:column: path: message} where a position is known
     */
    public record FileProblem(String file, String problem) {
    }
}
