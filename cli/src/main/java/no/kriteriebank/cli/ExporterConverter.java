package no.kriteriebank.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code export --to}: the name of one of {@link OutputFormats#exporters()}, ignoring case. */
final class ExporterConverter implements ITypeConverter<OutputFormats.Exporter> {
    @Override
    public OutputFormats.Exporter convert(String value) {
        return OutputFormats.STANDARD.exporter(value).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not an export format; expected one of " + OutputFormats.STANDARD.exporterNames()));
    }
}
