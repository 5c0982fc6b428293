package no.kriteriebank.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.export.EformsExporter;
import no.kriteriebank.export.EformsProfile;
import no.kriteriebank.export.OcdsExporter;
import no.kriteriebank.export.TenderExporter;
import no.kriteriebank.render.Format;

/**
 * Every output format the command line offers, in one place: the document formats of {@code --format} (the
 * renderer's text formats, then the binary ones written from a document's outline) and the exporters of
 * {@code export --to}. The options read their values here and list these names when a value is unknown, so a new
 * format is one entry here (and a word in the option's help).
 *
 * @param documents the document formats, in the order they are listed
 * @param exporters the exporters, in the order they are listed
 */
record OutputFormats(List<DocumentFormat> documents, List<Exporter> exporters) {
    /** The formats of this command line. */
    static final OutputFormats STANDARD = new OutputFormats(
            Stream.concat(Format.values().stream().map(f -> new DocumentFormat(f, null)), Stream.of(
                    DocumentFormat.DOCX)).toList(),
            List.of(new Exporter("eforms", o -> EformsExporter.builder(o.bank()).profile(o.profile())
                            .force(o.force()).negligibleAsExemptInsignificant(o.negligibleAsExempt()).build()),
                    new Exporter("ocds", o -> OcdsExporter.builder(o.bank()).force(o.force()).build())));

    /**
     * An exporter of {@code export --to}.
     *
     * @param name the name {@code --to} takes
     * @param factory the exporter for the command's options
     */
    record Exporter(String name, Function<ExportOptions, TenderExporter> factory) {
        /** The exporter for these options. */
        TenderExporter create(ExportOptions options) {
            return factory.apply(options);
        }
    }

    /**
     * The options of {@code export} an exporter may take; each takes those that apply to its format.
     *
     * @param bank the bank the tender was written from
     * @param profile the eForms platform
     * @param force whether to export a tender the checker finds errors in
     * @param negligibleAsExempt whether eForms writes the 2024 negligible-footprint option with the 2026 code
     */
    record ExportOptions(CriteriaBank bank, EformsProfile profile, boolean force, boolean negligibleAsExempt) {
    }

    OutputFormats {
        documents = List.copyOf(documents);
        exporters = List.copyOf(exporters);
    }

    /** The document format with this name or file extension ({@code md}, {@code txt}), ignoring case. */
    Optional<DocumentFormat> document(String nameOrExtension) {
        return documents.stream().filter(f -> f.matches(nameOrExtension)).findFirst();
    }

    /** The exporter with this name, ignoring case. */
    Optional<Exporter> exporter(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return exporters.stream().filter(e -> e.name().equals(n)).findFirst();
    }

    /** These formats and one more exporter, listed last. */
    OutputFormats withExporter(Exporter exporter) {
        List<Exporter> all = new ArrayList<>(exporters);
        all.add(exporter);
        return new OutputFormats(documents, all);
    }

    /** The document formats' names for messages: {@code text, markdown, html, docx}. */
    String documentNames() {
        return documents.stream().map(DocumentFormat::name).collect(Collectors.joining(", "));
    }

    /** The exporters' names for messages: {@code eforms, ocds}. */
    String exporterNames() {
        return exporters.stream().map(Exporter::name).collect(Collectors.joining(", "));
    }
}
