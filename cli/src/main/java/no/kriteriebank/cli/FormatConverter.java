package no.kriteriebank.cli;

import no.kriteriebank.render.Format;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format} of documents: {@code text}, {@code markdown} or {@code html} (also {@code txt}, {@code md}). */
final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
        return Format.parse(value).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not a document format; expected one of text, markdown, html"));
    }
}
