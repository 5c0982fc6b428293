package no.kriteriebank.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import no.kriteriebank.model.Area;
import no.kriteriebank.model.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --area}: the name ({@code transport}, {@code building-and-construction}), the id prefix ({@code TRA})
 * or the name in any language ({@code "bygg og anlegg"}), ignoring case.
 */
final class AreaConverter implements ITypeConverter<Area> {
    @Override
    public Area convert(String value) {
        return Area.parse(value).or(() -> Arrays.stream(Area.values())
                        .filter(a -> Arrays.stream(Language.values()).anyMatch(l -> a.label().get(l)
                                .map(label -> Names.normalise(label).equals(Names.normalise(value))).orElse(false)))
                        .findFirst())
                .orElseThrow(() -> new TypeConversionException("'" + value + "' is not an area; expected one of "
                        + Arrays.stream(Area.values()).map(a -> Names.of(a) + " (" + a.prefix() + ")")
                                .collect(Collectors.joining(", "))));
    }
}
