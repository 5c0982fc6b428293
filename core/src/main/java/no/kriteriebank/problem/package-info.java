/**
 * What is wrong with an input: {@link no.kriteriebank.problem.Problem}, one mistake with its file,
 * {@link no.kriteriebank.problem.Position} and field path. A leaf package: it depends on nothing else in the project,
 * so the bank, tender and report readers and
 * the internal document reader can all use it without depending on each other.
 */
package no.kriteriebank.problem;
