package no.kriteriebank.bank;

import jakarta.validation.Valid;
import java.util.List;
import no.kriteriebank.model.Criterion;

/**
 * A file of criteria in a bank directory, e.g. {@code transport.yaml}: the current criteria, and under
 * {@code history} the earlier revisions that tenders may still be pinned to.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
record CriteriaFile(List<@Valid Criterion> criteria, List<@Valid Criterion> history) {
}
