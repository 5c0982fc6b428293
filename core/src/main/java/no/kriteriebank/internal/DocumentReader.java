package no.kriteriebank.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.kriteriebank.problem.Problem;
import no.kriteriebank.problem.Position;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads one YAML or JSON document into a model type and collects every problem with its position, instead of
 * stopping at the first. Internal: not part of the public API.
 *
 * @param <T> the type read
 */
public final class DocumentReader<T> {
    private static final String COLLECTOR = "kriteriebank.collector";
    /**
     * The most characters a bank or tender file may have. The YAML scanner's cost grows with the square of the
     * longest token, so the cap keeps even a file that is one long line to well under a second; real files are far
     * smaller (the largest bank file is under 100 KB).
     */
    public static final int MAX_CHARS = 1_000_000;
    private static final java.util.regex.Pattern NUMERIC =
            java.util.regex.Pattern.compile("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?");

    private final Class<T> type;
    // Each reader is made on first use: a run that reads only YAML never builds the JSON mapper, and the reverse.
    private volatile tools.jackson.databind.ObjectReader yaml;
    private volatile tools.jackson.databind.ObjectReader json;

    /**
     * A reader for documents of the given type; build one per type and reuse it, it is thread-safe.
     *
     * @param type the model type documents are read into
     */
    public DocumentReader(Class<T> type) {
        this.type = type;
    }

    /**
     * Builds ahead of the first {@link #read} what reading YAML documents of this type takes: the YAML parser, Jackson's
     * deserializers for the type and everything in it, and the validation rules. Reading works the same without it;
     * it only moves that cost, e.g. onto a second thread while a program starts. Thread-safe.
     */
    public void prepare() {
        try (JsonParser parser = Mappers.yaml().createParser("prepared: [true]\n")) {
            while (parser.nextToken() != null) {
                // only the parser's first use matters
            }
        }
        reader(false);
        ModelValidation.prepare(type);
    }

    /**
     * The reader for one kind of file. One handler serves all reads; each read passes its own collector as an
     * attribute, which keeps Jackson's reader configuration (and its caches) the same from read to read.
     */
    private tools.jackson.databind.ObjectReader reader(boolean isJson) {
        tools.jackson.databind.ObjectReader reader = isJson ? json : yaml;
        if (reader == null) {
            reader = (isJson ? Mappers.json() : Mappers.yaml()).readerFor(type).withHandler(Dispatch.INSTANCE);
            if (isJson) {
                json = reader;
            } else {
                yaml = reader;
            }
        }
        return reader;
    }

    /** The outcome: the value (null when it could not be bound), where each path is, and the problems found. */
    public record Result<T>(T value, PathLocations locations, List<Problem> problems) {
    }

    /**
     * Reads a document. Syntax, type and unknown-field problems are collected; Bean Validation runs on the bound
     * value, and problems at a path that already failed binding are left out so each mistake is said once.
     *
     * @param fileName the name used in problems
     * @param content the document text
     * @return the value, the locations and the problems
     */
    public Result<T> read(String fileName, String content) {
        ObjectMapper mapper = Mappers.forFile(fileName);
        List<Problem> problems = new ArrayList<>();
        PathLocations locations = PathLocations.lazy(() -> {
            try (JsonParser parser = mapper.createParser(content)) {
                return PathLocations.index(parser);
            } catch (JacksonException e) {
                return PathLocations.none();
            }
        });
        if (content.isBlank()) {
            problems.add(new Problem(fileName, 1, 1, "", "the file is empty"));
            return new Result<>(null, locations, problems);
        }
        if (content.length() > MAX_CHARS) {
            problems.add(new Problem(fileName, 1, 1, "", "the file has " + content.length()
                    + " characters, more than the " + MAX_CHARS + " a bank or tender file may have"));
            return new Result<>(null, PathLocations.none(), problems);
        }
        Optional<Problem> unprintable = unprintable(fileName, content);
        if (unprintable.isPresent()) {
            return new Result<>(null, PathLocations.none(), List.of(unprintable.get()));
        }
        Collector collector = new Collector(fileName, locations);
        T value = null;
        try {
            tools.jackson.databind.ObjectReader reader = reader(Mappers.isJson(fileName));
            value = reader.withAttribute(COLLECTOR, collector).readValue(content);
        } catch (InputCoercionException e) {
            // a whole number too large for its field; binding stops here, so report it with what came before
            problems.addAll(collector.problems);
            problems.add(tooLarge(fileName, e));
            return new Result<>(null, locations, problems);
        } catch (StreamReadException e) {
            // A syntax error makes whatever binding said before it noise: report the syntax error alone.
            return new Result<>(null, locations, List.of(located(syntax(fileName, e), mapper, content)));
        } catch (DatabindException e) {
            collector.add(e);
        } catch (JacksonException e) {
            problems.add(located(syntax(fileName, e), mapper, content));
        }
        problems.addAll(collector.problems);
        if (value == null) {
            if (problems.isEmpty()) {
                problems.add(new Problem(fileName, 1, 1, "", "expected a mapping (key: value) at the top of the file"));
            }
            return new Result<>(null, locations, problems);
        }
        Set<String> failed = collector.problems.stream().map(Problem::path).collect(Collectors.toSet());
        for (ModelValidation.Violation v : ModelValidation.validate(value)) {
            if (!failed.contains(v.path())) {
                problems.add(new Problem(fileName, locations.find(v.path()), v.path(), v.message()));
            }
        }
        return new Result<>(value, locations, problems);
    }

