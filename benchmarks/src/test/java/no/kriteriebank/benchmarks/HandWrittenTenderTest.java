package no.kriteriebank.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.render.Format;
import no.kriteriebank.tender.Tender;
import no.kriteriebank.templates.StandardBank;
import no.kriteriebank.templates.StandardLayouts;
import org.junit.jupiter.api.Test;

/** The baseline of {@link WholeTenderBenchmark} is only a baseline if it writes exactly what the library writes. */
class HandWrittenTenderTest {
    @Test
    void writesTheSameBytesAsTheLibrary() throws IOException {
        CriteriaBank bank = StandardBank.load();
        Tender tender = WholeTenderBenchmark.fixture();
        String library = StandardLayouts.renderer(bank).build().render(tender, Format.HTML).text();
        String handWritten = new HandWrittenTender(bank).render(tender);
        assertThat(library).as("the fixture renders to a whole document").contains("<article class=\"clause\"")
                .contains("k-documentation").contains("award-model");
        if (!handWritten.equals(library)) {
            // both sides kept for a diff: the assertion's message shows only the start of a long text
            Files.writeString(Path.of("target/whole-tender-library.html"), library);
            Files.writeString(Path.of("target/whole-tender-hand-written.html"), handWritten);
        }
        assertThat(handWritten).as("hand-written output (diff target/whole-tender-*.html)").isEqualTo(library);
    }
}
