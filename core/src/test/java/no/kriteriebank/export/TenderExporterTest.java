package no.kriteriebank.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.Tender;
import org.junit.jupiter.api.Test;

/** Both exporters, and one of a caller's own, are used through the one interface. */
class TenderExporterTest {

    /** A trivial format of a caller's own: the title and the selected criteria, one per line. */
    private static final TenderExporter CRITERIA_LIST = tender -> tender.title() + "\n" + tender.criteria().stream()
            .map(c -> c.id()).collect(Collectors.joining("\n"));

    @Test
    void everyExporterIsUsedThroughTheInterface() {
        Map<String, TenderExporter> exporters = Map.of(
                "eforms", EformsExporter.builder(ExportFixtures.BANK).build(),
                "ocds", OcdsExporter.builder(ExportFixtures.BANK).build(),
                "list", CRITERIA_LIST);
        Tender tender = ExportFixtures.weighted(Language.NB).build();
        assertThat(exporters.get("eforms").export(tender))
                .isEqualTo(EformsExporter.builder(ExportFixtures.BANK).build().lot(tender));
        assertThat(exporters.get("ocds").export(tender))
                .isEqualTo(OcdsExporter.builder(ExportFixtures.BANK).build().release(tender));
        assertThat(exporters.get("list").export(tender)).isEqualTo(tender.title() + "\n" + String.join("\n",
                tender.criteria().stream().map(c -> c.id()).toList()));
    }

    @Test
    void bothBuildersTakeTheClockAndForceTheyShare() {
        // no announcement date: the clock gives the day, and a 0 % climate weight is refused unless forced
        Tender zero = ExportFixtures.weighted(Language.NB).announcementDate(null)
                .award(AwardModel.weighted(AwardComponent.weighted("Pris", AwardCategory.PRICE, "100"),
                        AwardComponent.weighted("Klima og miljø", AwardCategory.ENVIRONMENT, "0", "TRA-02")))
                .build();
        Clock autumn2026 = Clock.fixed(Instant.parse("2026-09-01T10:00:00Z"), ZoneOffset.UTC);
        List<ExporterBuilder<?>> builders = List.of(EformsExporter.builder(ExportFixtures.BANK),
                OcdsExporter.builder(ExportFixtures.BANK));
        for (ExporterBuilder<?> builder : builders) {
            TenderExporter strict = builder.clock(autumn2026).force(false).build();
            assertThatThrownBy(() -> strict.export(zero)).isInstanceOfSatisfying(ExportException.class,
                    e -> assertThat(e.code()).isEqualTo(ExportCode.EXPORT_TENDER_INVALID));
            assertThat(builder.force(true).build().export(zero)).isNotBlank();
        }
    }
}
