package no.kriteriebank.cli;

import java.util.Locale;

/**
 * How the command line writes enum constants and recognises what users type for them: {@code TRANSPORT} is written
 * {@code transport}, {@code CONTRACT_CLAUSE} is {@code contract-clause}, and input is matched ignoring case, with
 * spaces, dashes and underscores treated alike.
 */
final class Names {
    private Names() {
    }

    /** The command-line spelling of a constant: lower case with dashes. */
    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A form of user input that compares equal however it was typed: lower case, single dashes. */
    static String normalise(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "-");
    }
}
