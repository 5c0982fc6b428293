package no.kriteriebank.docx;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The style id a document uses for each {@link StyleRole}, and which roles the written body actually used. */
final class StyleIds {
    private final Map<StyleRole, String> ids;
    private final Set<StyleRole> used = EnumSet.noneOf(StyleRole.class);

    StyleIds(Map<StyleRole, String> ids) {
        this.ids = new EnumMap<>(ids);
    }

    /** Kriteriebank's own ids, for a document of its own. */
    static StyleIds builtIn() {
        Map<StyleRole, String> ids = new EnumMap<>(StyleRole.class);
        for (StyleRole r : StyleRole.values()) {
            ids.put(r, r.defaultId());
        }
        return new StyleIds(ids);
    }

    String id(StyleRole role) {
        used.add(role);
        return ids.get(role);
    }

    Set<StyleRole> used() {
        return EnumSet.copyOf(used);
    }
}
