package no.kriteriebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.kriteriebank.export.EformsExporter;
import no.kriteriebank.export.EformsProfile;
import no.kriteriebank.export.OcdsExporter;
import no.kriteriebank.render.Format;
import no.kriteriebank.tender.Tender;
import no.kriteriebank.tender.TenderLoader;
import no.kriteriebank.templates.StandardBank;
import org.junit.jupiter.api.Test;

/** The command line's formats come from one registry; a new exporter is one entry in it. */
class OutputFormatsTest {

    @Test
    void theRegistryListsTheRenderersFormatsThenDocxAndBothExporters() {
        assertThat(OutputFormats.STANDARD.documentNames()).isEqualTo("text, markdown, html, docx");
        assertThat(OutputFormats.STANDARD.exporterNames()).isEqualTo("eforms, ocds");
        assertThat(OutputFormats.STANDARD.document("MD")).contains(new DocumentFormat(Format.MARKDOWN, null));
        assertThat(OutputFormats.STANDARD.document(" txt ")).contains(new DocumentFormat(Format.TEXT, null));
        assertThat(OutputFormats.STANDARD.document("Docx")).contains(DocumentFormat.DOCX);
        assertThat(OutputFormats.STANDARD.document("pdf")).isEmpty();
        assertThat(OutputFormats.STANDARD.exporter("OCDS").map(OutputFormats.Exporter::name)).contains("ocds");
        assertThat(OutputFormats.STANDARD.exporter("pdf")).isEmpty();
    }

    @Test
    void anExporterOfOnesOwnIsOneEntry() {
        OutputFormats formats = OutputFormats.STANDARD.withExporter(
                new OutputFormats.Exporter("title", options -> tender -> tender.title()));
        Tender tender = TenderLoader.load(Path.of("../examples/tenders/skoleskyss.yaml"));
        OutputFormats.ExportOptions options = new OutputFormats.ExportOptions(StandardBank.load(),
                EformsProfile.DOFFIN, true, false);
        assertThat(formats.exporterNames()).isEqualTo("eforms, ocds, title");
        assertThat(formats.exporter("title").orElseThrow().create(options).export(tender)).isEqualTo(tender.title());
        // the standard entries build the library's exporters with the command's options
        assertThat(formats.exporter("eforms").orElseThrow().create(options)).isInstanceOf(EformsExporter.class);
        assertThat(formats.exporter("ocds").orElseThrow().create(options).export(tender)).isEqualTo(
                OcdsExporter.builder(options.bank()).force(true).build().release(tender));
    }
}
