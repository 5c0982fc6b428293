package no.kriteriebank.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One climate or environmental criterion of the bank: a qualification requirement, a specification requirement, an
 * award criterion or a contract clause, with its text in up to three languages, its parameters and the documentation
 * the supplier hands in.
 *
 * <p>The {@code text} is a FreeMarker fragment in which {@code ${name}} refers to a {@link Parameter}. A criterion is
 * identified by {@code id} and {@code revision}: any change to text, parameters or documentation gives a new revision,
 * so {@code TRA-03@2} always means the same words.
 *
 * @param id stable id: area prefix and number ({@code TRA-03}), in an overlay with a namespace ({@code gki:TRA-01})
 * @param revision 1 for the first version, raised on every change of substance
 * @param area the procurement area
 * @param kind where in the tender it belongs
 * @param level the ambition level
 * @param title a short title per language
 * @param text the tender text per language, a FreeMarker fragment with {@code ${parameter}} placeholders
 * @param guidance advice to the buyer (when to use it, market maturity, pitfalls); not tender text
 * @param parameters the values the buyer sets
 * @param documentation the evidence the supplier hands in
 * @param award scoring and suggested weight; required exactly when {@code kind} is {@link CriterionKind#AWARD}
 * @param environmentalImpacts the eForms environmental-impact codes the criterion addresses
 * @param scope3Category the GHG Protocol Scope 3 category (1–15) of the emissions it addresses, or null
 * @param cpv CPV code prefixes (2–8 digits, no check digit) of procurements it applies to; empty for all
 * @param references the laws, standards and labels it rests on
 * @param status active or deprecated
 * @param supersededBy the id of the successor of a deprecated criterion, or null
 * @param since the bank version that introduced it, e.g. {@code 2026.1}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "revision", "area", "kind", "level", "title", "text", "guidance", "parameters",
    "documentation", "award", "environmentalImpacts", "scope3Category", "cpv", "references", "status",
    "supersededBy", "since"})
