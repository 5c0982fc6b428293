package no.kriteriebank.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.Tender;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OCDS export on example tenders: fields, codes and numbers checked on the parsed JSON, and every output
 * validated against {@code ocds/award-sustainability-fragment.schema.json}, a JSON Schema (draft 2020-12) written from
 * the OCDS 1.1 release schema and its award criteria breakdown and sustainability extensions.
 */
class OcdsExporterTest {
    // Forced: these tests are about the mapping, also for tenders the checker would refuse (see the last tests).
    private static final OcdsExporter OCDS = OcdsExporter.builder(ExportFixtures.BANK).force(true).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SCHEMA = loadSchema();

    private static Schema loadSchema() {
        try (InputStream in = OcdsExporterTest.class.getResourceAsStream("/ocds/award-sustainability-fragment.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, english())
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void weightedTender() {
        JsonNode release = export(ExportFixtures.weighted(Language.NB).build());
        assertThat(release.get("language").asString()).isEqualTo("nb");
        JsonNode tender = release.get("tender");
        assertThat(tender.get("awardCriteria").asString()).isEqualTo("ratedCriteria");
        assertThat(tender.get("awardCriteriaDetails").asString())
                .isEqualTo("Tildelingskriterier: Pris 70\u00a0%, Klima og miljø 30\u00a0%.");
        JsonNode criteria = tender.get("lots").get(0).get("awardCriteria").get("criteria");
        assertThat(tender.get("lots").get(0).get("id").asString()).isEqualTo("LOT-0001");
        assertThat(texts(criteria, "type")).containsExactly("price", "quality");
        assertThat(texts(criteria, "name")).containsExactly("Pris", "Klima og miljø");
        assertThat(texts(criteria, "description")).containsExactly("Pris", "TRA-02 Utslipp");
        assertThat(criteria.get(0).get("numbers").get(0).get("number").asInt()).isEqualTo(70);
        assertThat(criteria.get(1).get("numbers").get(0).get("number").asInt()).isEqualTo(30);
        assertThat(criteria.get(1).get("numbers").get(0).get("weight").asString()).isEqualTo("percentageExact");
    }

    @Test
    void sustainabilityGoalsComeFromTheImpactsAndStrategiesFromTheKinds() {
        JsonNode tender = export(ExportFixtures.weighted(Language.NB).build()).get("tender");
        // Per lot, as eForms carries BT-06, BT-774 and BT-805.
        assertThat(tender.has("sustainability")).isFalse();
        JsonNode lot = tender.get("lots").get(0);
        assertThat(lot.get("hasSustainability").asBoolean()).isTrue();
        JsonNode s = lot.get("sustainability");
        assertThat(texts(s, "goal")).containsExactly("environmental.circularEconomy",
                "environmental.climateChangeMitigation", "environmental.pollutionPrevention", null);
        // TRA-01 specification and GEN-01 contract clause address clim-mitig, TRA-02 is weighted and selected
        assertThat(texts(s.get(1).get("strategies"))).containsExactly("technicalSpecifications", "awardCriteria",
                "contractPerformanceConditions");
        assertThat(texts(s.get(0).get("strategies"))).containsExactly("contractPerformanceConditions");
        assertThat(texts(s.get(2).get("strategies"))).containsExactly("awardCriteria");
        assertThat(texts(s.get(3).get("strategies"))).containsExactly("nationalGPPCriteria");
    }

    @Test
    void networkCriteriaAreOtherGppCriteria() {
        String json = OcdsExporter.builder(ExportFixtures.WITH_OVERLAY).lotId("2").force(true).build()
                .release(ExportFixtures.weighted(Language.NB).criterion("gki:TRA-01").build());
        JsonNode tender = valid(json).get("tender");
        assertThat(tender.get("lots").get(0).get("id").asString()).isEqualTo("2");
        JsonNode s = tender.get("lots").get(0).get("sustainability");
        assertThat(texts(s.get(s.size() - 1).get("strategies"))).containsExactly("otherGPPCriteria");
    }

    @Test
    void priorityOrder() {
        JsonNode tender = export(ExportFixtures.ranked().build()).get("tender");
        assertThat(tender.get("awardCriteriaDetails").asString())
                .isEqualTo("Tildelingskriterium i prioritert rekkjefølgje: 1. Kvalitet, 2. Klima og miljø, 3. Pris.");
        JsonNode criteria = tender.get("lots").get(0).get("awardCriteria").get("criteria");
        assertThat(texts(criteria, "type")).containsExactly("quality", "quality", "price");
        for (int i = 0; i < 3; i++) {
            assertThat(criteria.get(i).get("numbers").get(0).get("weight").asString()).isEqualTo("order");
            assertThat(criteria.get(i).get("numbers").get(0).get("number").asInt()).isEqualTo(i + 1);
        }
    }

    @Test
    void specificationRouteIsAStrategyNotACriterion() {
        JsonNode tender = export(ExportFixtures.specificationOnly(LocalDate.of(2026, 3, 2)).build()).get("tender");
        assertThat(tender.get("awardCriteria").asString()).isEqualTo("priceOnly");
        assertThat(tender.get("awardCriteriaDetails").asString()).isEqualTo("Tildelingskriterier: Pris 100\u00a0%. "
                + "Klima- og miljøkrav i kravspesifikasjonen: Krav om nullutslipp i kravspesifikasjonen gir større "
                + "klimaeffekt enn vekting.");
        assertThat(tender.get("lots").get(0).get("awardCriteria").get("criteria")).hasSize(1);
        assertThat(texts(tender.get("lots").get(0).get("sustainability").get(0).get("strategies")))
                .containsExactly("technicalSpecifications");
    }

    @Test
    void englishAndDecimalWeights() {
        Tender tender = ExportFixtures.weighted(Language.EN)
                .award(AwardModel.weighted(AwardComponent.weighted("Price", AwardCategory.PRICE, "62.50"),
                        AwardComponent.weighted("Climate", AwardCategory.ENVIRONMENT, "37.5", "TRA-02")))
                .build();
        JsonNode out = export(tender).get("tender");
        assertThat(out.get("awardCriteriaDetails").asString()).isEqualTo("Award criteria: Price 62.5%, Climate 37.5%.");
        assertThat(out.get("lots").get(0).get("awardCriteria").get("criteria").get(0).get("numbers").get(0)
                .get("number").decimalValue()).isEqualByComparingTo("62.5");
        Tender nynorsk = Tender.builder("T", "B", Language.NN).award(AwardModel.weighted(
                AwardComponent.weighted("Pris", AwardCategory.PRICE, "62.5"),
                AwardComponent.weighted("Kvalitet", AwardCategory.QUALITY, "37.5"))).build();
        assertThat(export(nynorsk).get("tender").get("awardCriteriaDetails").asString())
                .isEqualTo("Tildelingskriterium: Pris 62,5\u00a0%, Kvalitet 37,5\u00a0%.");
    }

    @Test
    void awardCriteriaCodes() {
        assertThat(method(AwardComponent.weighted("Pris", AwardCategory.PRICE, "100"))).isEqualTo("priceOnly");
        assertThat(method(AwardComponent.weighted("Livsløpskostnad", AwardCategory.COST, "100")))
                .isEqualTo("costOnly");
        assertThat(method(AwardComponent.weighted("Kvalitet", AwardCategory.QUALITY, "70"),
                AwardComponent.weighted("Klima", AwardCategory.ENVIRONMENT, "30"))).isEqualTo("qualityOnly");
        assertThat(method(AwardComponent.weighted("Pris", AwardCategory.PRICE, "50"),
                AwardComponent.weighted("Kostnad", AwardCategory.COST, "50"))).isEqualTo("ratedCriteria");
    }

    @Test
    void aTenderWithoutAwardModelOrCriteriaHasNoSustainability() {
        JsonNode tender = export(Tender.builder("Rekvisita", "Vinje kommune", Language.NB).build()).get("tender");
        assertThat(tender.get("lots").get(0).get("hasSustainability").asBoolean()).isFalse();
        assertThat(tender.get("lots").get(0).has("sustainability")).isFalse();
        assertThat(tender.has("awardCriteria")).isFalse();
        assertThat(tender.get("lots").get(0).has("awardCriteria")).isFalse();
    }

    @Test
    void theOptionIsJudgedAsInTheEformsExport() {
        Tender tender = ExportFixtures.exempt(EnvironmentOption.NEGLIGIBLE_FOOTPRINT, LocalDate.of(2026, 6, 30),
                "Ubetydelig.");
        assertThat(export(tender).get("tender").get("awardCriteriaDetails").asString()).isEqualTo(
                "Tildelingskriterier: Pris 100\u00a0%. Unntak: uvesentlig klimaavtrykk og miljøbelastning: Ubetydelig.");
        // The same option announced after its code ended, or before the codes existed, is refused in both formats.
        for (LocalDate date : List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2023, 5, 1))) {
            Tender late = ExportFixtures.exempt(EnvironmentOption.NEGLIGIBLE_FOOTPRINT, date, "Ubetydelig.");
            assertThatThrownBy(() -> OCDS.release(late)).isInstanceOfSatisfying(ExportException.class,
                    e -> assertThat(e.code().code()).isEqualTo("EXPORT-CODE-NOT-VALID"));
        }
        Tender unjustified = ExportFixtures.exempt(EnvironmentOption.EXEMPT_INSIGNIFICANT, LocalDate.of(2026, 8, 1),
                null);
        assertThatThrownBy(() -> OCDS.release(unjustified)).isInstanceOfSatisfying(ExportException.class,
                e -> assertThat(e.code().code()).isEqualTo("EXPORT-JUSTIFICATION-MISSING"));
    }

    @Test
    void aTenderTheCheckerRefusesIsNotExportedUnlessForced() {
        Tender zero = ExportFixtures.weighted(Language.NB).announcementDate(LocalDate.of(2026, 9, 1))
                .award(AwardModel.weighted(AwardComponent.weighted("Pris", AwardCategory.PRICE, "100"),
                        AwardComponent.weighted("Klima og miljø", AwardCategory.ENVIRONMENT, "0", "TRA-02")))
                .build();
        assertThatThrownBy(() -> OcdsExporter.builder(ExportFixtures.BANK).build().release(zero))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.code().code()).isEqualTo("EXPORT-TENDER-INVALID");
                    assertThat(e.getMessage()).contains("FOA-7-9-MIN-WEIGHT").contains("--force");
                });
        assertThat(OCDS.release(zero)).contains("\"awardCriteria\"");
    }

    @Test
    void refusesUnknownCriteriaAndBadWeights() {
        assertThatThrownBy(() -> OCDS.release(ExportFixtures.weighted(Language.NB).criterion("XYZ-01").build()))
                .isInstanceOfSatisfying(ExportException.class,
                        e -> assertThat(e.code().code()).isEqualTo("EXPORT-UNKNOWN-CRITERION"));
        assertThatThrownBy(() -> OCDS.release(ExportFixtures.weighted(Language.NB).award(AwardModel.weighted(
                AwardComponent.weighted("Pris", AwardCategory.PRICE, "99"))).build()))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.code().code()).isEqualTo("EXPORT-WEIGHT-SUM"));
    }

    @Test
    void sameTenderSameBytes() {
        Tender tender = ExportFixtures.weighted(Language.NN).build();
        assertThat(OCDS.release(tender)).isEqualTo(OcdsExporter.builder(ExportFixtures.BANK).build().release(tender))
                .doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void theSchemaRejectsWhatOcdsDoesNotAllow() {
        assertThat(SCHEMA.validate("{\"language\":\"nb\",\"tender\":{"
                + "\"lots\":[{\"id\":\"1\",\"hasSustainability\":true}],\"awardCriteria\":\"lowestPrice\"}}",
                InputFormat.JSON)).isNotEmpty();
        assertThat(SCHEMA.validate("{\"language\":\"nb\",\"tender\":{\"lots\":[{\"id\":\"1\","
                + "\"hasSustainability\":true,\"sustainability\":[{\"goal\":\"environmental.x\"}]}]}}",
                InputFormat.JSON)).isNotEmpty();
        assertThat(SCHEMA.validate("{\"language\":\"nb\",\"tender\":{\"hasSustainability\":false,"
                + "\"lots\":[{\"id\":\"1\",\"hasSustainability\":false}]}}", InputFormat.JSON)).isNotEmpty();
        assertThat(SCHEMA.validate("{\"language\":\"nb\",\"tender\":{"
                + "\"lots\":[{\"id\":\"1\",\"hasSustainability\":false,\"extra\":1}]}}", InputFormat.JSON))
                .isNotEmpty();
        assertThat(SCHEMA.validate("{\"language\":\"nb\",\"tender\":{"
                + "\"lots\":[{\"id\":\"1\",\"hasSustainability\":false}]}}", InputFormat.JSON)).isEmpty();
    }

    private static String method(AwardComponent... components) {
        Tender tender = Tender.builder("T", "B", Language.NB).award(AwardModel.weighted(components)).build();
        return export(tender).get("tender").get("awardCriteria").asString();
    }

    private static JsonNode export(Tender tender) {
        return valid(OCDS.release(tender));
    }

    private static JsonNode valid(String json) {
        List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
        assertThat(errors).as("schema errors in\n%s", json).isEmpty();
        return JSON.readTree(json);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.has(field) ? n.get(field).asString() : null));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    /** Messages in English, whatever the machine's locale (the tests run under Turkish). */
    private static java.util.function.Consumer<SchemaRegistry.Builder> english() {
        return b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().locale(java.util.Locale.ENGLISH).build());
    }
}
