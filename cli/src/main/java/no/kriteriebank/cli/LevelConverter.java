package no.kriteriebank.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import no.kriteriebank.model.AmbitionLevel;
import no.kriteriebank.model.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --level}: {@code basic}, {@code advanced}, {@code leading}, or the level's name in any language
 * ({@code grunnleggende}, {@code grunnleggjande}, {@code avansert}, {@code spydspiss}), ignoring case.
 */
final class LevelConverter implements ITypeConverter<AmbitionLevel> {
    @Override
    public AmbitionLevel convert(String value) {
        String wanted = Names.normalise(value);
        for (AmbitionLevel level : AmbitionLevel.values()) {
            if (Names.of(level).equals(wanted) || Arrays.stream(Language.values()).anyMatch(l -> level.label().get(l)
                    .map(label -> Names.normalise(label).equals(wanted)).orElse(false))) {
                return level;
            }
        }
        throw new TypeConversionException("'" + value + "' is not an ambition level; expected one of "
                + Arrays.stream(AmbitionLevel.values())
                        .map(l -> Names.of(l) + " (" + l.label().nb().toLowerCase(java.util.Locale.ROOT) + ")")
                        .collect(Collectors.joining(", ")));
    }
}
