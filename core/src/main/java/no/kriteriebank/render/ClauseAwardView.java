package no.kriteriebank.render;

import java.util.List;
import java.util.Map;

/**
 * How an award criterion is scored, as the layouts see it ({@code clause.award}).
 *
 * @param scoring the scoring method, in words
 * @param scale the points scale as blocks ({@link Blocks}), empty when there is none
 * @param weightRange the recommended weight, {@code 10–20 %}
 */
record ClauseAwardView(String scoring, List<Map<String, Object>> scale, String weightRange) {
    Map<String, Object> toTemplateData() {
        return TemplateData.of(3).put("scoring", scoring).put("scale", scale).put("weightRange", weightRange).map();
    }
}
