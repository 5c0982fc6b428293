package no.kriteriebank.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Kriteriebank writes tender text in: Norwegian bokmål, Norwegian nynorsk and English.
 *
 * <p>Codes are the ISO 639-1 codes {@code nb}, {@code nn} and {@code en}. Bokmål is the language every criterion
 * must have; nynorsk and English are translations.
 */
public enum Language {
    /** Norwegian bokmål. */
    NB("nb", "NOB"),
    /** Norwegian nynorsk. */
    NN("nn", "NNO"),
    /** English. */
    EN("en", "ENG");

    private final String code;
    private final String iso6393;
    private final Locale locale;

    Language(String code, String iso6393) {
        this.code = code;
        this.iso6393 = iso6393;
        this.locale = Locale.forLanguageTag(code.equals("en") ? "en-GB" : code + "-NO");
    }

    /** {@return the ISO 639-1 code, as used in bank and tender files: {@code nb}, {@code nn} or {@code en}} */
    @JsonValue
    public String code() {
        return code;
    }

    /** {@return the ISO 639-3 code in upper case, as eForms writes it in {@code languageID}: {@code NOB}, {@code NNO}, {@code ENG}} */
    public String eformsCode() {
        return iso6393;
    }

    /** {@return a fixed locale for this language; rendering never uses the machine's default locale} */
    public Locale locale() {
        return locale;
    }

    /**
     * Finds a language by code, forgiving about case and region: {@code nb}, {@code NB}, {@code nb-NO}, {@code nb_NO},
     * and {@code no} (which Norwegian systems use for bokmål) all give {@link #NB}.
     *
     * @param code a language code or tag, may be null
     * @return the language, or empty if the code names none of the three
     */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String primary = code.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        switch (primary) {
            case "nb":
            case "no":
            case "nob":
            case "nor":
                return Optional.of(NB);
            case "nn":
            case "nno":
                return Optional.of(NN);
            case "en":
            case "eng":
                return Optional.of(EN);
            default:
                return Optional.empty();
        }
    }

    /**
     * The language for a code, as {@link #fromCode(String)} but failing.
     *
     * @param code a language code or tag
     * @return the language
     * @throws IllegalArgumentException when the code names none of the three languages
     */
    @JsonCreator
    public static Language of(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException(
                "must be one of [nb, nn, en], not '" + code + "'"));
    }

    @Override
    public String toString() {
        return code;
    }
}
