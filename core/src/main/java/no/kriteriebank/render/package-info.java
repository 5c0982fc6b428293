/**
 * Rendering criteria and tenders into tender text with FreeMarker, in plain text, Markdown and HTML, in bokmål,
 * nynorsk and English: {@link no.kriteriebank.render.TenderRenderer} is the entry point; {@link no.kriteriebank.render.SiteGenerator}
 * publishes a whole bank as a static website.
 */
package no.kriteriebank.render;
