package no.kriteriebank.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import no.kriteriebank.check.Law;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.AwardComponent;
import no.kriteriebank.tender.AwardModel;
import no.kriteriebank.tender.EnvironmentOption;
import no.kriteriebank.tender.Tender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The eForms export on example tenders: element paths, codes, weights and languages checked with XPath, every
 * output validated against the eForms SDK 1.15.1 XSDs twice (the lot on its own, as a global element of the UBL
 * common aggregate components, and placed into a minimal ContractNotice), and every code checked against the SDK's
 * codelists and DFØ's Norwegian codelist.
 */
class EformsExporterTest {
    // Forced: these tests are about the exporter's own mapping and refusals, also for tenders the checker would
    // refuse; EformsRulesTest and the tests at the end show the check that comes first.
    private static final EformsExporter DOFFIN = EformsExporter.builder(ExportFixtures.BANK).force(true).build();
    private static final EformsExporter TED = EformsExporter.builder(ExportFixtures.BANK)
            .profile(EformsProfile.TED).force(true).build();
    private static final String CRITERIA = "/cac:ProcurementProjectLot/cac:TenderingTerms/cac:AwardingTerms"
            + "/cac:AwardingCriterion/cac:SubordinateAwardingCriterion";
    private static final String PARAMETER = "ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent"
            + "/efext:EformsExtension/efac:AwardCriterionParameter";
    private static final String ADDITIONAL = "/cac:ProcurementProjectLot/cac:ProcurementProject"
            + "/cac:ProcurementAdditionalType/cbc:ProcurementTypeCode";

    @Test
    void doffinWeightedTender() throws Exception {
        Document lot = export(DOFFIN, ExportFixtures.weighted(Language.NB).build());
        assertThat(values(lot, "/cac:ProcurementProjectLot/cbc:ID")).containsExactly("LOT-0001");
        assertThat(values(lot, "/cac:ProcurementProjectLot/cbc:ID/@schemeName")).containsExactly("Lot");
        assertThat(values(lot, CRITERIA + "/cbc:AwardingCriterionTypeCode"))
                .containsExactly("price", "quality-nor-env-criteria");
        assertThat(values(lot, CRITERIA + "/cbc:AwardingCriterionTypeCode/@listName"))
                .containsOnly("award-criterion-type");
        assertThat(values(lot, CRITERIA + "/" + PARAMETER + "/efbc:ParameterCode")).containsExactly("per-exa", "per-exa");
        assertThat(values(lot, CRITERIA + "/" + PARAMETER + "/efbc:ParameterCode/@listName"))
                .containsOnly("number-weight");
        assertThat(values(lot, CRITERIA + "/" + PARAMETER + "/efbc:ParameterNumeric")).containsExactly("70", "30");
        assertThat(values(lot, CRITERIA + "/cbc:Name")).containsExactly("Pris", "Klima og miljø");
        assertThat(values(lot, CRITERIA + "/cbc:Description")).containsExactly("Pris", "TRA-02 Utslipp");
        assertThat(values(lot, CRITERIA + "/cbc:Name/@languageID")).containsOnly("NOB");
        assertThat(values(lot, CRITERIA + "/cbc:Description/@languageID")).containsOnly("NOB");
        assertThat(additionalTypes(lot)).containsExactly(
                "environmental-impact=circ-econ", "environmental-impact=clim-mitig",
                "environmental-impact=pollu-prev", "strategic-procurement=env-imp", "gpp-criteria=national");
    }

    @Test
    void elementsComeInTheOrderTheSchemaRequires() throws Exception {
        Document lot = export(DOFFIN, ExportFixtures.weighted(Language.NB).build());
        assertThat(childNames(lot.getDocumentElement()))
                .containsExactly("cbc:ID", "cac:TenderingTerms", "cac:ProcurementProject");
        Element first = (Element) nodes(lot, CRITERIA).get(0);
        assertThat(childNames(first)).containsExactly("ext:UBLExtensions", "cbc:AwardingCriterionTypeCode",
                "cbc:Name", "cbc:Description");
        Element parameter = (Element) nodes(lot, CRITERIA + "[1]/" + PARAMETER).get(0);
        assertThat(childNames(parameter)).containsExactly("efbc:ParameterCode", "efbc:ParameterNumeric");
    }

