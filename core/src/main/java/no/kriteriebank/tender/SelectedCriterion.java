package no.kriteriebank.tender;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.kriteriebank.model.CriterionRef;

/**
 * A criterion chosen for a tender, with the buyer's parameter values.
 *
 * @param id the criterion id ({@code TRA-01}), or a pinned key ({@code TRA-01@2}) to hold the tender to one revision
 * @param values parameter values by parameter name; parameters left out take their default
 * @param note a free-text addition rendered after the clause, or null
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SelectedCriterion(
        @NotNull @Pattern(regexp = CriterionRef.PATTERN,
                message = "must be a criterion id such as TRA-01 or a pinned key such as TRA-01@2 (a revision of at "
                        + "most 9 digits)") String id,
        Map<String, String> values,
        String note) {

    /**
     * Sorts values by name so that equal selections print and hash the same.
     *
     * @param id the criterion id or pinned key
     * @param values the parameter values
     * @param note the note
     */
    public SelectedCriterion {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /**
     * A selection with default parameter values.
     *
     * @param id the criterion id or pinned key
     * @return the selection
     */
    public static SelectedCriterion of(String id) {
        return new SelectedCriterion(id, Map.of(), null);
    }

    /** {@return the id without a pinned revision} */
    @JsonIgnore
    public String criterionId() {
        return CriterionRef.idOf(id);
    }

    /**
     * {@return the pinned revision, if the id pins one} A pin that is not a revision from 1 to
     * {@link CriterionRef#MAX_REVISION} (which validation refuses, but a tender built in code may hold) reads as 0,
     * a revision no bank has.
     */
    @JsonIgnore
    public Optional<Integer> pinnedRevision() {
        if (!CriterionRef.isPinned(id)) {
            return Optional.empty();
        }
        return Optional.of(CriterionRef.tryParse(id).map(r -> r.revision().getAsInt()).orElse(0));
    }
}
