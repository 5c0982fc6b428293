package no.kriteriebank.check;

import no.kriteriebank.model.Language;

/** The explanation texts of the scorings ({@code scoring_nb.properties} and so on), read once. */
final class ScoringTexts {
    private static final Messages MESSAGES = Messages.load("scoring");

    private ScoringTexts() {
    }

    static Wording in(Language language) {
        return new Wording(MESSAGES, language);
    }

    static Messages messages() {
        return MESSAGES;
    }
}
