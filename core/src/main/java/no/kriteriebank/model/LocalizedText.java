package no.kriteriebank.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A text in bokmål (required), nynorsk and English.
 *
 * <p>In bank and tender files it is written as a map: {@code {nb: "...", nn: "...", en: "..."}}.
 *
 * @param nb the bokmål text; required
 * @param nn the nynorsk text, or null when not translated
 * @param en the English text, or null when not translated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalizedText(@NotBlank String nb, String nn, String en) {

    /**
     * A text in bokmål only.
     *
     * @param nb the bokmål text
     * @return the text
     */
    public static LocalizedText of(String nb) {
        return new LocalizedText(nb, null, null);
    }

    /**
     * A text in all three languages.
     *
     * @param nb the bokmål text
     * @param nn the nynorsk text
     * @param en the English text
     * @return the text
     */
    public static LocalizedText of(String nb, String nn, String en) {
        return new LocalizedText(nb, nn, en);
    }

    /**
     * The text in one language.
     *
     * @param language the language
     * @return the text, or empty when that language is missing or blank
     */
    public Optional<String> get(Language language) {
        String text;
        switch (language) {
            case NB:
                text = nb;
                break;
            case NN:
                text = nn;
                break;
            default:
                text = en;
                break;
        }
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /**
     * {@return whether a non-blank text exists in the language}
     *
     * @param language the language
     */
    public boolean has(Language language) {
        return get(language).isPresent();
    }

    /** {@return the languages this text has, in the order nb, nn, en} */
    @JsonIgnore
    public Set<Language> languages() {
        Set<Language> present = EnumSet.noneOf(Language.class);
        for (Language language : Language.values()) {
            if (has(language)) {
                present.add(language);
            }
        }
        return present;
    }

    /**
     * Returns a copy with the text for one language replaced.
     *
     * @param language the language to replace
     * @param text the new text
     * @return the copy
     */
    public LocalizedText with(Language language, String text) {
        switch (language) {
            case NB:
                return new LocalizedText(text, nn, en);
            case NN:
                return new LocalizedText(nb, text, en);
            default:
                return new LocalizedText(nb, nn, text);
        }
    }

    /** {@return all non-blank texts, in the order nb, nn, en} */
    @JsonIgnore
    public List<String> texts() {
        List<String> all = new ArrayList<>(3);
        for (Language language : Language.values()) {
            get(language).ifPresent(all::add);
        }
        return all;
    }
}
