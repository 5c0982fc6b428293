/**
 * The {@code kriteriebank} command line for purchasing networks and climate advisers: list, show and search criteria,
 * render standard clause sets and tenders, validate bank and tender files. {@link no.kriteriebank.cli.KriteriebankCli}
 * is the entry point; everything else is internal to the application.
 */
package no.kriteriebank.cli;
