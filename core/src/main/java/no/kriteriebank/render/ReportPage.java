package no.kriteriebank.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kriteriebank.model.Language;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.report.ClimateReport;

/**
 * The Miljødirektoratet report as template data: the headline figures, and each chart as bars whose geometry is
 * computed here (so the layout only draws rectangles) together with the table that carries the same numbers for
 * screen readers. Every bar keeps its exact figure in {@code value}, which the SVG writes as {@code data-value}.
 */
final class ReportPage {
    /** Width of the drawing area of a horizontal bar chart, in SVG units. */
    static final int BAR_AREA = 360;
    /** Width of the weight axis of the histogram, in SVG units. */
    static final int AXIS = 560;
    /** Height of the tallest histogram bar, in SVG units. */
    static final int COLUMN = 180;

    private final Map<String, String> words;
    private final ValueFormatter values;
    private final Language language;

    ReportPage(Map<String, String> words, Language language) {
        this.words = words;
        this.values = new ValueFormatter(language);
        this.language = language;
    }

    Map<String, Object> model(ClimateReport r, BigDecimal minimumWeight) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reportBank", r.bank());
        if (r.from() != null) {
            m.put("from", values.date(r.from()));
        }
        if (r.to() != null) {
            m.put("to", values.date(r.to()));
        }
        List<Map<String, Object>> figures = new ArrayList<>();
        figure(figures, "tenders", count(r.tenders()));
        figure(figures, "withClimateCriteria", count(r.withClimateCriteria())
                + share(r.shareOfTendersWithClimateCriteria()));
        figure(figures, "value", values.nok(r.value()));
        figure(figures, "valueWithClimateCriteria", values.nok(r.valueWithClimateCriteria())
                + share(r.shareOfValueWithClimateCriteria()));
        figure(figures, "weighted", count(r.weighted()));
        figure(figures, "ranked", count(r.ranked()));
        if (r.minWeight() != null) {
            figure(figures, "weights", weight(r.minWeight()) + " / " + weight(r.medianWeight()) + " / "
                    + weight(r.maxWeight()));
        }
        figure(figures, "belowMinimumWeight", count(r.belowMinimumWeight()));
        figure(figures, "noOption", count(r.noOption()));
        figure(figures, "withoutValue", count(r.withoutValue()));
        figure(figures, "failures", count(r.failures().size()));
        m.put("figures", figures);

        List<Map<String, Object>> charts = new ArrayList<>();
        Map<String, BigDecimal> areas = new LinkedHashMap<>();
        r.perArea().forEach((a, n) -> areas.put(label(a.label()), BigDecimal.valueOf(n)));
        charts.add(bars("perArea", areas, false));
        Map<String, BigDecimal> kinds = new LinkedHashMap<>();
        r.perKind().forEach((k, n) -> kinds.put(label(k.label()), BigDecimal.valueOf(n)));
        charts.add(bars("perKind", kinds, false));
        Map<String, BigDecimal> scope3 = new LinkedHashMap<>();
        r.valuePerScope3().forEach((c, v) -> scope3.put(words.get("site.report.scope3").replace("{0}",
                String.valueOf(c)), v));
        charts.add(bars("valuePerScope3", scope3, true));
        Map<String, BigDecimal> top = new LinkedHashMap<>();
        r.topCriteria().forEach((id, n) -> top.put(id, BigDecimal.valueOf(n)));
        charts.add(bars("topCriteria", top, false));
        m.put("charts", charts);
        m.put("histogram", histogram(r, minimumWeight));
        return m;
    }

    private void figure(List<Map<String, Object>> figures, String key, String value) {
        figures.add(Map.of("key", key, "label", words.get("site.report.figure." + key), "value", value));
    }

    private String count(long n) {
        return values.number(BigDecimal.valueOf(n));
    }

    private String share(BigDecimal share) {
        return share == null ? "" : " (" + values.percent(share) + ")";
    }

    /** A weight as exact as the report keeps it (33,333 %, 31,6665 %): the report's point is exact weights. */
    private String weight(BigDecimal weight) {
        return no.kriteriebank.internal.LocalFormat.of(language).percent(weight);
    }

    private String label(LocalizedText text) {
        return text.get(language).orElse(text.nb());
    }

    /** A horizontal bar chart: one bar per entry, its length proportional to the largest value. */
    private Map<String, Object> bars(String id, Map<String, BigDecimal> data, boolean money) {
        BigDecimal max = data.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        List<Map<String, Object>> bars = new ArrayList<>();
        int row = 0;
        for (Map.Entry<String, BigDecimal> e : data.entrySet()) {
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("label", e.getKey());
            bar.put("value", e.getValue().stripTrailingZeros().toPlainString());
            bar.put("shown", money ? values.nok(e.getValue()) : values.number(e.getValue()));
            bar.put("y", String.valueOf(row * 28));
            bar.put("textY", String.valueOf(row * 28 + 15));
            int width = length(e.getValue(), max, BAR_AREA);
            bar.put("width", String.valueOf(width));
            bar.put("valueX", String.valueOf(250 + width + 6));
            bars.add(bar);
            row++;
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("id", id);
        chart.put("title", words.get("site.report.chart." + id));
        chart.put("column", words.get("site.report.column." + (money ? "value" : "tenders")));
        chart.put("bars", bars);
        chart.put("height", String.valueOf(Math.max(row, 1) * 28));
        return chart;
    }

    /** Weighted tenders per 10-point band of climate weight, with the rule's minimum as a line. */
    private Map<String, Object> histogram(ClimateReport r, BigDecimal minimumWeight) {
        long[] bands = new long[10];
        r.weightDistribution().forEach((weight, n) -> {
            int band = Math.min(9, weight.divide(BigDecimal.TEN, 0, RoundingMode.FLOOR).intValue());
            bands[Math.max(0, band)] += n;
        });
        long max = 0;
        for (long b : bands) {
            max = Math.max(max, b);
        }
        List<Map<String, Object>> columns = new ArrayList<>();
        for (int i = 0; i < bands.length; i++) {
            Map<String, Object> c = new LinkedHashMap<>();
            int height = length(BigDecimal.valueOf(bands[i]), BigDecimal.valueOf(max), COLUMN);
            c.put("label", (i * 10) + "\u2013" + (i == 9 ? values.percent(BigDecimal.valueOf(100))
                    : values.percent(BigDecimal.valueOf(i * 10 + 10))));
            c.put("from", String.valueOf(i * 10));
            c.put("value", String.valueOf(bands[i]));
            c.put("x", String.valueOf(40 + i * AXIS / 10 + 2));
            c.put("width", String.valueOf(AXIS / 10 - 4));
            c.put("height", String.valueOf(height));
            c.put("y", String.valueOf(20 + COLUMN - height));
            columns.add(c);
        }
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("title", words.get("site.report.chart.weights"));
        h.put("columns", columns);
        if (minimumWeight != null) {
            h.put("minimum", values.percent(minimumWeight));
            h.put("minimumX", String.valueOf(40 + minimumWeight.multiply(BigDecimal.valueOf(AXIS))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).intValue()));
        }
        return h;
    }

    /** A bar's length in SVG units: proportional to the largest value, at least 1 for any value above zero. */
    static int length(BigDecimal value, BigDecimal max, int full) {
        if (max.signum() <= 0 || value.signum() <= 0) {
            return 0;
        }
        int length = value.multiply(BigDecimal.valueOf(full)).divide(max, MathContext.DECIMAL64)
                .setScale(0, RoundingMode.HALF_UP).intValue();
        return Math.max(1, length);
    }
}
