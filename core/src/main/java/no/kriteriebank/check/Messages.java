package no.kriteriebank.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kriteriebank.model.Language;

/**
 * The texts of one properties bundle in nb, nn and en ({@code findings_nb.properties} and so on), read as UTF-8 and
 * filled in with named placeholders such as {@code {weight}}.
 *
 * <p>Not {@link java.util.ResourceBundle}: its lookup falls back to the machine's default locale, and
 * {@link java.text.MessageFormat} gives apostrophes a meaning translators trip over. Immutable.
 */
final class Messages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final String baseName;
    private final Map<Language, Map<String, String>> texts;

    private Messages(String baseName, Map<Language, Map<String, String>> texts) {
        this.baseName = baseName;
        this.texts = texts;
    }

    /**
     * Reads {@code no/kriteriebank/check/<baseName>_<language>.properties} for every language.
     *
     * @throws IllegalStateException when a bundle is missing, which is a bug in the build
     */
    static Messages load(String baseName) {
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String name = RuleSets.RESOURCE_DIRECTORY + baseName + "_" + language.code() + ".properties";
            Properties properties = new Properties();
            try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + name, e);
            }
            Map<String, String> map = new TreeMap<>();
            for (String key : properties.stringPropertyNames()) {
                map.put(key, properties.getProperty(key));
            }
            all.put(language, Collections.unmodifiableMap(map));
        }
        return new Messages(baseName, Collections.unmodifiableMap(all));
    }

    /** The keys of one language's bundle, sorted. */
    Set<String> keys(Language language) {
        return texts.get(language).keySet();
    }

    /**
     * The text for a key, with its placeholders filled in.
     *
     * @throws IllegalStateException when the key is missing or a placeholder has no value: a bug, not bad input
     */
    String format(Language language, String key, Map<String, String> args) {
        String pattern = texts.get(language).get(key);
        if (pattern == null) {
            throw new IllegalStateException(baseName + "_" + language.code() + ".properties has no " + key);
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = args.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(key + " in " + language.code() + " uses {" + m.group(1)
                        + "}, which was not given");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The names of the placeholders a text uses, for tests that compare languages. */
    Set<String> placeholders(Language language, String key) {
        Set<String> names = new TreeSet<>();
        String pattern = texts.get(language).get(key);
        if (pattern != null) {
            Matcher m = PLACEHOLDER.matcher(pattern);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
