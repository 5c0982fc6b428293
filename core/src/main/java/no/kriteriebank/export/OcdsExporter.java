package no.kriteriebank.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.internal.Mappers;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.EnvironmentalImpact;
import no.kriteriebank.model.Language;
import no.kriteriebank.tender.AwardCategory;
import no.kriteriebank.tender.Tender;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a tender's award criteria and sustainability information as a fragment of an Open Contracting Data
 * Standard (OCDS 1.1) release, to merge into the release a procurement system publishes.
 *
 * <p>The fragment holds:
 * <ul>
 *   <li>{@code language}: the tender's language (ISO 639-1: {@code nb}, {@code nn}, {@code en});</li>
 *   <li>{@code tender.awardCriteria} ({@code priceOnly}, {@code costOnly}, {@code qualityOnly} or
 *       {@code ratedCriteria}) and {@code tender.awardCriteriaDetails}, the award model in words, with the
 *       justification of the § 7-9 option when the tender gives one;</li>
 *   <li>{@code tender.lots[0].hasSustainability} and {@code tender.lots[0].sustainability} (sustainability
 *       extension), per lot as eForms carries BT-06, BT-774 and BT-805: one entry per
 *       goal, from the environmental impacts of the criteria used ({@code clim-mitig} to
 *       {@code environmental.climateChangeMitigation}, {@code circ-econ} to {@code environmental.circularEconomy},
 *       and so on; criteria without impacts to {@code environmental}), each with the strategies that pursue it
 *       ({@code selectionCriteria}, {@code technicalSpecifications}, {@code awardCriteria},
 *       {@code contractPerformanceConditions}, from the kinds of the criteria), and an entry with the strategy
 *       {@code nationalGPPCriteria} (or {@code otherGPPCriteria} for a network's criteria) as eForms BT-805 maps;</li>
 *   <li>{@code tender.lots[0]}: the lot's {@code id} and {@code awardCriteria.criteria} (award criteria breakdown
 *       extension): per award component its {@code type} ({@code price}, {@code cost}, {@code quality}; climate and
 *       environment is {@code quality}), {@code name}, {@code description} and {@code numbers} (the weight as
 *       {@code percentageExact}, or the rank as {@code order}).</li>
 * </ul>
 * The criterion that marks the § 7-9 option in an eForms notice for Doffin is not a criterion in OCDS: OCDS has no
 * such national code, and the specification route shows as the {@code technicalSpecifications} strategy.
 *
 * <pre>{@code
 * String json = OcdsExporter.builder(bank).build().release(tender);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the same tender always gives the same text.
 */
public final class OcdsExporter implements TenderExporter {
    private final CriteriaBank bank;
    private final String lotId;
    private final ExportGate gate;

    private OcdsExporter(Builder b) {
        this.bank = b.bank();
        this.lotId = b.lotId;
        this.gate = b.gate();
    }

    /**
     * A builder for an exporter that reads tenders against the given bank.
     *
     * @param bank the bank the tenders were written from, for criterion titles and environmental impacts
     * @return the builder
     */
    public static Builder builder(CriteriaBank bank) {
        return new Builder(bank);
    }

    /** The same as {@link #release(Tender)}. */
    @Override
    public String export(Tender tender) {
        return release(tender);
    }

    /**
     * Writes the release fragment.
     *
     * @param tender the tender
     * @return the fragment as indented JSON
     * @throws ExportException when the tender checker finds errors (unless forced), a criterion is unknown or has
     *     no title in the tender's language, the award model lacks weights or ranks or its weights do not add up to
     *     100, or the § 7-9 option's code is not valid on the announcement date or lacks its justification, as in
     *     the eForms export
     */
    public String release(Tender tender) {
        LocalDate date = gate.admit(tender);
        TenderView view = TenderView.of(tender, bank);
        for (AwardLine line : view.lines()) {
            if (line.marker()) {
                ExportChecks.codeValid(line, tender, date, false);
                ExportChecks.justified(line, tender, date);
            }
        }
        Language language = tender.language();
        ObjectNode release = Mappers.json().createObjectNode();
        release.put("language", language.code());
        ObjectNode out = release.putObject("tender");
        List<AwardLine> criteria = new ArrayList<>();
        AwardLine marker = null;
        for (AwardLine line : view.lines()) {
            if (line.marker()) {
                marker = line;
            } else {
                criteria.add(line);
            }
        }
        if (!criteria.isEmpty()) {
            out.put("awardCriteria", method(criteria));
            out.put("awardCriteriaDetails", details(criteria, marker, language));
        }
        ArrayNode sustainability = sustainability(view);
        ObjectNode lot = out.putArray("lots").addObject();
        lot.put("id", lotId);
        lot.put("hasSustainability", !sustainability.isEmpty());
        if (!sustainability.isEmpty()) {
            lot.set("sustainability", sustainability);
        }
        if (!criteria.isEmpty()) {
            ArrayNode list = lot.putObject("awardCriteria").putArray("criteria");
            for (AwardLine line : criteria) {
                ObjectNode c = list.addObject();
                c.put("type", type(line.category()));
                c.put("name", line.name());
                c.put("description", line.description());
                ObjectNode number = c.putArray("numbers").addObject();
                number.put("number", line.number().stripTrailingZeros());
                number.put("weight", line.ranked() ? "order" : "percentageExact");
            }
        }
        return Mappers.json().writer().with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .writeValueAsString(release) + "\n";
    }

    private static String type(AwardCategory category) {
        switch (category) {
            case PRICE:
                return "price";
            case COST:
                return "cost";
            default:
                return "quality";
        }
    }

    /** The OCDS award-criteria code for the criteria as a whole. */
    private static String method(List<AwardLine> criteria) {
        Set<String> types = new java.util.TreeSet<>();
        criteria.forEach(line -> types.add(type(line.category())));
        if (types.size() > 1) {
            return "ratedCriteria";
        }
        return types.iterator().next() + "Only";
    }

    /** The award model in words, e.g. {@code Tildelingskriterier: Pris 70 %, Klima og miljø 30 %.}. */
    private static String details(List<AwardLine> criteria, AwardLine marker, Language language) {
        boolean ranked = criteria.get(0).ranked();
        StringBuilder text = new StringBuilder();
        switch (language) {
            case NB:
                text.append(ranked ? "Tildelingskriterier i prioritert rekkefølge: " : "Tildelingskriterier: ");
                break;
            case NN:
                text.append(ranked ? "Tildelingskriterium i prioritert rekkjefølgje: " : "Tildelingskriterium: ");
                break;
            default:
                text.append(ranked ? "Award criteria in order of importance: " : "Award criteria: ");
                break;
        }
        for (int i = 0; i < criteria.size(); i++) {
            AwardLine line = criteria.get(i);
            text.append(i == 0 ? "" : ", ");
            if (ranked) {
                text.append(EformsExporter.plain(line.number())).append(". ").append(line.name());
            } else {
                text.append(line.name()).append(' ').append(percent(line.number(), language));
            }
        }
        text.append('.');
        if (marker != null) {
            text.append(' ').append(marker.name());
            if (marker.description() != null && !marker.description().equals(marker.name())) {
                text.append(": ").append(marker.description());
            }
            char last = text.charAt(text.length() - 1);
            if (last != '.' && last != '!' && last != '?') {
                text.append('.');
            }
        }
        return text.toString();
    }

    private static String percent(BigDecimal value, Language language) {
        return no.kriteriebank.internal.LocalFormat.of(language).percent(value);
    }

    private static ArrayNode sustainability(TenderView view) {
        Map<EnvironmentalImpact, Set<CriterionKind>> goals = new EnumMap<>(EnvironmentalImpact.class);
        boolean weighted = false;
        boolean specified = false;
        for (Map.Entry<Criterion, TenderView.CriterionUse> e : view.criteria().entrySet()) {
            Criterion c = e.getKey();
            Set<CriterionKind> strategies = EnumSet.noneOf(CriterionKind.class);
            if (e.getValue().selected()) {
                strategies.add(c.kind());
            }
            if (e.getValue().weighted()) {
                strategies.add(CriterionKind.AWARD);
            }
            weighted |= strategies.contains(CriterionKind.AWARD);
            specified |= strategies.contains(CriterionKind.SPECIFICATION);
            List<EnvironmentalImpact> impacts = c.environmentalImpacts().isEmpty()
                    ? List.of(EnvironmentalImpact.OTHER) : c.environmentalImpacts();
            for (EnvironmentalImpact impact : impacts) {
                goals.computeIfAbsent(impact, k -> EnumSet.noneOf(CriterionKind.class)).addAll(strategies);
            }
        }
        for (AwardLine line : view.lines()) {
            boolean climate = line.category() == AwardCategory.ENVIRONMENT;
            if (climate && !line.marker() && !weighted) {
                goals.computeIfAbsent(EnvironmentalImpact.OTHER, k -> EnumSet.noneOf(CriterionKind.class))
                        .add(CriterionKind.AWARD);
            }
            if (climate && line.marker() && line.code().equals(NorwegianCode.ENV_SPEC.code()) && !specified) {
                goals.computeIfAbsent(EnvironmentalImpact.OTHER, k -> EnumSet.noneOf(CriterionKind.class))
                        .add(CriterionKind.SPECIFICATION);
            }
        }
        ArrayNode list = Mappers.json().createArrayNode();
        goals.forEach((impact, strategies) -> {
            ObjectNode entry = list.addObject();
            entry.put("goal", goal(impact));
            if (!strategies.isEmpty()) {
                ArrayNode s = entry.putArray("strategies");
                strategies.forEach(kind -> s.add(strategy(kind)));
            }
        });
        if (view.usesBaseCriteria()) {
            list.addObject().putArray("strategies").add("nationalGPPCriteria");
        }
        if (view.usesOverlayCriteria()) {
            list.addObject().putArray("strategies").add("otherGPPCriteria");
        }
        return list;
    }

    /** The sustainability goal for an eForms environmental-impact code. */
    private static String goal(EnvironmentalImpact impact) {
        switch (impact) {
            case BIODIVERSITY:
                return "environmental.biodiversityProtectionRestoration";
            case CIRCULAR_ECONOMY:
                return "environmental.circularEconomy";
            case CLIMATE_ADAPTATION:
                return "environmental.climateChangeAdaptation";
            case CLIMATE_MITIGATION:
                return "environmental.climateChangeMitigation";
            case POLLUTION_PREVENTION:
                return "environmental.pollutionPrevention";
            case WATER_AND_MARINE:
                return "environmental.waterResourcesProtection";
            default:
                return "environmental";
        }
    }

    private static String strategy(CriterionKind kind) {
        switch (kind) {
            case QUALIFICATION:
                return "selectionCriteria";
            case SPECIFICATION:
                return "technicalSpecifications";
            case AWARD:
                return "awardCriteria";
            default:
                return "contractPerformanceConditions";
        }
    }

    /** Builds an {@link OcdsExporter}. */
    public static final class Builder extends ExporterBuilder<Builder> {
        private String lotId = "LOT-0001";

        private Builder(CriteriaBank bank) {
            super(bank);
        }

        /**
         * Sets the lot's id (default {@code LOT-0001}, as in the eForms export).
         *
         * @param lotId the id of the lot in the release
         * @return this builder
         * @throws IllegalArgumentException when the id is blank
         */
        public Builder lotId(String lotId) {
            if (lotId == null || lotId.isBlank()) {
                throw new IllegalArgumentException("a lot id must not be blank");
            }
            this.lotId = lotId;
            return this;
        }

        @Override
        public OcdsExporter build() {
            return new OcdsExporter(this);
        }
    }
}
