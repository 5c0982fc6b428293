package no.kriteriebank.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import no.kriteriebank.model.Criterion;
import no.kriteriebank.model.LocalizedText;

/**
 * The main file of a bank ({@code bank.yaml}): the bank's info, optionally the other files to read, and optionally
 * criteria and earlier revisions ({@code history}). A single-file bank is one such file with all its criteria.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "version", "releaseDate", "publisher", "title", "files", "criteria", "history"})
record BankFile(String id, String version, LocalDate releaseDate, String publisher, @Valid LocalizedText title,
        List<String> files, List<@Valid Criterion> criteria, List<@Valid Criterion> history) {

    BankInfo info() {
        return new BankInfo(id, version, releaseDate, publisher, title);
    }
}
