package no.kriteriebank.check;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import no.kriteriebank.internal.Bundle;
import no.kriteriebank.model.Language;

/**
 * The texts of one properties bundle in nb, nn and en ({@code findings_nb.properties} and so on), read and filled in
 * by {@link Bundle}: UTF-8, named placeholders such as {@code {weight}}. Immutable.
 */
final class Messages {
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
            all.put(language, Bundle.resource(Messages.class.getClassLoader(), name)
                    .orElseThrow(() -> new IllegalStateException("missing resource " + name)));
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
        try {
            return Bundle.fill(pattern, args);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(key + " in " + language.code() + " " + e.getMessage(), e);
        }
    }

    /** The names of the placeholders a text uses, for tests that compare languages. */
    Set<String> placeholders(Language language, String key) {
        String pattern = texts.get(language).get(key);
        return pattern == null ? Set.of() : Bundle.placeholders(pattern);
    }
}
