/**
 * The standard content of Kriteriebank: the criteria bank ({@link no.kriteriebank.templates.StandardBank}) and the
 * document layouts for each output format and language.
 */
package no.kriteriebank.templates;
