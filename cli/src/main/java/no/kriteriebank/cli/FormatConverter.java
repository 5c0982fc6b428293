package no.kriteriebank.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --format} of documents: a name or extension of {@link OutputFormats#documents()}, such as
 * {@code text}, {@code markdown}, {@code html} (also {@code txt}, {@code md}) or {@code docx}.
 */
final class FormatConverter implements ITypeConverter<DocumentFormat> {
    @Override
    public DocumentFormat convert(String value) {
        return OutputFormats.STANDARD.document(value).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not a document format; expected one of " + OutputFormats.STANDARD.documentNames()));
    }
}
