package no.kriteriebank.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.kriteriebank.bank.BankLoader;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.Language;
import no.kriteriebank.render.Format;
import no.kriteriebank.render.RenderedDocument;
import no.kriteriebank.render.TenderRenderer;
import no.kriteriebank.templates.StandardLayouts;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.SelectedCriterion;
import no.kriteriebank.tender.Tender;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The stable fixture bank (as the templates module's golden tests use it) and a tender with every kind of clause. */
final class Fixtures {
    static final CriteriaBank BANK = BankLoader.load(Path.of("src/test/resources/fixture-bank/bank.yaml"));
    static final TenderRenderer RENDERER = StandardLayouts.renderer(BANK).build();

    private Fixtures() {
    }

    static Tender tender(Language language) {
        return Tender.builder("Skoleskyss 2027–2031", "Vinje kommune & Tokke kommune <IKS>", language)
                .reference("2026/1234")
                .announcementDate(LocalDate.of(2027, 2, 1))
                .cpv("60130000")
                .estimatedValue(new BigDecimal("12500000"))
                .criterion("GEN-01")
                .criterion(new SelectedCriterion("TRA-01@2", Map.of("share", "80", "days", "10"),
                        "Gjelder rute 1 *og* 2."))
                .criterion("TRA-02")
                .criterion(new SelectedCriterion("TRA-03", Map.of("interval", "year"), null))
                .environment(EnvironmentOption.AWARD_CRITERIA, null)
                .award(AwardModel.weighted(
                        AwardComponent.weighted("Pris", AwardCategory.PRICE, "70"),
                        new AwardComponent("Klima og miljø | utslipp", AwardCategory.ENVIRONMENT,
                                new BigDecimal("30.0"), null, List.of("TRA-02"), null)))
                .addition("Om oppdraget", "Kjøring av elever til og fra skolen.\n\n- Rute 1\n- Rute 2")
                .build();
    }

    static RenderedDocument document(Language language) {
        return RENDERER.render(tender(language), Format.TEXT);
    }

    static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