    private static Problem syntax(String fileName, JacksonException e) {
        String message = plain(condense(e.getOriginalMessage()));
        return new Problem(fileName, where(e), pathOf(e), "syntax error: " + message.trim());
    }

    /**
     * A syntax problem that came without a position (a limit such as the nesting depth, hit while binding) gets the
     * position where a plain pass over the tokens fails.
     */
    private static Problem located(Problem problem, ObjectMapper mapper, String content) {
        if (problem.position().line() > 1 || problem.position().column() > 1) {
            return problem;
        }
        JsonParser parser = mapper.createParser(content);
        try (parser) {
            while (parser.nextToken() != null) {
                // only the failure's position matters
            }
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
                    : parser.currentLocation();
            if (at != null && at.getLineNr() > 0) {
                return new Problem(problem.file(), position(at), problem.path(), problem.message());
            }
        }
        return problem;
    }

    /** Where an exception happened: its own location, else where its parser stood. */
    private static Position where(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        if ((at == null || at.getLineNr() < 1) && e.processor() instanceof JsonParser) {
            JsonParser p = (JsonParser) e.processor();
            at = p.currentTokenLocation();
            if (at == null || at.getLineNr() < 1) {
                at = p.currentLocation();
            }
        }
        return at == null || at.getLineNr() < 1 ? new Position(1, 1) : position(at);
    }

    private static Position position(TokenStreamLocation at) {
        return new Position(at.getLineNr(), at.getColumnNr());
    }

