/**
 * The format-neutral outline of a rendered document: parts made of headings, paragraphs, lists and tables, in the
 * same order and with the same words as the text layouts. Binary formats such as DOCX are written from it, so they
 * never parse HTML.
 */
package no.kriteriebank.render.outline;
