package no.kriteriebank.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.check.NumberWeight;
import no.kriteriebank.check.TenderChecker;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.EnvironmentalImpact;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.ProcedurePart;
import no.kriteriebank.tender.Tender;

/**
 * Writes the award-criteria part of an eForms notice (UBL 2.3, eForms SDK 1.x) for a tender: a
 * {@code cac:ProcurementProjectLot} with the award criteria (BT-539 type, BT-734 name, BT-540 description, BT-5421
 * kind of weight and BT-541 weight or rank) and the lot's green-procurement information (BT-06 strategic procurement
 * {@code env-imp}, BT-774 environmental impacts, BT-805 green-procurement criteria).
 *
 * <p>The fragment is meant to be placed into a notice that a procurement system builds with its other parts (buyer,
 * procedure, lot titles, CPV codes, deadlines). Elements are in the order the eForms XSDs require, the namespaces
 * are declared on the lot, and the same tender always gives the same text.
 *
 * <p>What it writes, and why:
 * <ul>
 *   <li>one {@code cac:SubordinateAwardingCriterion} per award component, in the order of the award model; price,
 *       cost and quality as {@code price}, {@code cost}, {@code quality}; climate and environment as Norway's
 *       {@code quality-nor-env-criteria};</li>
 *   <li>when the tender meets § 7-9 other than by weighted award criteria, one more criterion that marks the option
 *       with its Norwegian code ({@code quality-nor-env-spec} or an exemption), weight {@code per-exa} 0, and the
 *       justification as description, as DFØ's national rule describes; a climate component weighted 0 % serves as
 *       that marker when the tender has one. With criteria in order of importance no 0 % weight may stand beside
 *       them (BR-BT-00539-0194): the marker is left out when a climate criterion ranks among the three most
 *       important (which meets DFØ's rule by itself) or on TED, and the tender is refused otherwise;</li>
 *   <li>the description of a component is its own description, or else the ids and titles of the criteria it
 *       evaluates, or else its name;</li>
 *   <li>every name and description in each notice language: English only for TED; for Doffin above the EEA
 *       thresholds ({@code procedure: PART_III}) the tender's language and English, which an EU notice needs
 *       (DFØ's EFORMS-NOR-R008), from {@code nameEn}, {@code descriptionEn}, {@code justificationEn} and the bank's
 *       English titles; for a national notice the tender's language alone (DFØ's national rule EC-R001D reads a
 *       single description per § 7-9 marker);</li>
 *   <li>BT-06 {@code env-imp} with its description BT-777 when Doffin would show the lot as green (climate weighted
 *       at least 30 %, ranked among the three most important, or the specification route) or when the criteria
 *       address environmental impacts, since DFØ requires BT-06 whenever BT-774 is given; left out otherwise, so
 *       that the notice can carry the buyer's other strategic aims;</li>
 *   <li>BT-774: the environmental impacts of every criterion the tender uses; BT-805: {@code national} when it uses
 *       criteria of the base bank, {@code other} when it uses a network's criteria, else {@code none};</li>
 *   <li>the selected contract clauses as BT-70 contract performance conditions (OPT-060 {@code performance}) and
 *       the selected qualification criteria as BT-809/BT-750 selection criteria, by id and title.</li>
 * </ul>
 *
 * <p>Before it writes, the exporter runs the {@link TenderChecker} and refuses a tender with errors
 * ({@code EXPORT-TENDER-INVALID}) unless built with {@link Builder#force(boolean) force}. The § 7-9 codes have
 * validity dates (the negligible-footprint code ends on 2026-06-30, the exemption codes begin on 2026-07-01): the
 * tender's announcement date decides, or today in Norway when it has none. DFØ's current rules refuse
 * {@code quality-nor-env-none} in any notice sent; {@link Builder#negligibleAsExemptInsignificant(boolean)} writes
 * it as {@code quality-nor-env-exempt-insignificant}, on request only. The {@link EformsProfile#TED TED profile}
 * writes EU codes and English only and leaves out the criterion coded {@code quality-nor-env-none}.
 *
 * <pre>{@code
 * EformsExporter doffin = EformsExporter.builder(bank).profile(EformsProfile.DOFFIN).build();
 * String lotXml = doffin.lot(tender);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class EformsExporter implements TenderExporter {
    /** Namespace of UBL's common aggregate components, prefix {@code cac}. */
    public static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    /** Namespace of UBL's common basic components, prefix {@code cbc}. */
    public static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    /** Namespace of UBL's extension components, prefix {@code ext}. */
    public static final String EXT = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
    /** Namespace of the eForms extension root, prefix {@code efext}. */
    public static final String EFEXT = "http://data.europa.eu/p27/eforms-ubl-extensions/1";
    /** Namespace of the eForms aggregate components, prefix {@code efac}. */
    public static final String EFAC = "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1";
    /** Namespace of the eForms basic components, prefix {@code efbc}. */
    public static final String EFBC = "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1";

    private final CriteriaBank bank;
    private final EformsProfile profile;
    private final String lotId;
    private final ExportGate gate;
    private final boolean negligibleAsExempt;

    private EformsExporter(Builder b) {
        this.bank = b.bank();
        this.profile = b.profile;
        this.lotId = b.lotId;
        this.gate = b.gate();
        this.negligibleAsExempt = b.negligibleAsExempt;
    }

    /**
     * A builder for an exporter that reads tenders against the given bank; the default profile is Doffin.
     *
     * @param bank the bank the tenders were written from, for criterion titles and environmental impacts
     * @return the builder
     */
    public static Builder builder(CriteriaBank bank) {
        return new Builder(bank);
    }

    /** {@return the platform this exporter writes for} */
    public EformsProfile profile() {
        return profile;
    }

    /** The same as {@link #lot(Tender)}. */
    @Override
    public String export(Tender tender) {
        return lot(tender);
    }

    /**
     * Writes the tender's award criteria and green-procurement information as a {@code cac:ProcurementProjectLot}.
     *
     * @param tender the tender
     * @return the lot as XML text, without an XML declaration
     * @throws ExportException when the tender checker finds errors (unless forced) or the tender cannot be written
     *     faithfully: no award model, weights that do not add up to 100, an unknown criterion, a § 7-9 code not
     *     valid on the announcement date, a missing justification, a missing English text the notice needs, or a
     *     § 7-9 marker that cannot stand beside criteria in order of importance
     */
    public String lot(Tender tender) {
        LocalDate date = gate.admit(tender);
        TenderView view = TenderView.of(tender, bank);
        if (view.lines().isEmpty()) {
            throw new ExportException(ExportCode.EXPORT_NO_AWARD, "award",
                    "the tender has no award model; an eForms notice for a procedure with award criteria needs one");
        }
        List<AwardLine> lines = new ArrayList<>();
        for (AwardLine line : view.lines()) {
            if (line.marker() || profile == EformsProfile.DOFFIN) {
                ExportChecks.codeValid(line, tender, date, negligibleAsExempt);
            }
            ExportChecks.justified(line, tender, date);
            if (profile == EformsProfile.TED && line.code().equals(NorwegianCode.ENV_NONE.code())) {
                continue;
            }
            lines.add(line);
        }
        lines = withoutMixedMarker(lines, tender);
        List<Language> languages = languages(tender, lines, view);
        XmlWriter xml = new XmlWriter();
        xml.start("cac:ProcurementProjectLot", "xmlns:cac", CAC, "xmlns:cbc", CBC, "xmlns:ext", EXT,
                "xmlns:efext", EFEXT, "xmlns:efac", EFAC, "xmlns:efbc", EFBC);
        xml.element("cbc:ID", lotId, "schemeName", "Lot");
        xml.start("cac:TenderingTerms");
        List<Criterion> qualification = view.selected(CriterionKind.QUALIFICATION);
        if (!qualification.isEmpty()) {
            xml.start("ext:UBLExtensions").start("ext:UBLExtension").start("ext:ExtensionContent")
                    .start("efext:EformsExtension");
            for (Criterion c : qualification) {
                xml.start("efac:SelectionCriteria");
                xml.element("cbc:TendererRequirementTypeCode", NoticeTexts.selectionCriterion(c, tender),
                        "listName", "selection-criterion");
                for (Language l : languages) {
                    xml.element("cbc:Description", present(NoticeTexts.title(c, l), c.key(), l), "languageID",
                            l.eformsCode());
                }
                xml.end();
            }
            xml.end().end().end().end();
        }
        List<Criterion> clauses = view.selected(CriterionKind.CONTRACT_CLAUSE);
        if (!clauses.isEmpty()) {
            xml.start("cac:ContractExecutionRequirement");
            xml.element("cbc:ExecutionRequirementCode", "performance", "listName", "conditions");
            for (Language l : languages) {
                xml.element("cbc:Description", present(NoticeTexts.titles(clauses, l), "a contract clause", l),
                        "languageID", l.eformsCode());
            }
            xml.end();
        }
        xml.start("cac:AwardingTerms").start("cac:AwardingCriterion");
        for (AwardLine written : lines) {
            AwardLine line = negligibleAsExempt ? asExemptInsignificant(written, tender.language()) : written;
            String code = line.code();
            if (profile == EformsProfile.TED && code.startsWith(NorwegianCode.PREFIX)) {
                code = "quality";
            }
            xml.start("cac:SubordinateAwardingCriterion");
            xml.start("ext:UBLExtensions").start("ext:UBLExtension").start("ext:ExtensionContent")
                    .start("efext:EformsExtension").start("efac:AwardCriterionParameter");
            xml.element("efbc:ParameterCode", line.numberWeight().code(), "listName", NumberWeight.LIST_NAME);
            xml.element("efbc:ParameterNumeric", plain(line.number()));
            xml.end().end().end().end().end();
            xml.element("cbc:AwardingCriterionTypeCode", code, "listName", "award-criterion-type");
            for (Language l : languages) {
                xml.element("cbc:Name", name(line, l), "languageID", l.eformsCode());
            }
            for (Language l : languages) {
                xml.element("cbc:Description", description(line, l), "languageID", l.eformsCode());
            }
            xml.end();
        }
        xml.end().end().end();
        xml.start("cac:ProcurementProject");
        for (EnvironmentalImpact impact : view.impacts()) {
            additionalType(xml, "environmental-impact", impact.code());
        }
        if (view.green() || !view.impacts().isEmpty()) {
            xml.start("cac:ProcurementAdditionalType");
            xml.element("cbc:ProcurementTypeCode", "env-imp", "listName", "strategic-procurement");
            for (Language l : languages) {
                xml.element("cbc:ProcurementType", NoticeTexts.strategicDescription(l), "languageID",
                        l.eformsCode());
            }
            xml.end();
        }
        if (view.usesBaseCriteria()) {
            additionalType(xml, "gpp-criteria", "national");
        }
        if (view.usesOverlayCriteria()) {
            additionalType(xml, "gpp-criteria", "other");
        }
        if (!view.usesBaseCriteria() && !view.usesOverlayCriteria()) {
            additionalType(xml, "gpp-criteria", "none");
        }
        xml.end();
        xml.end();
        return xml.toString();
    }

    /**
     * The lines without a 0 % marker among criteria ranked by importance, which the eForms rules refuse
     * (BR-BT-00539-0194: no mixing of number kinds; -0200: percentages add up to 100). TED has no Norwegian codes and
     * loses nothing; on Doffin a climate criterion among the three most important already meets DFØ's rule
     * EFORMS-NOR-NATIONAL-EC-R001D, and otherwise no notice both sets of rules accept exists.
     */
    private List<AwardLine> withoutMixedMarker(List<AwardLine> lines, Tender tender) {
        boolean ranked = lines.stream().anyMatch(AwardLine::ranked);
        AwardLine marker = lines.stream().filter(l -> l.marker() && l.numberWeight() == NumberWeight.PER_EXA)
                .findFirst().orElse(null);
        if (!ranked || marker == null) {
            return lines;
        }
        boolean climateRanked = lines.stream().anyMatch(l -> !l.marker()
                && l.code().equals(NorwegianCode.ENV_CRITERIA.code())
                && l.number().compareTo(BigDecimal.valueOf(3)) <= 0);
        if (profile == EformsProfile.DOFFIN && !climateRanked) {
            throw new ExportException(ExportCode.EXPORT_MARKER_WITH_PRIORITY, "environment.option",
                    "Doffin marks the § 7-9 option " + tender.environment().option() + " with a criterion weighted "
                            + "0 % (" + marker.code() + ", DFØ's rule EFORMS-NOR-NATIONAL-EC-R001D), and eForms does "
                            + "not let a weight stand beside criteria in order of importance (BR-BT-00539-0194, "
                            + "-0200); give the award criteria weights (weighting: WEIGHTS), or rank a climate and "
                            + "environment component among the three most important");
        }
        List<AwardLine> kept = new ArrayList<>(lines);
        kept.remove(marker);
        return kept;
    }

    /**
     * The notice's languages for the award texts: English only for TED; for Doffin above the EEA thresholds the
     * tender's language and English, since an EU notice needs an official EU language (DFØ's EFORMS-NOR-R008) and
     * every text in every notice language; for a national notice the tender's language alone, since DFØ's national
     * rule EFORMS-NOR-NATIONAL-EC-R001D reads one description per § 7-9 marker and fails on two.
     */
    private List<Language> languages(Tender tender, List<AwardLine> lines, TenderView view) {
        Language language = tender.language();
        if (language == Language.EN) {
            return List.of(Language.EN);
        }
        if (profile == EformsProfile.DOFFIN && tender.procedure() != ProcedurePart.PART_III) {
            return List.of(language);
        }
        String missing = NoticeTexts.missingEnglish(lines, view);
        if (missing != null) {
            throw new ExportException(ExportCode.EXPORT_TRANSLATION_MISSING, missing.substring(0, missing.indexOf(' ')),
                    missing.substring(missing.indexOf(' ') + 1) + "; "
                            + (profile == EformsProfile.TED ? "TED takes no bokmål or nynorsk"
                            : "a notice above the EEA thresholds (procedure: PART_III) needs an official EU "
                            + "language besides Norwegian (DFØ's EFORMS-NOR-R008)")
                            + ", and eForms wants every text in every notice language");
        }
        return profile == EformsProfile.TED ? List.of(Language.EN) : List.of(language, Language.EN);
    }

    /**
     * The 2024 negligible-footprint marker as the 2026 insignificant-impact exemption: its code, and its name when
     * the name is the one this library gives the 2024 marker; the justification stays.
     */
    private static AwardLine asExemptInsignificant(AwardLine line, Language language) {
        if (!line.code().equals(NorwegianCode.ENV_NONE.code())) {
            return line;
        }
        NorwegianCode to = NorwegianCode.EXEMPT_INSIGNIFICANT;
        boolean standardName = line.name().equals(NorwegianCode.ENV_NONE.label().get(language).orElse(null));
        return new AwardLine(line.category(), to.code(),
                standardName ? to.label().get(language).orElseThrow() : line.name(), line.description(),
                standardName ? to.label().get(Language.EN).orElseThrow() : line.nameEn(), line.descriptionEn(),
                line.numberWeight(), line.number(), line.marker(), line.path());
    }

    /** The text, or a refusal naming what has no title in the language. */
    private static String present(String text, String what, Language language) {
        if (text == null) {
            throw new ExportException(ExportCode.EXPORT_TRANSLATION_MISSING, "criteria",
                    what + " has no title in " + language.code() + ", which the notice needs; translate it in its "
                            + "bank");
        }
        return text;
    }

    private static String name(AwardLine line, Language language) {
        return language == Language.EN ? line.nameEn() : line.name();
    }

    private static String description(AwardLine line, Language language) {
        String text = language == Language.EN ? line.descriptionEn() : line.description();
        // From 2026-07-01 the specification route needs no justification; the marker's name says what it is.
        return text != null ? text : name(line, language);
    }

    private static void additionalType(XmlWriter xml, String list, String code) {
        xml.start("cac:ProcurementAdditionalType");
        xml.element("cbc:ProcurementTypeCode", code, "listName", list);
        xml.end();
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** Builds an {@link EformsExporter}. */
    public static final class Builder extends ExporterBuilder<Builder> {
        private EformsProfile profile = EformsProfile.DOFFIN;
        private String lotId = "LOT-0001";
        private boolean negligibleAsExempt;

        private Builder(CriteriaBank bank) {
            super(bank);
        }

        /**
         * Sets the platform to write for (default {@link EformsProfile#DOFFIN}).
         *
         * @param profile the platform
         * @return this builder
         */
        public Builder profile(EformsProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * Sets the lot's identifier (BT-137, default {@code LOT-0001}).
         *
         * @param lotId an eForms lot id: {@code LOT-} and four digits
         * @return this builder
         * @throws IllegalArgumentException when the id is not of that form
         */
        public Builder lotId(String lotId) {
            if (lotId == null || !lotId.matches("LOT-\\d{4}")) {
                throw new IllegalArgumentException("a lot id is LOT- and four digits, e.g. LOT-0001, not '" + lotId
                        + "'");
            }
            this.lotId = lotId;
            return this;
        }

        /**
         * Writes the 2024 option NEGLIGIBLE_FOOTPRINT ({@code quality-nor-env-none}, valid for tenders announced up to
         * 2026-06-30) as the 2026 exemption for insignificant impact ({@code quality-nor-env-exempt-insignificant}),
         * with the same justification (default: off, the code of the announcement date is written). DFØ's rules
         * from 2026-07-01 refuse {@code quality-nor-env-none} in any notice sent, whatever the announcement date; a
         * notice sent now for a tender announced before must use the new code, and this is the mapping for it.
         *
         * @param map whether to map the code
         * @return this builder
         */
        public Builder negligibleAsExemptInsignificant(boolean map) {
            this.negligibleAsExempt = map;
            return this;
        }

        @Override
        public EformsExporter build() {
            return new EformsExporter(this);
        }
    }
}
