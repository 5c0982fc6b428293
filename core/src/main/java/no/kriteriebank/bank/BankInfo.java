package no.kriteriebank.bank;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import no.kriteriebank.model.LocalizedText;

/**
 * What a bank is: its id, version, release date and publisher. Rendered documents state id and version so that a
 * tender can be traced to the exact bank it was written from.
 *
 * @param id a stable id, e.g. {@code kriteriebank} or {@code gki}
 * @param version the bank version, year and release number, e.g. {@code 2026.1}
 * @param releaseDate when this version was published
 * @param publisher who publishes it
 * @param title the bank's name per language, or null
 */
public record BankInfo(
        @NotNull @Pattern(regexp = "[a-z][a-z0-9-]*", message = "must be lower-case letters, digits and dashes") String id,
        @NotNull @Pattern(regexp = "\\d{4}\\.\\d+", message = "must be a version such as 2026.1") String version,
        @NotNull LocalDate releaseDate,
        @NotBlank String publisher,
        @Valid LocalizedText title) {

    /** {@return {@code id version}, e.g. {@code kriteriebank 2026.1}} */
    public String label() {
        return id + " " + version;
    }
}
