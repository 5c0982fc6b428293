package no.kriteriebank.cli;

import java.util.Map;
import no.kriteriebank.internal.Bundle;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Language;

/**
 * The fixed words of the command line's own output in one language: titles of standard clause sets and the labels of
 * a criterion's details. Read from {@code labels_<code>.properties} beside this class by {@link Bundle}, as UTF-8,
 * never through the machine's default locale.
 */
final class Labels {
    private final Language language;
    private final Map<String, String> words;

    private Labels(Language language, Map<String, String> words) {
        this.language = language;
        this.words = words;
    }

    /** The labels of a language. */
    static Labels of(Language language) {
        String name = "labels_" + language.code() + ".properties";
        return new Labels(language, Bundle.resource(Labels.class.getClassLoader(), "no/kriteriebank/cli/" + name)
                .orElseThrow(() -> new IllegalStateException(name + " is missing from the application")));
    }

    /** The language of these labels. */
    Language language() {
        return language;
    }

    /** The word for a key. */
    String get(String key) {
        String value = words.get(key);
        if (value == null) {
            throw new IllegalStateException("labels_" + language.code() + ".properties has no " + key);
        }
        return value;
    }

    /** The title of a standard clause set: {@code Standardkrav: Transport, avansert nivå}. */
    String clauseSetTitle(Area area, AmbitionLevel level) {
        String areaName = area.label().get(language).orElse(area.label().nb());
        return level == null ? Bundle.fill(get("clauses.title"), Map.of("area", areaName))
                : Bundle.fill(get("clauses.titleWithLevel"), Map.of("area", areaName, "level",
                        get("level." + level.name())));
    }
}
