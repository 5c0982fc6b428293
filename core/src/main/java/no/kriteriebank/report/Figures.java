package no.kriteriebank.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A report as rows of {@code figure, key, value}, read off its JSON form so that CSV and JSON always name the same
 * figures: a top-level field is a row with an empty key; a map gives one row per key; a map of breakdowns gives
 * {@code perYear.tenders} and so on per key; a list of file problems gives one row per file.
 */
final class Figures {
    /** Fields that are not figures of this report. */
    static final String PREVIOUS = "previous";

    /**
     * One figure.
     *
     * @param figure the JSON field name, with {@code .part} for a breakdown's part
     * @param key the map key or file name, or empty
     * @param value the value: a number, a string, or null
     */
    record Row(String figure, String key, JsonNode value) {
        String id() {
            return figure + '\u0000' + key;
        }
    }

    private Figures() {
    }

    static List<Row> of(JsonNode report) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : report.properties()) {
            String name = field.getKey();
            JsonNode node = field.getValue();
            if (name.equals(PREVIOUS)) {
                continue;
            }
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> entry : node.properties()) {
                    if (entry.getValue().isObject()) {
                        for (Map.Entry<String, JsonNode> part : entry.getValue().properties()) {
                            rows.add(new Row(name + "." + part.getKey(), entry.getKey(), part.getValue()));
                        }
                    } else {
                        rows.add(new Row(name, entry.getKey(), entry.getValue()));
                    }
                }
            } else if (node.isArray()) {
                for (JsonNode problem : node.values()) {
                    rows.add(new Row(name, problem.path("file").asString(""), problem.get("problem")));
                }
            } else {
                rows.add(new Row(name, "", node));
            }
        }
        return rows;
    }

    /** Whether a figure lists files, which are not compared year over year. */
    static boolean isFileList(String figure) {
        return figure.equals("failures") || figure.equals("unknownCriteria");
    }
}
