package no.kriteriebank.export;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.model.EnvironmentalImpact;
import no.kriteriebank.model.Language;
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
 *       that marker when the tender has one;</li>
 *   <li>the description of a component is its own description, or else the ids and titles of the criteria it
 *       evaluates, or else its name;</li>
 *   <li>BT-06 {@code env-imp} when Doffin would show the lot as green (climate weighted at least 30 %, ranked among
 *       the three most important, or the specification route) or when the criteria address environmental impacts,
 *       since DFØ requires BT-06 whenever BT-774 is given; left out otherwise, so that the notice can carry the
 *       buyer's other strategic aims;</li>
 *   <li>BT-774: the environmental impacts of every criterion the tender uses; BT-805: {@code national} when it uses
 *       criteria of the base bank, {@code other} when it uses a network's criteria, else {@code none}.</li>
 * </ul>
 *
 * <p>The § 7-9 codes have validity dates (the negligible-footprint code ends on 2026-06-30, the exemption codes
 * begin on 2026-07-01): the tender's announcement date decides, or today in Norway when it has none. The
 * {@link EformsProfile#TED TED profile} writes EU codes only, leaves out the criterion coded
 * {@code quality-nor-env-none}, and needs a tender in English, since TED takes no bokmål or nynorsk.
 *
 * <pre>{@code
 * EformsExporter doffin = EformsExporter.builder(bank).profile(EformsProfile.DOFFIN).build();
 * String lotXml = doffin.lot(tender);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class EformsExporter {
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

    /** The time zone that decides "today" for a tender without an announcement date. */
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final CriteriaBank bank;
    private final EformsProfile profile;
    private final String lotId;
    private final Clock clock;

    private EformsExporter(Builder b) {
        this.bank = b.bank;
        this.profile = b.profile;
        this.lotId = b.lotId;
        this.clock = b.clock;
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

    /**
     * Writes the tender's award criteria and green-procurement information as a {@code cac:ProcurementProjectLot}.
     *
     * @param tender the tender
     * @return the lot as XML text, without an XML declaration
     * @throws ExportException when the tender cannot be written faithfully: no award model, weights that do not
     *     add up to 100, an unknown criterion, a § 7-9 code not valid on the announcement date, a missing
     *     justification, or (for TED) a tender not in English
     */
    public String lot(Tender tender) {
        LocalDate date = tender.announcementDate() != null ? tender.announcementDate()
                : LocalDate.ofInstant(clock.instant(), NORWAY);
        TenderView view = TenderView.of(tender, bank);
        if (view.lines().isEmpty()) {
            throw new ExportException("EXPORT-NO-AWARD", "award",
                    "the tender has no award model; an eForms notice for a procedure with award criteria needs one");
        }
        for (AwardLine line : view.lines()) {
            check(line, tender, date);
        }
        Language language = tender.language();
        if (profile == EformsProfile.TED && language != Language.EN) {
            throw new ExportException("EXPORT-TED-LANGUAGE", "language",
                    "TED takes no texts in " + language.eformsCode() + " (" + language.code() + "), so the award "
                            + "criteria would have no names; write the tender in English (language: en) for the TED "
                            + "notice, or export for Doffin");
        }
        String languageId = language.eformsCode();
        XmlWriter xml = new XmlWriter();
        xml.start("cac:ProcurementProjectLot", "xmlns:cac", CAC, "xmlns:cbc", CBC, "xmlns:ext", EXT,
                "xmlns:efext", EFEXT, "xmlns:efac", EFAC, "xmlns:efbc", EFBC);
        xml.element("cbc:ID", lotId, "schemeName", "Lot");
        xml.start("cac:TenderingTerms").start("cac:AwardingTerms").start("cac:AwardingCriterion");
        for (AwardLine line : view.lines()) {
            String code = line.code();
            if (profile == EformsProfile.TED) {
                if (code.equals(NorwegianCode.ENV_NONE.code())) {
                    continue;
                }
                if (code.startsWith(NorwegianCode.PREFIX)) {
                    code = "quality";
                }
            }
            xml.start("cac:SubordinateAwardingCriterion");
            xml.start("ext:UBLExtensions").start("ext:UBLExtension").start("ext:ExtensionContent")
                    .start("efext:EformsExtension").start("efac:AwardCriterionParameter");
            xml.element("efbc:ParameterCode", line.numberCode(), "listName", "number-weight");
            xml.element("efbc:ParameterNumeric", plain(line.number()));
            xml.end().end().end().end().end();
            xml.element("cbc:AwardingCriterionTypeCode", code, "listName", "award-criterion-type");
            xml.element("cbc:Name", line.name(), "languageID", languageId);
            xml.element("cbc:Description", description(line, date, language), "languageID", languageId);
            xml.end();
        }
        xml.end().end().end();
        xml.start("cac:ProcurementProject");
        for (EnvironmentalImpact impact : view.impacts()) {
            additionalType(xml, "environmental-impact", impact.code());
        }
        if (view.green() || !view.impacts().isEmpty()) {
            additionalType(xml, "strategic-procurement", "env-imp");
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

    private void check(AwardLine line, Tender tender, LocalDate date) {
        if (!line.code().startsWith(NorwegianCode.PREFIX) || !line.marker() && profile == EformsProfile.TED) {
            return;
        }
        NorwegianCode code = line.marker() ? NorwegianCode.of(tender.environment().option())
                : NorwegianCode.ENV_CRITERIA;
        if (!code.validOn(date)) {
            String subject = line.marker() ? "the § 7-9 option " + tender.environment().option() + " ("
                    + code.code() + ")" : "a climate award criterion (" + code.code() + ")";
            throw new ExportException("EXPORT-CODE-NOT-VALID", line.path(),
                    subject + " can be used in notices announced " + code.validity() + ", and the tender is "
                            + (tender.announcementDate() == null ? "exported today, " : "announced ") + date
                            + code.alternative(date));
        }
    }

    private static String description(AwardLine line, LocalDate date, Language language) {
        if (line.description() != null) {
            return line.description();
        }
        boolean newRules = !date.isBefore(NorwegianCode.EXEMPT_INSIGNIFICANT.validFrom());
        if (line.code().equals(NorwegianCode.ENV_SPEC.code()) && newRules) {
            // From 2026-07-01 the specification route needs no justification; the marker's name says what it is.
            return line.name();
        }
        throw new ExportException("EXPORT-JUSTIFICATION-MISSING", "environment.justification",
                "the § 7-9 option (" + line.code() + ") must be justified, and the notice carries the justification "
                        + "as the criterion's description; add it in " + language.code());
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
    public static final class Builder {
        private final CriteriaBank bank;
        private EformsProfile profile = EformsProfile.DOFFIN;
        private String lotId = "LOT-0001";
        private Clock clock = Clock.systemUTC();

        private Builder(CriteriaBank bank) {
            this.bank = Objects.requireNonNull(bank, "bank");
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
         * Sets the clock that gives the moment of export for tenders without an announcement date; the date is
         * then taken in Norway's time zone, whatever the clock's zone (default: the system clock).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** {@return the exporter} */
        public EformsExporter build() {
            return new EformsExporter(this);
        }
    }
}
