package no.kriteriebank.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way the project reads its {@code .properties} bundles (finding messages, layout words, the command line's
 * labels) and fills their placeholders. Bundles are read as UTF-8, never through the machine's default locale, and
 * a placeholder is a name in braces, {@code {weight}} or {@code {0}}.
 *
 * <p>Not {@link java.util.ResourceBundle}: its lookup falls back to the machine's default locale, and
 * {@link java.text.MessageFormat} gives apostrophes a meaning translators trip over. Not API.
 */
public final class Bundle {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

    private Bundle() {
    }

    /**
     * Reads a bundle from the class path.
     *
     * @param loader the class loader to ask
     * @param name the resource name, e.g. {@code no/kriteriebank/check/findings_nb.properties}
     * @return the texts by key, sorted; empty when there is no such resource
     * @throws UncheckedIOException when the resource cannot be read
     */
    public static Optional<Map<String, String>> resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? Optional.empty()
                    : Optional.of(read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /**
     * Reads a bundle's text.
     *
     * @param text the text of a {@code .properties} file
     * @return the texts by key, sorted
     */
    public static Map<String, String> read(String text) {
        Properties p = new Properties();
        try (Reader r = new StringReader(text)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed \\uXXXX escape: " + e.getMessage(), e);
        }
        Map<String, String> out = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            out.put(key, p.getProperty(key));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Fills a text's placeholders.
     *
     * @param text a bundle text, e.g. {@code Klima og miljø er vektet {weight}}
     * @param args the value of each placeholder by name
     * @return the text with every placeholder replaced
     * @throws IllegalArgumentException naming the first placeholder that has no value
     */
    public static String fill(String text, Map<String, String> args) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = args.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("uses {" + m.group(1) + "}, which was not given");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The names of the placeholders a text uses.
     *
     * @param text a bundle text
     * @return the names, sorted
     */
    public static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
