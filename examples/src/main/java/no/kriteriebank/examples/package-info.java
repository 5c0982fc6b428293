/**
 * Small programs for the jobs Kriteriebank is for, each runnable with {@code main} and called by the tests so they
 * keep working: {@link no.kriteriebank.examples.SuggestCriteria} (a procurement system suggests criteria for a
 * procurement and renders the tender), {@link no.kriteriebank.examples.NetworkClauseSet} (a purchasing network
 * renders a standard clause set), and {@link no.kriteriebank.examples.ExportNotice} (an integrator exports the award
 * criteria to eForms and OCDS).
 */
package no.kriteriebank.examples;
