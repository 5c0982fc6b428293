/**
 * Implementation details shared by the public packages: Jackson mappers, the document reader that collects problems
 * with positions, validation, and the FreeMarker sandbox. Nothing here is public API; it may change in any release.
 */
package no.kriteriebank.internal;
