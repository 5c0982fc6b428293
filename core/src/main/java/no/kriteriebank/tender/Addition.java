package no.kriteriebank.tender;

import jakarta.validation.constraints.NotBlank;

/**
 * A free-text section the buyer adds to the rendered tender, in the tender's language.
 *
 * @param title the heading
 * @param text the text; paragraphs separated by blank lines
 */
public record Addition(@NotBlank String title, @NotBlank String text) {
}
