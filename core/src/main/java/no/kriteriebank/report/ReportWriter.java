package no.kriteriebank.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.kriteriebank.internal.Mappers;

/**
 * Writes a {@link ClimateReport} as JSON or CSV. The CSV has one row per figure ({@code section, key, value}); its
 * Norwegian-Excel form uses semicolons, decimal commas and a byte-order mark, so Excel opens it as UTF-8.
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    /**
     * {@return the report as a JSON object}
     *
     * @param report the report
     */
    public static String json(ClimateReport report) {
        return Mappers.json().writeValueAsString(report);
    }

    /**
     * {@return the report as comma-separated UTF-8 with a decimal point}
     *
     * @param report the report
     */
    public static String csv(ClimateReport report) {
        return csv(report, ',', '.', false);
    }

    /**
     * {@return the report as semicolon-separated UTF-8 with a decimal comma and a byte-order mark, for Norwegian Excel}
     *
     * @param report the report
     */
    public static String csvForExcel(ClimateReport report) {
        return csv(report, ';', ',', true);
    }

    private static String csv(ClimateReport r, char separator, char decimal, boolean bom) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"section", "key", "value"});
        rows.add(new String[] {"bank", "", r.bank()});
        rows.add(new String[] {"tenders", "", String.valueOf(r.tenders())});
        rows.add(new String[] {"tenders", "with climate criteria", String.valueOf(r.withClimateCriteria())});
        r.perArea().forEach((k, v) -> rows.add(new String[] {"tenders per area", k, String.valueOf(v)}));
        r.perKind().forEach((k, v) -> rows.add(new String[] {"tenders per kind", k, String.valueOf(v)}));
        rows.add(new String[] {"climate weight", "tenders", String.valueOf(r.weighted())});
        rows.add(new String[] {"climate weight", "min", number(r.minWeight(), decimal)});
        rows.add(new String[] {"climate weight", "median", number(r.medianWeight(), decimal)});
        rows.add(new String[] {"climate weight", "max", number(r.maxWeight(), decimal)});
        r.exceptions().forEach((k, v) -> rows.add(new String[] {"section 7-9 option", k, String.valueOf(v)}));
        rows.add(new String[] {"value NOK", "all", number(r.value(), decimal)});
        r.valuePerArea().forEach((k, v) -> rows.add(new String[] {"value NOK per area", k, number(v, decimal)}));
        r.valuePerScope3().forEach((k, v) -> rows.add(new String[] {"value NOK per scope 3 category", k,
            number(v, decimal)}));
        r.topCriteria().forEach((k, v) -> rows.add(new String[] {"criteria used most", k, String.valueOf(v)}));
        r.failures().forEach(f -> rows.add(new String[] {"failed file", f.file(), f.problem()}));
        StringBuilder out = new StringBuilder(bom ? "\uFEFF" : "");
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.append(separator);
                }
                out.append(field(row[i], separator));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String number(BigDecimal value, char decimal) {
        return value == null ? "" : value.toPlainString().replace('.', decimal);
    }

    /** RFC 4180 quoting: a field with the separator, a quote or a line break is quoted, quotes doubled. */
    private static String field(String value, char separator) {
        if (value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
