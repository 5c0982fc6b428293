package no.kriteriebank.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the maps the layouts see from the view records ({@link DocumentView} and its parts), each record converting
 * itself in one {@code toTemplateData()} so that every key of the contract in {@code templates/LAYOUTS.md} is written
 * exactly once. Keys keep the order they are put in; a key whose value is {@code null} is there but missing to a
 * template ({@code x??} is false).
 */
final class TemplateData {
    private final Map<String, Object> map;

    private TemplateData(int size) {
        this.map = new LinkedHashMap<>(size * 2);
    }

    /** {@return an empty map of about {@code size} keys} */
    static TemplateData of(int size) {
        return new TemplateData(size);
    }

    /** {@return this, with the key set} */
    TemplateData put(String key, Object value) {
        map.put(key, value);
        return this;
    }

    /** {@return the map} */
    Map<String, Object> map() {
        return map;
    }

    /** {@return the views of a list converted one by one} */
    static <T> List<Map<String, Object>> list(List<T> views, Function<T, Map<String, Object>> convert) {
        List<Map<String, Object>> out = new ArrayList<>(views.size());
        for (T v : views) {
            out.add(convert.apply(v));
        }
        return out;
    }
}
