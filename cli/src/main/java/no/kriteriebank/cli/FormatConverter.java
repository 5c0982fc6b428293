package no.kriteriebank.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --format} of documents: {@code text}, {@code markdown}, {@code html} (also {@code txt}, {@code md}) or
 * {@code docx}.
 */
final class FormatConverter implements ITypeConverter<DocumentFormat> {
    @Override
    public DocumentFormat convert(String value) {
        DocumentFormat format = DocumentFormat.parse(value);
        if (format == null) {
            throw new TypeConversionException(
                    "'" + value + "' is not a document format; expected one of text, markdown, html, docx");
        }
        return format;
    }
}