public record Criterion(
        @NotNull @Pattern(regexp = Criterion.ID_PATTERN, message = "must be an id such as TRA-03 or gki:TRA-03") String id,
        @Min(value = 1, message = "must be at least 1") int revision,
        @NotNull Area area,
        @NotNull CriterionKind kind,
        @NotNull AmbitionLevel level,
        @NotNull @Valid LocalizedText title,
        @NotNull @Valid LocalizedText text,
        @Valid LocalizedText guidance,
        List<@NotNull @Valid Parameter> parameters,
        List<@NotNull @Valid DocumentationRequirement> documentation,
        @Valid AwardDetails award,
        List<@NotNull EnvironmentalImpact> environmentalImpacts,
        @Min(1) @Max(15) Integer scope3Category,
        List<@NotNull @Pattern(regexp = "\\d{2,8}", message = "must be a CPV prefix of 2 to 8 digits") String> cpv,
        List<@NotNull @Valid Reference> references,
        CriterionStatus status,
        @Pattern(regexp = Criterion.ID_PATTERN, message = "must be an id such as TRA-03") String supersededBy,
        @Pattern(regexp = "\\d{4}\\.\\d+", message = "must be a bank version such as 2026.1") String since) {

    /** The form of a criterion id: optional lower-case namespace and colon, three capitals, dash, 2–3 digits. */
    public static final String ID_PATTERN = "([a-z][a-z0-9-]*:)?[A-Z]{3}-\\d{2,3}";

    /**
     * Normalises absent lists to empty ones and an absent status to {@link CriterionStatus#ACTIVE}.
     *
     * @param parameters the parameters
     * @param id the id
     * @param revision the revision
     * @param area the area
     * @param kind the kind
     * @param level the ambition level
     * @param title the title
     * @param text the tender text
     * @param guidance the buyer guidance
     * @param documentation the documentation requirements
     * @param award the award details
     * @param environmentalImpacts the environmental impacts
     * @param scope3Category the Scope 3 category
     * @param cpv the CPV prefixes
     * @param references the references
     * @param status the status
     * @param supersededBy the successor
     * @param since the bank version that introduced it
     */
    public Criterion {
        parameters = Values.list(parameters);
        documentation = Values.list(documentation);
        environmentalImpacts = Values.list(environmentalImpacts);
        cpv = Values.list(cpv);
        references = Values.list(references);
        status = status == null ? CriterionStatus.ACTIVE : status;
    }

    /** {@return the id with its revision, {@code TRA-03@2}, as tenders pin it} */
    @JsonIgnore
    public String key() {
        return CriterionRef.key(id, revision);
    }

    /**
     * The parameter of that name, if declared.
     *
     * @param name the parameter name
     * @return the parameter, or empty
     */
    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Whether the criterion applies to a procurement with this CPV code (true when it lists no CPV prefixes).
     *
     * @param cpvCode a CPV code, with or without the check digit
     * @return whether it applies
     */
    public boolean appliesToCpv(String cpvCode) {
        if (cpv.isEmpty()) {
            return true;
        }
        StringBuilder digits = new StringBuilder(cpvCode.length());
        for (int i = 0; i < cpvCode.length(); i++) {
            char ch = cpvCode.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits.append(ch);
            }
        }
        String code = digits.toString(); // digits only, without compiling a pattern on every query and criterion
        for (String prefix : cpv) {
            if (code.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether the criterion is active} */
    @JsonIgnore
    public boolean isActive() {
        return status == CriterionStatus.ACTIVE;
    }

    /**
     * A builder for a new criterion.
     *
     * @param id the criterion id
     * @return the builder
     */
    public static Builder builder(String id) {
        return new Builder().id(id);
    }

    /** {@return a builder preset with this criterion's values, for edits} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.revision = revision;
        b.area = area;
        b.kind = kind;
        b.level = level;
        b.title = title;
        b.text = text;
        b.guidance = guidance;
        b.parameters.addAll(parameters);
        b.documentation.addAll(documentation);
        b.award = award;
        b.environmentalImpacts.addAll(environmentalImpacts);
        b.scope3Category = scope3Category;
        b.cpv.addAll(cpv);
        b.references.addAll(references);
        b.status = status;
        b.supersededBy = supersededBy;
        b.since = since;
        return b;
    }

    /** Builds a {@link Criterion} step by step. Nothing is validated until the criterion is checked or loaded. */
    public static final class Builder {
        private String id;
        private int revision = 1;
        private Area area;
        private CriterionKind kind;
        private AmbitionLevel level;
        private LocalizedText title;
        private LocalizedText text;
        private LocalizedText guidance;
        private final List<Parameter> parameters = new ArrayList<>();
        private final List<DocumentationRequirement> documentation = new ArrayList<>();
        private AwardDetails award;
        private final List<EnvironmentalImpact> environmentalImpacts = new ArrayList<>();
        private Integer scope3Category;
        private final List<String> cpv = new ArrayList<>();
        private final List<Reference> references = new ArrayList<>();
        private CriterionStatus status = CriterionStatus.ACTIVE;
        private String supersededBy;
        private String since;

        private Builder() {
        }

        /**
         * Sets the id.
         *
         * @param id the id
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the revision (default 1).
         *
         * @param revision the revision (default 1)
         * @return this builder
         */
        public Builder revision(int revision) {
            this.revision = revision;
            return this;
        }

        /**
         * Sets the area.
         *
         * @param area the area
         * @return this builder
         */
        public Builder area(Area area) {
            this.area = area;
            return this;
        }

        /**
         * Sets the kind.
         *
         * @param kind the kind
         * @return this builder
         */
        public Builder kind(CriterionKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets the ambition level.
         *
         * @param level the ambition level
         * @return this builder
         */
        public Builder level(AmbitionLevel level) {
            this.level = level;
            return this;
        }

        /**
         * Sets the title.
         *
         * @param title the title
         * @return this builder
         */
        public Builder title(LocalizedText title) {
            this.title = title;
            return this;
        }

        /**
         * Sets the tender text.
         *
         * @param text the tender text
         * @return this builder
         */
        public Builder text(LocalizedText text) {
            this.text = text;
            return this;
        }

        /**
         * Sets the buyer guidance.
         *
         * @param guidance the buyer guidance
         * @return this builder
         */
        public Builder guidance(LocalizedText guidance) {
            this.guidance = guidance;
            return this;
        }

        /**
         * Adds a parameter.
         *
         * @param parameter the parameter
         * @return this builder
         */
        public Builder parameter(Parameter parameter) {
            this.parameters.add(Objects.requireNonNull(parameter));
            return this;
        }

        /**
         * Adds a documentation requirement.
         *
         * @param requirement the documentation requirement
         * @return this builder
         */
        public Builder documentation(DocumentationRequirement requirement) {
            this.documentation.add(Objects.requireNonNull(requirement));
            return this;
        }

        /**
         * Sets the award details.
         *
         * @param award the award details
         * @return this builder
         */
        public Builder award(AwardDetails award) {
            this.award = award;
            return this;
        }

        /**
         * Adds an environmental impact.
         *
         * @param impact the environmental impact
         * @return this builder
         */
        public Builder environmentalImpact(EnvironmentalImpact impact) {
            this.environmentalImpacts.add(Objects.requireNonNull(impact));
            return this;
        }

        /**
         * Sets the GHG Protocol Scope 3 category.
         *
         * @param category the GHG Protocol Scope 3 category
         * @return this builder
         */
        public Builder scope3Category(Integer category) {
            this.scope3Category = category;
            return this;
        }

        /**
         * Adds a CPV prefix.
         *
         * @param prefix the CPV prefix
         * @return this builder
         */
        public Builder cpv(String prefix) {
            this.cpv.add(Objects.requireNonNull(prefix));
            return this;
        }

        /**
         * Adds a reference.
         *
         * @param reference the reference
         * @return this builder
         */
        public Builder reference(Reference reference) {
            this.references.add(Objects.requireNonNull(reference));
            return this;
        }

        /**
         * Sets the status.
         *
         * @param status the status
         * @return this builder
         */
        public Builder status(CriterionStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the successor of a deprecated criterion.
         *
         * @param id the successor of a deprecated criterion
         * @return this builder
         */
        public Builder supersededBy(String id) {
            this.supersededBy = id;
            return this;
        }

        /**
         * Sets the bank version that introduced the criterion.
         *
         * @param version the bank version that introduced the criterion
         * @return this builder
         */
        public Builder since(String version) {
            this.since = version;
            return this;
        }

        /** {@return the criterion} */
        public Criterion build() {
            return new Criterion(id, revision, area, kind, level, title, text, guidance, parameters, documentation,
                    award, environmentalImpacts, scope3Category, cpv, references, status, supersededBy, since);
        }
    }
}
