package no.kriteriebank.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import no.kriteriebank.problem.Position;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where each field path of a parsed document starts, so that problems found after binding (validation, consistency
 * rules) can name a line and column. Paths are written {@code criteria[3].documentation[0].type}.
 */
public final class PathLocations {
    private Map<String, Position> positions;
    private java.util.function.Supplier<Map<String, Position>> source;

    private PathLocations(Map<String, Position> positions) {
        this.positions = positions;
    }

    private PathLocations(java.util.function.Supplier<Map<String, Position>> source) {
        this.source = source;
    }

    /**
     * An index built only when a position is first asked for. A valid file never needs one, so loading skips the
     * second pass over its text; a file with problems pays for it once.
     *
     * @param index builds the full index; called at most once
     * @return an index that defers to {@code index} on first use
     */
    public static PathLocations lazy(java.util.function.Supplier<PathLocations> index) {
        return new PathLocations(() -> index.get().positions());
    }

    private synchronized Map<String, Position> positions() {
        if (positions == null) {
            positions = source.get();
            source = null;
        }
        return positions;
    }

    /** {@return an index that knows no positions, for objects built in code} */
    public static PathLocations none() {
        return new PathLocations(Map.of());
    }

    /**
     * Reads the whole document once and records the position of every path.
     *
     * @param parser a parser at the start of the document
     * @return the index
     * @throws tools.jackson.core.JacksonException on a syntax error
     */
    public static PathLocations index(JsonParser parser) {
        Map<String, Position> positions = new HashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT) {
                continue;
            }
            TokenStreamLocation at = parser.currentTokenLocation();
            positions.putIfAbsent(path(parser.streamReadContext()), new Position(at.getLineNr(), at.getColumnNr()));
        }
        return new PathLocations(positions);
    }

    /**
     * The path of the value a parser context is at, e.g. {@code criteria[3].title}.
     *
     * @param context the parser context
     * @return the path
     */
    public static String path(TokenStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                if (c.hasCurrentIndex()) {
                    parts.push("[" + c.getCurrentIndex() + "]");
                }
            } else if (c.currentName() != null) {
                parts.push("." + c.currentName());
            }
        }
        StringBuilder out = new StringBuilder();
        parts.forEach(out::append);
        return out.length() > 0 && out.charAt(0) == '.' ? out.substring(1) : out.toString();
    }

    /**
     * The position of a path, or of its nearest ancestor that has one.
     *
     * @param path a path such as {@code criteria[3].title}
     * @return the line and column, or {@link Position#UNKNOWN} when nothing is known
     */
    public Position find(String path) {
        String p = path;
        Map<String, Position> positions = positions();
        while (true) {
            Position at = positions.get(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return Position.UNKNOWN;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }
}
