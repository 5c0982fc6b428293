/** JMH benchmarks; run with {@code java -jar benchmarks/target/benchmarks.jar}. */
package no.kriteriebank.benchmarks;
