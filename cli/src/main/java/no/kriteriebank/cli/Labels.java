package no.kriteriebank.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Language;

/**
 * The fixed words of the command line's own output in one language: titles of standard clause sets and the labels of
 * a criterion's details. Read from {@code labels_<code>.properties} beside this class, as UTF-8, never through the
 * machine's default locale. Placeholders are names in braces, {@code {area}}, as in the library's own bundles (whose
 * reader is internal to core, so the application reads its few labels with the JDK's {@link Properties}).
 */
final class Labels {
    private final Language language;
    private final Properties words;

    private Labels(Language language, Properties words) {
        this.language = language;
        this.words = words;
    }

    /** The labels of a language. */
    static Labels of(Language language) {
        String name = "labels_" + language.code() + ".properties";
        Properties words = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Labels(language, words);
    }

    /** The language of these labels. */
    Language language() {
        return language;
    }

    /** The word for a key. */
    String get(String key) {
        String value = words.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("labels_" + language.code() + ".properties has no " + key);
        }
        return value;
    }

    /** The title of a standard clause set: {@code Standardkrav: Transport, avansert nivå}. */
    String clauseSetTitle(Area area, AmbitionLevel level) {
        String areaName = area.label().get(language).orElse(area.label().nb());
        return level == null ? get("clauses.title").replace("{area}", areaName)
                : get("clauses.titleWithLevel").replace("{area}", areaName)
                        .replace("{level}", get("level." + level.name()));
    }
}