    private static Problem tooLarge(String fileName, InputCoercionException e) {
        Position at = where(e);
        String path = e.processor() instanceof JsonParser
                ? PathLocations.path(((JsonParser) e.processor()).streamReadContext()) : "";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([-+0-9.eE]{1,60})\\)")
                .matcher(String.valueOf(e.getOriginalMessage()));
        String found = m.find() ? m.group(1) : "a larger number";
        return new Problem(fileName, at, path, "must be a whole number of at most 9 digits, not " + found);
    }

    /** The first character a YAML or JSON file may not hold raw, such as a NUL or an ESC, with its position. */
    private static Optional<Problem> unprintable(String fileName, String content) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (ControlCharacters.is(c) && c != 0x85 || c == '\uFFFE' || c == '\uFFFF') {
                return Optional.of(new Problem(fileName, line, column, "", "the file holds the control character "
                        + ControlCharacters.name(c) + ", which YAML and JSON files may not contain; remove it"));
            }
            if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return Optional.empty();
    }

    /**
     * A parser or binder message in the user's terms: no Jackson class, setting or Java type names.
     *
     * @param message the library's message
     * @return what it means for the file
     */
    static String plain(String message) {
        if (message == null) {
            return "cannot be read";
        }
        if (message.contains("nesting depth")) {
            return "the document is nested more than 500 levels deep";
        }
        if (message.contains("Trailing token")) {
            return "the file holds more than one document; put one in each file";
        }
        if (message.contains("String value length") || message.contains("code points")) {
            return "a text is too long";
        }
        if (message.contains("Number value length") || message.contains("Number length")) {
            return "a number has too many digits";
        }
        if (message.contains("Name length")) {
            return "a key is too long";
        }
        return message.replaceAll("\\s*\\(from `[^`]*`\\)", "")
                .replaceAll("`(java\\.math\\.BigDecimal|java\\.lang\\.Double|double)`", "a number")
                .replaceAll("`(java\\.lang\\.Integer|int|java\\.lang\\.Long|long)`", "a whole number")
                .replaceAll("`java\\.lang\\.String`", "a text")
                .replaceAll("`JsonToken\\.([A-Z_]+)`", "$1")
                .replaceAll("`[a-z]+(\\.[a-zA-Z0-9_$]+)+`", "the value")
                .replaceAll("\\s*\\(bound as [^)]*\\)", "");
    }

    /** The parser's explanation on one line, without the echoed source excerpt and position lines. */
    static String condense(String message) {
        StringBuilder out = new StringBuilder();
        for (String line : message.split("\n")) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("in 'reader'") || t.startsWith("in reader") || t.startsWith("^")
                    || t.startsWith("at [") || line.startsWith("    ")) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(t);
        }
        return out.toString();
    }

    static String pathOf(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** Hands each complaint to the collector of the read in progress. */
    private static final class Dispatch extends DeserializationProblemHandler {
        static final Dispatch INSTANCE = new Dispatch();

        private static Collector of(DeserializationContext ctxt) {
            return (Collector) ctxt.getAttribute(COLLECTOR);
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
            return of(ctxt).handleUnknownProperty(ctxt, p, deserializer, beanOrClass, propertyName);
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                String failureMsg) {
            return of(ctxt).handleWeirdStringValue(ctxt, targetType, valueToConvert, failureMsg);
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                String failureMsg) {
            return of(ctxt).handleWeirdNumberValue(ctxt, targetType, valueToConvert, failureMsg);
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                JsonParser p, String failureMsg) {
            return of(ctxt).handleUnexpectedToken(ctxt, targetType, t, p, failureMsg);
        }

        @Override
        public Object handleInstantiationProblem(DeserializationContext ctxt, Class<?> instClass, Object argument,
                Throwable t) {
            return of(ctxt).handleInstantiationProblem(ctxt, instClass, argument, t);
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                ValueInstantiator valueInsta, JsonParser p, String msg) {
            return of(ctxt).handleMissingInstantiator(ctxt, instClass, valueInsta, p, msg);
        }
    }

    /** Turns Jackson's binding complaints into problems and lets binding go on, so one run reports them all. */
    private static final class Collector extends DeserializationProblemHandler {
        private final String fileName;
        private final PathLocations locations;
        private final List<Problem> problems = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();

        Collector(String fileName, PathLocations locations) {
            this.fileName = fileName;
            this.locations = locations;
        }

        private void add(JsonParser p, String path, String message) {
            if (seen.add(path)) {
                problems.add(new Problem(fileName, position(path, p.currentTokenLocation()), path, message));
            }
        }

        /** The key's position from the index, which is where a reader looks; else where the parser stood. */
        private Position position(String path, TokenStreamLocation fallback) {
            Position indexed = locations.find(path);
            if (indexed.known() && !path.isEmpty()) {
                return indexed;
            }
            return fallback == null || fallback.getLineNr() < 1 ? indexed : DocumentReader.position(fallback);
        }

        void add(DatabindException e) {
            String path = pathOf(e);
            if (!seen.add(path)) {
                return;
            }
            Position at = position(path, e.getLocation());
            String message;
            if (e instanceof UnrecognizedPropertyException) {
                UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
                message = unknownField(u.getPropertyName(), u.getKnownPropertyIds());
            } else {
                message = e.getOriginalMessage();
                int cut = message.indexOf('\n');
                message = plain(cut > 0 ? message.substring(0, cut) : message);
            }
            problems.add(new Problem(fileName, at, path, message));
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
            Set<String> known = new java.util.TreeSet<>();
            if (deserializer != null) {
                deserializer.getKnownPropertyNames().forEach(n -> known.add(String.valueOf(n)));
            }
            // For records Jackson may report the field after it has read into the value, so find the field's own
            // context rather than trusting where the parser stands.
            JsonParser main = ctxt.getParser();
            String path;
            if (p != main && main.currentToken() == JsonToken.END_OBJECT) {
                // Jackson buffered the field while it read the whole record and now replays it from the buffer: the
                // main parser has just closed the record, so its context is the record's own place in the file.
                String parent = PathLocations.path(main.streamReadContext());
                path = parent.isEmpty() ? propertyName : parent + "." + propertyName;
            } else {
                tools.jackson.core.TokenStreamContext c = p.streamReadContext();
                while (c != null && !(c.inObject() && propertyName.equals(c.currentName()))) {
                    c = c.getParent();
                }
                path = PathLocations.path(c == null ? p.streamReadContext() : c);
            }
            add(p, path, unknownField(propertyName, known));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                String failureMsg) {
            JsonParser p = ctxt.getParser();
            if (targetType == String.class) {
                int at = ControlCharacters.first(valueToConvert);
                add(p, PathLocations.path(p.streamReadContext()), "must not contain the control character "
                        + ControlCharacters.name(valueToConvert.charAt(at)) + "; remove it");
                return null;
            }
            String message = targetType == java.math.BigDecimal.class && NUMERIC.matcher(valueToConvert).matches()
                    ? "must be " + NumberLimits.expectation() + ", not " + valueToConvert
                    : expected(targetType, "'" + valueToConvert + "'");
            add(p, PathLocations.path(p.streamReadContext()), message);
            return emptyValue(targetType);
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                String failureMsg) {
            JsonParser p = ctxt.getParser();
            add(p, PathLocations.path(p.streamReadContext()), expected(targetType, String.valueOf(valueToConvert)));
            return emptyValue(targetType);
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                JsonParser p, String failureMsg) {
            String found = t == JsonToken.START_ARRAY ? "a list" : t == JsonToken.START_OBJECT ? "a mapping"
                    : t == JsonToken.VALUE_NULL ? "nothing" : "'" + p.getString() + "'";
            String path = PathLocations.path(p.streamReadContext());
            if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
                // the path of a container is its parent's entry, not the container itself
                path = PathLocations.path(p.streamReadContext().getParent());
            }
            add(p, path, expected(targetType.getRawClass(), found));
            p.skipChildren();
            return emptyValue(targetType.getRawClass());
        }

        @Override
        public Object handleInstantiationProblem(DeserializationContext ctxt, Class<?> instClass, Object argument,
                Throwable t) {
            JsonParser p = ctxt.getParser();
            String message = t.getMessage() == null ? "cannot be read as " + describe(instClass) : t.getMessage();
            add(p, PathLocations.path(p.streamReadContext()), message);
            return emptyValue(instClass);
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                ValueInstantiator valueInsta, JsonParser p, String msg) {
            String path = PathLocations.path(p.streamReadContext());
            add(p, path, expected(instClass, p.currentToken() == JsonToken.VALUE_STRING
                    ? "'" + p.getString() + "'" : "a " + String.valueOf(p.currentToken()).toLowerCase(Locale.ROOT)));
            p.skipChildren();
            return null;
        }

        private static Object emptyValue(Class<?> type) {
            if (type == int.class) {
                return 0;
            }
            if (type == long.class) {
                return 0L;
            }
            if (type == boolean.class) {
                return false;
            }
            if (type == double.class) {
                return 0d;
            }
            return null;
        }
    }

    static String unknownField(String name, java.util.Collection<?> known) {
        String list = known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        String hint = DidYouMean.closest(name, known.stream().map(String::valueOf).collect(Collectors.toList()))
                .map(s -> " (did you mean '" + s + "'?)").orElse("");
        return "unknown field '" + name + "'" + hint + "; expected one of [" + list + "]";
    }

    static String expected(Class<?> type, String found) {
        return "must be " + describe(type) + ", not " + found;
    }

    static String describe(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            if (type == no.kriteriebank.model.EnvironmentalImpact.class) {
                return "one of " + no.kriteriebank.model.EnvironmentalImpact.codes();
            }
            return "one of " + Arrays.stream(constants).map(String::valueOf)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == java.math.BigDecimal.class || type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date such as 2026-12-01";
        }
        if (type == String.class) {
            return "a text";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping (key: value)";
        }
        return "a " + type.getSimpleName();
    }
}
