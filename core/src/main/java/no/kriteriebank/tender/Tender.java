package no.kriteriebank.tender;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.kriteriebank.model.CriterionKind;
import no.kriteriebank.model.Language;

/**
 * One procurement: who buys what, the criteria chosen from the bank with their values, how climate and environment
 * are taken care of, and the award model. Read with {@link TenderLoader}; checked with
 * the tender checker; rendered with the tender renderer.
 *
 * @param title the procurement's title
 * @param buyer the contracting authority
 * @param reference the case or tender reference, or null
 * @param language the language of the tender documents
 * @param announcementDate when the tender is (to be) announced; picks the rules that apply, or null for today
 * @param procedure which part of anskaffelsesforskriften applies, or null when not stated
 * @param cpv the CPV codes of the procurement (8 digits, optionally with the check digit)
 * @param estimatedValue the estimated contract value in NOK excluding VAT, or null
 * @param criteria the selected criteria, in the order they appear in their sections
 * @param environment how § 7-9 is met, or null when not stated
 * @param award the award model, or null when the tender has none (e.g. part I)
 * @param additions free-text sections added to the rendered tender
 * @param ruleSet the id of the rule set to check against, or null to choose by regime and date
 * @param regime which regulations the procurement falls under, or null for classic procurement
 *     ({@link Regime#PROCUREMENT})
 * @param invitationDate for a procurement that is not announced, the day the invitation or request was sent to
 *     suppliers; it chooses the rules when there is no announcement date, or null
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"title", "buyer", "reference", "language", "announcementDate", "procedure", "cpv",
    "estimatedValue", "criteria", "environment", "award", "additions", "ruleSet", "regime", "invitationDate"})
public record Tender(
        @NotBlank String title,
        @NotBlank String buyer,
        String reference,
        @NotNull Language language,
        LocalDate announcementDate,
        ProcedurePart procedure,
        List<@NotNull @Pattern(regexp = "\\d{8}(-\\d)?", message = "must be a CPV code such as 60130000 or 60130000-8") String> cpv,
        @DecimalMin(value = "0", message = "must not be negative") BigDecimal estimatedValue,
        List<@NotNull @Valid SelectedCriterion> criteria,
        @Valid EnvironmentApproach environment,
        @Valid AwardModel award,
        List<@NotNull @Valid Addition> additions,
        String ruleSet,
        Regime regime,
        LocalDate invitationDate) {

    /**
     * Normalises absent lists to empty ones.
     *
     * @param cpv the CPV codes
     * @param title the title
     * @param buyer the buyer
     * @param reference the reference
     * @param language the language
     * @param announcementDate the announcement date
     * @param procedure the part of the regulation
     * @param estimatedValue the estimated value
     * @param criteria the selected criteria
     * @param environment the § 7-9 approach
     * @param award the award model
     * @param additions the free-text sections
     * @param ruleSet the rule set id
     * @param regime the regulations, or null for classic procurement
     * @param invitationDate the day the invitation was sent, for a procurement not announced
     */
    public Tender {
        cpv = copy(cpv);
        criteria = copy(criteria);
        additions = copy(additions);
    }

    /**
     * A tender of classic procurement without an invitation date, as before tenders named their regime.
     *
     * @param title the title
     * @param buyer the buyer
     * @param reference the reference
     * @param language the language
     * @param announcementDate the announcement date
     * @param procedure the part of the regulation
     * @param cpv the CPV codes
     * @param estimatedValue the estimated value
     * @param criteria the selected criteria
     * @param environment the § 7-9 approach
     * @param award the award model
     * @param additions the free-text sections
     * @param ruleSet the rule set id
     */
    public Tender(String title, String buyer, String reference, Language language, LocalDate announcementDate,
            ProcedurePart procedure, List<String> cpv, BigDecimal estimatedValue, List<SelectedCriterion> criteria,
            EnvironmentApproach environment, AwardModel award, List<Addition> additions, String ruleSet) {
        this(title, buyer, reference, language, announcementDate, procedure, cpv, estimatedValue, criteria,
                environment, award, additions, ruleSet, null, null);
    }

    /** {@return the regime, {@link Regime#PROCUREMENT} when the tender names none} */
    @JsonIgnore
    public Regime effectiveRegime() {
        return regime == null ? Regime.PROCUREMENT : regime;
    }

    /**
     * The day that chooses the rules: the announcement date, or for a procurement not announced, the day the
     * invitation was sent (as for the 2024 change: DFØ's guide, ch. 1.1).
     *
     * @return the announcement date, else the invitation date, else null when the tender gives neither
     */
    @JsonIgnore
    public LocalDate decisiveDate() {
        return announcementDate != null ? announcementDate : invitationDate;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * A builder for a tender in the given language.
     *
     * @param title the procurement's title
     * @param buyer the contracting authority
     * @param language the language of the tender documents
     * @return the builder
     */
    public static Builder builder(String title, String buyer, Language language) {
        return new Builder(title, buyer, language);
    }

    /** Builds a {@link Tender}. */
    public static final class Builder {
        private final String title;
        private final String buyer;
        private final Language language;
        private String reference;
        private LocalDate announcementDate;
        private ProcedurePart procedure;
        private final List<String> cpv = new ArrayList<>();
        private BigDecimal estimatedValue;
        private final List<SelectedCriterion> criteria = new ArrayList<>();
        private EnvironmentApproach environment;
        private AwardModel award;
        private final List<Addition> additions = new ArrayList<>();
        private String ruleSet;
        private Regime regime;
        private LocalDate invitationDate;

        private Builder(String title, String buyer, Language language) {
            this.title = title;
            this.buyer = buyer;
            this.language = language;
        }

        /**
         * Sets the reference.
         *
         * @param reference the reference
         * @return this builder
         */
        public Builder reference(String reference) {
            this.reference = reference;
            return this;
        }

        /**
         * Sets the announcement date.
         *
         * @param date the announcement date
         * @return this builder
         */
        public Builder announcementDate(LocalDate date) {
            this.announcementDate = date;
            return this;
        }

        /**
         * Sets the part of the regulation.
         *
         * @param procedure the part of the regulation
         * @return this builder
         */
        public Builder procedure(ProcedurePart procedure) {
            this.procedure = procedure;
            return this;
        }

        /**
         * Adds a CPV code.
         *
         * @param code the CPV code
         * @return this builder
         */
        public Builder cpv(String code) {
            this.cpv.add(code);
            return this;
        }

        /**
         * Sets the estimated value in NOK excluding VAT.
         *
         * @param value the estimated value in NOK excluding VAT
         * @return this builder
         */
        public Builder estimatedValue(BigDecimal value) {
            this.estimatedValue = value;
            return this;
        }

        /**
         * Adds a selected criterion.
         *
         * @param criterion the selected criterion
         * @return this builder
         */
        public Builder criterion(SelectedCriterion criterion) {
            this.criteria.add(criterion);
            return this;
        }

        /**
         * Adds a criterion with default values.
         *
         * @param id the criterion with default values
         * @return this builder
         */
        public Builder criterion(String id) {
            return criterion(SelectedCriterion.of(id));
        }

        /**
         * Sets the § 7-9 approach.
         *
         * @param option the § 7-9 approach
         * @param justification the § 7-9 approach
         * @return this builder
         */
        public Builder environment(EnvironmentOption option, String justification) {
            this.environment = new EnvironmentApproach(option, justification);
            return this;
        }

        /**
         * Sets the § 7-9 option with its justification in the tender's language and in English.
         *
         * @param option the option
         * @param justification the justification, or null
         * @param justificationEn the justification in English, or null
         * @return this builder
         */
        public Builder environment(EnvironmentOption option, String justification, String justificationEn) {
            this.environment = new EnvironmentApproach(option, justification, justificationEn);
            return this;
        }

        /**
         * Sets the award model.
         *
         * @param award the award model
         * @return this builder
         */
        public Builder award(AwardModel award) {
            this.award = award;
            return this;
        }

        /**
         * Adds a free-text section.
         *
         * @param title the free-text section
         * @param text the free-text section
         * @return this builder
         */
        public Builder addition(String title, String text) {
            this.additions.add(new Addition(title, text));
            return this;
        }

        /**
         * Names the rule set to check against.
         *
         * @param id the criterion id or pinned key
         * @return this builder
         */
        public Builder ruleSet(String id) {
            this.ruleSet = id;
            return this;
        }

        /**
         * Sets the regime (default: classic procurement).
         *
         * @param regime the regulations the procurement falls under
         * @return this builder
         */
        public Builder regime(Regime regime) {
            this.regime = regime;
            return this;
        }

        /**
         * Sets the day the invitation was sent, for a procurement that is not announced.
         *
         * @param date the invitation date
         * @return this builder
         */
        public Builder invitationDate(LocalDate date) {
            this.invitationDate = date;
            return this;
        }

        /**
         * Adds a section of the given kind, e.g. a specification requirement the buyer wrote
         * ({@link CriterionKind#SPECIFICATION}).
         *
         * @param kind what the section is, or null for free text
         * @param title the heading
         * @param text the text
         * @return this builder
         */
        public Builder addition(CriterionKind kind, String title, String text) {
            this.additions.add(new Addition(title, text, kind));
            return this;
        }

        /** {@return the tender} */
        public Tender build() {
            return new Tender(title, buyer, reference, language, announcementDate, procedure, cpv, estimatedValue,
                    criteria, environment, award, additions, ruleSet, regime, invitationDate);
        }
    }
}
