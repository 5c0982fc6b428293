package no.kriteriebank.export;

import no.kriteriebank.tender.Tender;

/**
 * Writes a tender's award criteria and environmental data in a notice or data standard, as text. The library's
 * exporters ({@link EformsExporter}, {@link OcdsExporter}) check the tender first and refuse one with errors; a
 * format of your own is one class implementing this interface, registered wherever the exporters are chosen (in the
 * command line: its format registry). Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface TenderExporter {
    /**
     * Exports a tender.
     *
     * @param tender the tender
     * @return the exported text
     * @throws ExportException when the tender cannot be written faithfully in the format
     */
    String export(Tender tender);
}
