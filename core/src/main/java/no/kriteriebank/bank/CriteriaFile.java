package no.kriteriebank.bank;

import jakarta.validation.Valid;
import java.util.List;
import no.kriteriebank.model.Criterion;

/** A file of criteria in a bank directory, e.g. {@code transport.yaml}. */
record CriteriaFile(List<@Valid Criterion> criteria) {
}
