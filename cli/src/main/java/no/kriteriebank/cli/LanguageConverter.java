package no.kriteriebank.cli;

import no.kriteriebank.model.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --lang}: {@code nb}, {@code nn} or {@code en}, forgiving about case and region ({@code nb-NO}). */
final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
        return Language.fromCode(value).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not a language; expected one of nb, nn, en"));
    }
}
