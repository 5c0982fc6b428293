package no.kriteriebank.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link ClimateReport} as JSON or CSV, with the same figures under the same names. JSON has one field per
 * component of {@link ClimateReport}; numbers are exact and plain ({@code 30}, {@code 33.333}). The CSV has one row
 * per figure: {@code figure, key, value}, where {@code figure} is the JSON field name ({@code perYear.tenders} for a
 * part of a breakdown), {@code key} the map key or file name. Its Norwegian-Excel form uses semicolons, decimal commas
 * and a byte-order mark, so Excel opens it as UTF-8, and puts an apostrophe before a text that Excel would otherwise
 * run as a formula ({@code =HYPERLINK(...)} as a buyer's name).
 *
 * <p>With a {@link PreviousReport} each figure stands beside last year's: the CSV gains the columns
 * {@code previous} and {@code change} (this year's value minus last year's, where both are numbers), and the JSON
 * the field {@code previous} holding the earlier report's figures.
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
        return json(report, null);
    }

    /**
     * {@return the report as a JSON object, with last year's report in its field {@code previous}}
     *
     * @param report the report
     * @param previous last year's report, or null for none
     */
    public static String json(ClimateReport report, PreviousReport previous) {
        ObjectNode tree = ReportJson.MAPPER.valueToTree(report);
        if (previous != null) {
            JsonNode earlier = previous.tree().deepCopy();
            earlier.asObject().remove(Figures.PREVIOUS);
            tree.set(Figures.PREVIOUS, earlier);
        }
        return ReportJson.MAPPER.writeValueAsString(tree);
    }

    /**
     * {@return the report as comma-separated UTF-8 with a decimal point}
     *
     * @param report the report
     */
    public static String csv(ClimateReport report) {
        return csv(report, null, ',', '.', false);
    }

    /**
     * {@return the report as comma-separated UTF-8 with a decimal point, each figure beside last year's}
     *
     * @param report the report
     * @param previous last year's report, or null for none
     */
    public static String csv(ClimateReport report, PreviousReport previous) {
        return csv(report, previous, ',', '.', false);
    }

    /**
     * {@return the report as semicolon-separated UTF-8 with a decimal comma and a byte-order mark, for Norwegian Excel}
     *
     * @param report the report
     */
    public static String csvForExcel(ClimateReport report) {
        return csv(report, null, ';', ',', true);
    }

    /**
     * {@return the report for Norwegian Excel, each figure beside last year's}
     *
     * @param report the report
     * @param previous last year's report, or null for none
     */
    public static String csvForExcel(ClimateReport report, PreviousReport previous) {
        return csv(report, previous, ';', ',', true);
    }

    private static String csv(ClimateReport report, PreviousReport previous, char separator, char decimal,
            boolean bom) {
        List<Figures.Row> rows = Figures.of(ReportJson.MAPPER.valueToTree(report));
        List<String[]> lines = new ArrayList<>();
        if (previous == null) {
            lines.add(new String[] {"figure", "key", "value"});
            rows.forEach(r -> lines.add(new String[] {r.figure(), r.key(), text(r.value(), decimal)}));
        } else {
            lines.add(new String[] {"figure", "key", "value", "previous", "change"});
            for (Figures.Row[] pair : beside(rows, Figures.of(previous.tree()))) {
                Figures.Row now = pair[0];
                Figures.Row then = pair[1];
                Figures.Row any = now != null ? now : then;
                JsonNode a = now == null ? null : now.value();
                JsonNode b = then == null ? null : then.value();
                String change = a != null && b != null && a.isNumber() && b.isNumber()
                        ? number(WeightStatistics.plain(a.decimalValue().subtract(b.decimalValue())), decimal) : "";
                lines.add(new String[] {any.figure(), any.key(), text(a, decimal), text(b, decimal), change});
            }
        }
        StringBuilder out = new StringBuilder(bom ? "\uFEFF" : "");
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                if (i > 0) {
                    out.append(separator);
                }
                out.append(field(bom ? inert(line[i]) : line[i], separator));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /**
     * This year's rows each with last year's of the same figure and key; last year's rows that this year lacks come
     * after this year's rows of the same figure, figures only last year had at the end. Lists of files are not
     * compared.
     */
    private static List<Figures.Row[]> beside(List<Figures.Row> now, List<Figures.Row> then) {
        Map<String, Figures.Row> earlier = new LinkedHashMap<>();
        then.stream().filter(r -> !Figures.isFileList(r.figure())).forEach(r -> earlier.putIfAbsent(r.id(), r));
        Map<String, List<Figures.Row[]>> byFigure = new LinkedHashMap<>();
        for (Figures.Row r : now) {
            Figures.Row match = Figures.isFileList(r.figure()) ? null : earlier.remove(r.id());
            byFigure.computeIfAbsent(r.figure(), f -> new ArrayList<>()).add(new Figures.Row[] {r, match});
        }
        for (Figures.Row r : earlier.values()) {
            byFigure.computeIfAbsent(r.figure(), f -> new ArrayList<>()).add(new Figures.Row[] {null, r});
        }
        List<Figures.Row[]> out = new ArrayList<>();
        byFigure.values().forEach(out::addAll);
        return out;
    }

    private static String text(JsonNode value, char decimal) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        return value.isNumber() ? number(value.decimalValue(), decimal) : value.asString();
    }

    private static String number(BigDecimal value, char decimal) {
        return value.toPlainString().replace('.', decimal);
    }

    /**
     * A text Excel would run as a formula ({@code =}, {@code +}, {@code -}, {@code @} first, as a buyer's name or a
     * file name could be) gets a leading apostrophe, which Excel shows as text; numbers are left alone.
     */
    private static String inert(String value) {
        if (value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 || value.matches("-?[0-9]+(,[0-9]+)?")) {
            return value;
        }
        return "'" + value;
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