    @Test
    void namespacesAreTheUblAndEformsOnes() throws Exception {
        Document lot = export(DOFFIN, ExportFixtures.weighted(Language.NB).build());
        Element root = lot.getDocumentElement();
        assertThat(root.getNamespaceURI())
                .isEqualTo("urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2");
        assertThat(root.getAttribute("xmlns:cbc"))
                .isEqualTo("urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2");
        assertThat(root.getAttribute("xmlns:ext"))
                .isEqualTo("urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2");
        assertThat(root.getAttribute("xmlns:efext")).isEqualTo("http://data.europa.eu/p27/eforms-ubl-extensions/1");
        assertThat(root.getAttribute("xmlns:efac"))
                .isEqualTo("http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1");
        assertThat(root.getAttribute("xmlns:efbc"))
                .isEqualTo("http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void doffinWritesTheTendersLanguage(Language language) throws Exception {
        Document lot = export(DOFFIN, ExportFixtures.weighted(language).build());
        assertThat(values(lot, CRITERIA + "/cbc:Name/@languageID")).containsOnly(language.eformsCode());
        assertThat(values(lot, CRITERIA + "/cbc:Description")).endsWith(language == Language.NB ? "TRA-02 Utslipp"
                : language == Language.NN ? "TRA-02 Utslepp" : "TRA-02 Emissions");
    }

    @Test
    void tedMapsNorwegianCodesToQualityAndWritesEnglish() throws Exception {
        Document lot = export(TED, ExportFixtures.weighted(Language.EN).build());
        assertThat(values(lot, CRITERIA + "/cbc:AwardingCriterionTypeCode")).containsExactly("price", "quality");
        assertThat(values(lot, CRITERIA + "/cbc:Name")).containsExactly("Price", "Climate and environment");
        assertThat(values(lot, "//@languageID")).containsOnly("ENG");
        assertThat(values(lot, CRITERIA + "/" + PARAMETER + "/efbc:ParameterNumeric")).containsExactly("70", "30");
        assertThat(additionalTypes(lot)).contains("strategic-procurement=env-imp", "gpp-criteria=national");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"NB", "NN"})
    void tedRefusesNorwegianTextsWithoutEnglish(Language language) {
        assertThatThrownBy(() -> TED.lot(ExportFixtures.weighted(language).build()))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.code().code()).isEqualTo("EXPORT-TRANSLATION-MISSING");
                    assertThat(e.path()).isEqualTo("award.components[0].nameEn");
                    assertThat(e.getMessage()).contains("'" + (language == Language.NB ? "Pris" : "Pris")
                            + "' has no English name").contains("TED takes no bokmål or nynorsk");
                });
    }

    @Test
    void specificationRouteIsAZeroPercentCriterionWithTheJustification() throws Exception {
        Document lot = export(DOFFIN, ExportFixtures.specificationOnly(LocalDate.of(2026, 3, 2)).build());
        assertThat(values(lot, CRITERIA + "/cbc:AwardingCriterionTypeCode"))
                .containsExactly("price", "quality-nor-env-spec");
        assertThat(values(lot, CRITERIA + "/" + PARAMETER + "/efbc:ParameterCode")).containsExactly("per-exa", "per-exa");
        assertThat(values(lot, CRITERIA + "/" + PARAMETER + "/efbc:ParameterNumeric")).containsExactly("100", "0");
        assertThat(values(lot, CRITERIA + "[2]/cbc:Name")).containsExactly("Klima- og miljøkrav i kravspesifikasjonen");
        assertThat(values(lot, CRITERIA + "[2]/cbc:Description"))
                .containsExactly("Krav om nullutslipp i kravspesifikasjonen gir større klimaeffekt enn vekting.");
        assertThat(additionalTypes(lot)).containsExactly("environmental-impact=clim-mitig",
                "strategic-procurement=env-imp", "gpp-criteria=national");
    }

    @Test
    void aZeroPercentClimateComponentServesAsTheMarker() throws Exception {
        Tender tender = ExportFixtures.specificationOnly(LocalDate.of(2026, 3, 2))
                .award(AwardModel.weighted(AwardComponent.weighted("Pris", AwardCategory.PRICE, "100"),
                        AwardComponent.weighted("Klimakrav", AwardCategory.ENVIRONMENT, "0")))
                .build();
        Document lot = export(DOFFIN, tender);
        assertThat(values(lot, CRITERIA + "/cbc:AwardingCriterionTypeCode"))
                .containsExactly("price", "quality-nor-env-spec");
        assertThat(values(lot, CRITERIA + "/cbc:Name")).containsExactly("Pris", "Klimakrav");
    }

    @Test
    void specificationTogetherWithWeightedClimateGivesBoth() throws Exception {
        Tender tender = ExportFixtures.weighted(Language.NB)
                .environment(EnvironmentOption.SPECIFICATION, null)
                .announcementDate(LocalDate.of(2026, 9, 1))
                .award(AwardModel.weighted(AwardComponent.weighted("Pris", AwardCategory.PRICE, "80"),
                        AwardComponent.weighted("Klima og miljø", AwardCategory.ENVIRONMENT, "20", "TRA-02")))
                .build();
        Document lot = export(DOFFIN, tender);
        assertThat(values(lot, CRITERIA + "/cbc:AwardingCriterionTypeCode"))
                .containsExactly("price", "quality-nor-env-criteria", "quality-nor-env-spec");
        // From 2026-07-01 the specification route needs no justification; the marker then describes itself.
        assertThat(values(lot, CRITERIA + "[3]/cbc:Description"))
                .containsExactly("Klima- og miljøkrav i kravspesifikasjonen");
    }

    @Test
    void specificationRouteBefore2026NeedsAJustification() {
        Tender tender = ExportFixtures.specificationOnly(LocalDate.of(2026, 3, 2))
                .environment(EnvironmentOption.SPECIFICATION, " ").build();
        assertThatThrownBy(() -> DOFFIN.lot(tender)).isInstanceOfSatisfying(ExportException.class, e -> {
            assertThat(e.code().code()).isEqualTo("EXPORT-JUSTIFICATION-MISSING");
            assertThat(e.path()).isEqualTo("environment.justification");
        });
    }

    @Test
    void tedKeepsTheSpecificationMarkerAsQuality() throws Exception {
        Tender tender = ExportFixtures.specificationOnly(LocalDate.of(2026, 3, 2)).build();
        Tender english = Tender.builder("School transport", tender.buyer(), Language.EN)
                .announcementDate(tender.announcementDate()).criterion("TRA-01")
                .environment(EnvironmentOption.SPECIFICATION, "Requirements give a larger effect.")
                .award(tender.award()).build();
        Document lot = export(TED, english);
        assertThat(values(lot, CRITERIA + "/cbc:AwardingCriterionTypeCode")).containsExactly("price", "quality");
        assertThat(values(lot, CRITERIA + "[2]/cbc:Name"))
                .containsExactly("Climate and environmental requirements in the technical specification");
    }

    @Test
    void negligibleFootprintIsValidUntilJune2026() throws Exception {
        Tender tender = ExportFixtures.exempt(EnvironmentOption.NEGLIGIBLE_FOOTPRINT, LocalDate.of(2026, 6, 30),
                "Rådgivning på kontor har ubetydelig klimaavtrykk.");
        Document lot = export(DOFFIN, tender);
        assertThat(values(lot, CRITERIA + "/cbc:AwardingCriterionTypeCode"))
                .containsExactly("price", "quality-nor-env-none");
        assertThat(additionalTypes(lot)).containsExactly("gpp-criteria=none");
    }

    @Test
    void tedDropsTheNegligibleFootprintCriterion() throws Exception {
        Tender tender = Tender.builder("Legal advice", "Vinje kommune", Language.EN)
                .announcementDate(LocalDate.of(2026, 6, 30))
                .environment(EnvironmentOption.NEGLIGIBLE_FOOTPRINT, "Office advice has a negligible footprint.")
                .award(AwardModel.weighted(AwardComponent.weighted("Price", AwardCategory.PRICE, "100"))).build();
        Document lot = export(TED, tender);
        assertThat(values(lot, CRITERIA + "/cbc:AwardingCriterionTypeCode")).containsExactly("price");
    }

    @Test
    void negligibleFootprintIsRefusedFromJuly2026() {
        Tender tender = ExportFixtures.exempt(EnvironmentOption.NEGLIGIBLE_FOOTPRINT, LocalDate.of(2026, 7, 1),
                "Ubetydelig.");
        for (EformsExporter exporter : List.of(DOFFIN, TED)) {
            assertThatThrownBy(() -> exporter.lot(tender)).isInstanceOfSatisfying(ExportException.class, e -> {
                assertThat(e.code().code()).isEqualTo("EXPORT-CODE-NOT-VALID");
                assertThat(e.path()).isEqualTo("environment.option");
                assertThat(e.getMessage()).contains("quality-nor-env-none").contains("2026-06-30")
                        .contains("EXEMPT_INSIGNIFICANT");
            });
        }
    }

    @Test
    void exemptionsAreRefusedBeforeJuly2026() {
        Tender tender = ExportFixtures.exempt(EnvironmentOption.EXEMPT_INSIGNIFICANT, LocalDate.of(2026, 6, 30),
                "Uvesentlig.");
        assertThatThrownBy(() -> DOFFIN.lot(tender)).isInstanceOfSatisfying(ExportException.class, e -> {
            assertThat(e.code().code()).isEqualTo("EXPORT-CODE-NOT-VALID");
            assertThat(e.getMessage()).contains("from 2026-07-01").contains("NEGLIGIBLE_FOOTPRINT");
        });
        Tender critical = ExportFixtures.exempt(EnvironmentOption.EXEMPT_CRITICAL_INTEREST,
                LocalDate.of(2026, 6, 1), "Beredskap.");
        assertThatThrownBy(() -> DOFFIN.lot(critical)).isInstanceOf(ExportException.class)
                .hasMessageContaining("does not exist before 2026-07-01");
    }

    @ParameterizedTest
    @EnumSource(value = EnvironmentOption.class,
            names = {"EXEMPT_INSIGNIFICANT", "EXEMPT_CRITICAL_INTEREST", "EXEMPT_NATIONAL_MINIMUM"})
    void exemptionsFromJuly2026(EnvironmentOption option) throws Exception {
        Document lot = export(DOFFIN, ExportFixtures.exempt(option, LocalDate.of(2026, 7, 1), "Begrunnelse."));
        assertThat(values(lot, CRITERIA + "/cbc:AwardingCriterionTypeCode"))
                .containsExactly("price", Law.standard().option(option).eformsCode());
        assertThat(values(lot, CRITERIA + "[2]/cbc:Description")).containsExactly("Begrunnelse.");
        assertThat(values(lot, CRITERIA + "[2]/" + PARAMETER + "/efbc:ParameterNumeric")).containsExactly("0");
    }

    @Test
    void exemptionsNeedAJustification() {
        Tender tender = ExportFixtures.exempt(EnvironmentOption.EXEMPT_INSIGNIFICANT, LocalDate.of(2026, 8, 1), null);
        assertThatThrownBy(() -> DOFFIN.lot(tender)).isInstanceOfSatisfying(ExportException.class,
                e -> assertThat(e.code().code()).isEqualTo("EXPORT-JUSTIFICATION-MISSING"));
    }

    @Test
    void climateCriteriaBeforeTheNorwegianCodesExistAreRefusedOnDoffinOnly() throws Exception {
        Tender tender = ExportFixtures.weighted(Language.EN).announcementDate(LocalDate.of(2023, 11, 1)).build();
        assertThatThrownBy(() -> DOFFIN.lot(tender)).isInstanceOfSatisfying(ExportException.class, e -> {
            assertThat(e.code().code()).isEqualTo("EXPORT-CODE-NOT-VALID");
            assertThat(e.path()).isEqualTo("award.components[1]");
        });
        assertThat(values(export(TED, tender), CRITERIA + "/cbc:AwardingCriterionTypeCode"))
                .containsExactly("price", "quality");
    }

    @Test
    void withoutAnAnnouncementDateTodayInNorwayDecides() throws Exception {
        Tender tender = ExportFixtures.exempt(EnvironmentOption.NEGLIGIBLE_FOOTPRINT, null, "Ubetydelig.");
        // 2026-06-30 22:30 UTC is already 1 July in Norway
        Clock lateJune = Clock.fixed(Instant.parse("2026-06-30T22:30:00Z"), ZoneId.of("UTC"));
        EformsExporter exporter = EformsExporter.builder(ExportFixtures.BANK).clock(lateJune).force(true).build();
        assertThatThrownBy(() -> exporter.lot(tender)).isInstanceOf(ExportException.class)
                .hasMessageContaining("exported today, 2026-07-01");
        Clock earlier = Clock.fixed(Instant.parse("2026-06-30T12:00:00Z"), ZoneId.of("UTC"));
        export(EformsExporter.builder(ExportFixtures.BANK).clock(earlier).force(true).build(), tender);
    }

    @Test
    void priorityOrderUsesOrderOfImportance() throws Exception {
        Document lot = export(DOFFIN, ExportFixtures.ranked().build());
        assertThat(values(lot, CRITERIA + "/cbc:AwardingCriterionTypeCode"))
                .containsExactly("quality", "quality-nor-env-criteria", "price");
        assertThat(values(lot, CRITERIA + "/" + PARAMETER + "/efbc:ParameterCode")).containsOnly("ord-imp");
        assertThat(values(lot, CRITERIA + "/" + PARAMETER + "/efbc:ParameterNumeric")).containsExactly("1", "2", "3");
        assertThat(values(lot, CRITERIA + "/cbc:Name/@languageID")).containsOnly("NNO");
        assertThat(additionalTypes(lot)).contains("strategic-procurement=env-imp");
    }

    @Test
    void aLowClimateWeightWithoutImpactsIsNotMarkedGreen() throws Exception {
        Tender tender = Tender.builder("Rådgivning", "Vinje kommune", Language.NB)
                .announcementDate(LocalDate.of(2026, 3, 2))
                .award(AwardModel.weighted(AwardComponent.weighted("Pris", AwardCategory.PRICE, "80"),
                        ExportFixtures.component("Miljø", AwardCategory.ENVIRONMENT, "20", "Miljøplan for oppdraget.")))
                .build();
        Document lot = export(DOFFIN, tender);
        assertThat(values(lot, CRITERIA + "/cbc:Description")).containsExactly("Pris", "Miljøplan for oppdraget.");
        assertThat(additionalTypes(lot)).containsExactly("gpp-criteria=none");
    }

    @Test
    void decimalWeightsArePlainNumbers() throws Exception {
        Tender tender = ExportFixtures.weighted(Language.NB)
                .award(AwardModel.weighted(AwardComponent.weighted("Pris", AwardCategory.PRICE, "62.50"),
                        AwardComponent.weighted("Klima", AwardCategory.ENVIRONMENT, "37.5", "TRA-02")))
                .build();
        assertThat(values(export(DOFFIN, tender), CRITERIA + "/" + PARAMETER + "/efbc:ParameterNumeric"))
                .containsExactly("62.5", "37.5");
    }

    @Test
    void networkCriteriaAreOtherGreenCriteria() throws Exception {
        Tender tender = ExportFixtures.weighted(Language.NB).criterion("gki:TRA-01").build();
        Document lot = export(EformsExporter.builder(ExportFixtures.WITH_OVERLAY).lotId("LOT-0002").force(true)
                .build(), tender);
        assertThat(values(lot, "/cac:ProcurementProjectLot/cbc:ID")).containsExactly("LOT-0002");
        assertThat(additionalTypes(lot)).endsWith("gpp-criteria=national", "gpp-criteria=other");
    }

    @Test
    void textIsEscaped() throws Exception {
        Tender tender = ExportFixtures.weighted(Language.NB)
                .award(AwardModel.weighted(AwardComponent.weighted("Pris <eks. mva> & \"gebyr\"", AwardCategory.PRICE,
                        "70"), ExportFixtures.component("Klima", AwardCategory.ENVIRONMENT, "30", "A\u0001B\r\nC")))
                .build();
        Document lot = export(DOFFIN, tender);
        assertThat(values(lot, CRITERIA + "/cbc:Name")).containsExactly("Pris <eks. mva> & \"gebyr\"", "Klima");
        assertThat(values(lot, CRITERIA + "[2]/cbc:Description")).containsExactly("AB\r\nC");
    }

    @Test
    void refusesWhatCannotBeExported() {
        assertRefused(Tender.builder("T", "B", Language.NB).build(), "EXPORT-NO-AWARD", "award");
        assertRefused(ExportFixtures.weighted(Language.NB).criterion("TRA-20").build(), "EXPORT-UNKNOWN-CRITERION",
                "criteria[3].id");
        assertRefused(ExportFixtures.weighted(Language.NB).criterion("TRA-02@7").build(), "EXPORT-UNKNOWN-CRITERION",
                "criteria[3].id");
        assertRefused(ExportFixtures.weighted(Language.NB).award(AwardModel.weighted(
                AwardComponent.weighted("Pris", AwardCategory.PRICE, "60"),
                AwardComponent.weighted("Klima", AwardCategory.ENVIRONMENT, "30", "TRA-2"))).build(),
                "EXPORT-UNKNOWN-CRITERION", "award.components[1].criteria[0]");
        assertRefused(ExportFixtures.weighted(Language.NB).award(AwardModel.weighted(
                AwardComponent.weighted("Pris", AwardCategory.PRICE, "60"),
                AwardComponent.weighted("Klima", AwardCategory.ENVIRONMENT, "30"))).build(),
                "EXPORT-WEIGHT-SUM", "award.components");
        assertRefused(ExportFixtures.weighted(Language.NB).award(AwardModel.weighted(
                AwardComponent.weighted("Pris", AwardCategory.PRICE, "100"),
                AwardComponent.ranked("Klima", AwardCategory.ENVIRONMENT, 1))).build(),
                "EXPORT-WEIGHT-MISSING", "award.components[1].weight");
        assertThatThrownBy(() -> DOFFIN.lot(ExportFixtures.weighted(Language.NB).criterion("TRA-20").build()))
                .hasMessageContaining("(did you mean TRA-0");
    }

    @Test
    void lotIdsMustBeEformsLotIds() {
        assertThatThrownBy(() -> EformsExporter.builder(ExportFixtures.BANK).lotId("1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LOT-0001");
    }

    @Test
    void everyCodeIsInTheCodelists() throws Exception {
        Set<String> euTypes = EformsSdk.codelist("award-criterion-type");
        Set<String> norwegian = EformsSdk.norwegianCodes();
        Set<String> weights = EformsSdk.codelist("number-weight");
        Set<String> impacts = EformsSdk.codelist("environmental-impact");
        Set<String> strategic = EformsSdk.codelist("strategic-procurement");
        Set<String> gpp = EformsSdk.codelist("gpp-criteria");
        assertThat(norwegian).hasSize(6);
        for (EnvironmentOption option : EnvironmentOption.values()) {
            assertThat(norwegian).contains(Law.standard().option(option).eformsCode());
        }
        List<Tender> tenders = List.of(ExportFixtures.weighted(Language.EN).build(), ExportFixtures.ranked().build(),
                ExportFixtures.specificationOnly(LocalDate.of(2026, 3, 2)).build(),
                ExportFixtures.exempt(EnvironmentOption.EXEMPT_NATIONAL_MINIMUM, LocalDate.of(2026, 8, 1), "B."));
        for (Tender tender : tenders) {
            for (EformsExporter exporter : List.of(DOFFIN, TED)) {
                if (exporter == TED && tender.language() != Language.EN) {
                    continue;
                }
                Document lot = export(exporter, tender);
                Set<String> types = exporter == TED ? euTypes : union(euTypes, norwegian);
                assertThat(values(lot, CRITERIA + "/cbc:AwardingCriterionTypeCode")).allMatch(types::contains);
                assertThat(values(lot, CRITERIA + "/" + PARAMETER + "/efbc:ParameterCode")).allMatch(weights::contains);
                assertThat(values(lot, ADDITIONAL + "[@listName='environmental-impact']")).allMatch(impacts::contains);
                assertThat(values(lot, ADDITIONAL + "[@listName='strategic-procurement']"))
                        .allMatch(strategic::contains);
                assertThat(values(lot, ADDITIONAL + "[@listName='gpp-criteria']")).allMatch(gpp::contains);
            }
        }
    }

    @Test
    void sameTenderSameBytes() {
        Tender tender = ExportFixtures.weighted(Language.NN).build();
        String first = DOFFIN.lot(tender);
        assertThat(EformsExporter.builder(ExportFixtures.BANK).build().lot(tender)).isEqualTo(first);
        assertThat(first).doesNotContain("\r").startsWith("<cac:ProcurementProjectLot ").endsWith(
                "</cac:ProcurementProjectLot>\n");
    }

    @Test
    void doffinWritesTheTendersLanguageAndEnglish() throws Exception {
        Tender tender = RuleFixtures.combinations().get("award-weights-nb");
        Document lot = export(EformsExporter.builder(ExportFixtures.BANK).build(), tender);
        assertThat(values(lot, CRITERIA + "[1]/cbc:Name")).containsExactly("Pris", "Price");
        assertThat(values(lot, CRITERIA + "[1]/cbc:Name/@languageID")).containsExactly("NOB", "ENG");
        assertThat(values(lot, CRITERIA + "[2]/cbc:Description")).containsExactly("TRA-02 Utslipp", "TRA-02 Emissions");
        // BT-777 beside BT-06, in both languages
        assertThat(values(lot, ADDITIONAL.replace("/cbc:ProcurementTypeCode", "")
                + "[cbc:ProcurementTypeCode = 'env-imp']/cbc:ProcurementType/@languageID")).containsExactly("NOB", "ENG");
        // BT-70 from the contract clause, BT-809/BT-750 from the qualification criterion
        String terms = "/cac:ProcurementProjectLot/cac:TenderingTerms";
        assertThat(values(lot, terms + "/cac:ContractExecutionRequirement/cbc:ExecutionRequirementCode"))
                .containsExactly("performance");
        assertThat(values(lot, terms + "/cac:ContractExecutionRequirement/cbc:Description"))
                .containsExactly("GEN-01 Klimarapport", "GEN-01 Climate report");
        String selection = terms + "/ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension"
                + "/efac:SelectionCriteria";
        assertThat(values(lot, selection + "/cbc:TendererRequirementTypeCode"))
                .containsExactly("slc-sche-env-cert-indep");
        assertThat(values(lot, selection + "/cbc:Description"))
                .containsExactly("GEN-02 Miljøledelse", "GEN-02 Environmental management");
        // TED takes the English alone, from the same bokmål tender
        Document ted = export(EformsExporter.builder(ExportFixtures.BANK).profile(EformsProfile.TED).build(), tender);
        assertThat(values(ted, CRITERIA + "/cbc:Name")).containsExactly("Price", "Climate and environment");
        assertThat(values(ted, "//@languageID")).containsOnly("ENG");
    }

    @Test
    void aboveTheEeaThresholdsEnglishIsRequiredBelowItIsWrittenWhenGiven() throws Exception {
        Tender withoutEnglish = ExportFixtures.weighted(Language.NB).announcementDate(LocalDate.of(2027, 2, 1))
                .procedure(no.kriteriebank.tender.ProcedurePart.PART_III).build();
        assertThatThrownBy(() -> DOFFIN.lot(withoutEnglish)).isInstanceOfSatisfying(ExportException.class, e -> {
            assertThat(e.code().code()).isEqualTo("EXPORT-TRANSLATION-MISSING");
            assertThat(e.path()).isEqualTo("award.components[0].nameEn");
            assertThat(e.getMessage()).contains("'Pris' has no English name").contains("EFORMS-NOR-R008");
        });
        Tender national = ExportFixtures.weighted(Language.NB).announcementDate(LocalDate.of(2027, 2, 1))
                .procedure(no.kriteriebank.tender.ProcedurePart.PART_II).build();
        assertThat(values(export(DOFFIN, national), "//@languageID")).containsOnly("NOB");
        Tender unjustified = RuleFixtures.combinations().get("exempt-insignificant-nb");
        Tender noEnglishJustification = Tender.builder(unjustified.title(), unjustified.buyer(), Language.NB)
                .announcementDate(unjustified.announcementDate()).procedure(unjustified.procedure())
                .environment(unjustified.environment().option(), "Uvesentlig.").award(unjustified.award()).build();
        assertThatThrownBy(() -> DOFFIN.lot(noEnglishJustification)).isInstanceOfSatisfying(ExportException.class,
                e -> assertThat(e.path()).isEqualTo("environment.justificationEn"));
    }

    @Test
    void priorityOrderWithTheSpecificationRoute() throws Exception {
        // A climate criterion ranked among the three most important meets DFØ's rule: no 0 % marker beside ranks.
        Tender ranked = RuleFixtures.combinations().get("specification-priority-en");
        for (EformsExporter exporter : List.of(DOFFIN, TED)) {
            Document lot = export(exporter, ranked);
            assertThat(values(lot, CRITERIA + "/" + PARAMETER + "/efbc:ParameterCode")).containsOnly("ord-imp");
            assertThat(values(lot, CRITERIA + "/" + PARAMETER + "/efbc:ParameterNumeric")).containsExactly("1", "2");
        }
        // Without one, no notice both DFØ's and the EU's rules accept exists: Doffin refuses, TED drops the marker.
        Tender unranked = ExportFixtures.ranked().environment(EnvironmentOption.SPECIFICATION, "Krav gir mer.")
                .award(new AwardModel(no.kriteriebank.tender.Weighting.PRIORITY, List.of(
                        AwardComponent.ranked("Kvalitet", AwardCategory.QUALITY, 1),
                        AwardComponent.ranked("Pris", AwardCategory.PRICE, 2)))).build();
        assertThatThrownBy(() -> DOFFIN.lot(unranked)).isInstanceOfSatisfying(ExportException.class, e -> {
            assertThat(e.code().code()).isEqualTo("EXPORT-MARKER-WITH-PRIORITY");
            assertThat(e.path()).isEqualTo("environment.option");
            assertThat(e.getMessage()).contains("BR-BT-00539-0194").contains("weighting: WEIGHTS");
        });
    }

    @Test
    void negligibleFootprintIsMappedToTheNewExemptionOnlyOnRequest() throws Exception {
        Tender tender = ExportFixtures.exempt(EnvironmentOption.NEGLIGIBLE_FOOTPRINT, LocalDate.of(2026, 3, 2),
                "Rådgivning på kontor har ubetydelig klimaavtrykk.");
        assertThat(values(export(DOFFIN, tender), CRITERIA + "/cbc:AwardingCriterionTypeCode"))
                .containsExactly("price", "quality-nor-env-none");
        EformsExporter mapping = EformsExporter.builder(ExportFixtures.BANK).force(true)
                .negligibleAsExemptInsignificant(true).build();
        Document lot = export(mapping, tender);
        assertThat(values(lot, CRITERIA + "/cbc:AwardingCriterionTypeCode"))
                .containsExactly("price", "quality-nor-env-exempt-insignificant");
        assertThat(values(lot, CRITERIA + "[2]/cbc:Name"))
                .containsExactly("Unntak: uvesentlig klimaavtrykk og miljøbelastning");
        assertThat(values(lot, CRITERIA + "[2]/cbc:Description"))
                .containsExactly("Rådgivning på kontor har ubetydelig klimaavtrykk.");
    }

    @Test
    void aTenderTheCheckerRefusesIsNotExportedUnlessForced() throws Exception {
        // 0 % climate weight under the award-criteria option: DFØ's EC-R001D rejects it, and so does the checker.
        Tender zero = ExportFixtures.weighted(Language.NB).announcementDate(LocalDate.of(2026, 9, 1))
                .award(AwardModel.weighted(AwardComponent.weighted("Pris", AwardCategory.PRICE, "100"),
                        AwardComponent.weighted("Klima og miljø", AwardCategory.ENVIRONMENT, "0", "TRA-02")))
                .build();
        assertThatThrownBy(() -> EformsExporter.builder(ExportFixtures.BANK).build().lot(zero))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.code().code()).isEqualTo("EXPORT-TENDER-INVALID");
                    assertThat(e.path()).isEqualTo("award.components[1].weight");
                    assertThat(e.getMessage()).contains("FOA-7-9-MIN-WEIGHT").contains("--force")
                            .endsWith("[EXPORT-TENDER-INVALID]");
                });
        export(DOFFIN, zero);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static void assertRefused(Tender tender, String code, String path) {
        assertThatThrownBy(() -> DOFFIN.lot(tender)).isInstanceOfSatisfying(ExportException.class, e -> {
            assertThat(e.code().code()).isEqualTo(code);
            assertThat(e.path()).isEqualTo(path);
            assertThat(e.getMessage()).startsWith(path + ": ").endsWith("[" + code + "]");
        });
    }

    /** Exports, and validates the lot on its own and inside a minimal contract notice. */
    static Document export(EformsExporter exporter, Tender tender) throws Exception {
        String xml = exporter.lot(tender);
        Document lot = EformsSdk.parse(xml);
        EformsSdk.validate(xml);
        EformsSdk.validate(inNotice(lot));
        return lot;
    }

    /** The lot as the last part of a ContractNotice that has only the elements the schema requires. */
    static Document inNotice(Document lot) {
        Document notice = EformsSdk.parse("<ContractNotice"
                + " xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2\""
                + " xmlns:cac=\"" + EformsExporter.CAC + "\" xmlns:cbc=\"" + EformsExporter.CBC + "\">"
                + "<cbc:ContractFolderID>f7b1e9a2-0000-4000-8000-000000000001</cbc:ContractFolderID>"
                + "<cac:ContractingParty><cac:Party/></cac:ContractingParty>"
                + "<cac:ProcurementProject/>"
                + "</ContractNotice>");
        notice.getDocumentElement().appendChild(notice.importNode(lot.getDocumentElement(), true));
        return notice;
    }

    static List<String> values(Document doc, String expression) throws XPathExpressionException {
        List<String> out = new ArrayList<>();
        for (Node n : nodes(doc, expression)) {
            out.add(n.getTextContent());
        }
        return out;
    }

    static List<Node> nodes(Document doc, String expression) throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(NAMESPACES);
        NodeList list = (NodeList) xpath.evaluate(expression, doc, XPathConstants.NODESET);
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add(list.item(i));
        }
        return out;
    }

    private static List<String> additionalTypes(Document lot) throws XPathExpressionException {
        List<String> out = new ArrayList<>();
        for (Node n : nodes(lot, ADDITIONAL)) {
            out.add(((Element) n).getAttribute("listName") + "=" + n.getTextContent());
        }
        return out;
    }

    private static List<String> childNames(Element element) {
        List<String> names = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                names.add(n.getNodeName());
            }
        }
        return names;
    }

    private static final Map<String, String> PREFIXES = Map.of(
            "cac", EformsExporter.CAC, "cbc", EformsExporter.CBC, "ext", EformsExporter.EXT,
            "efext", EformsExporter.EFEXT, "efac", EformsExporter.EFAC, "efbc", EformsExporter.EFBC);

    private static final NamespaceContext NAMESPACES = new NamespaceContext() {
        @Override
        public String getNamespaceURI(String prefix) {
            return PREFIXES.getOrDefault(prefix, "");
        }

        @Override
        public String getPrefix(String uri) {
            return null;
        }

        @Override
        public Iterator<String> getPrefixes(String uri) {
            return List.<String>of().iterator();
        }
    };
}
