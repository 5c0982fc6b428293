package no.kriteriebank.render;

/**
 * A text in the rendered language, or in bokmål standing in for a missing translation.
 *
 * @param text the text
 * @param fallback whether it is the bokmål text standing in
 */
record ClauseText(String text, boolean fallback) {
}
