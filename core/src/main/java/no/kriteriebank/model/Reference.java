package no.kriteriebank.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A law, regulation, standard or label that a criterion rests on.
 *
 * @param title the name as its publisher writes it, e.g. {@code NS-EN 15804:2012+A2:2019}
 * @param url where it is published
 */
public record Reference(
        @NotBlank String title,
        @NotNull @Pattern(regexp = "https?://[^\\s/$.?#][^\\s]*", message = "must be an http(s) URL") String url) {
}
