package no.kriteriebank.export;

import java.time.Clock;
import java.util.Objects;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.check.TenderChecker;

/**
 * What the builders of the library's exporters share: the bank, the clock that gives the day of export for a tender
 * without an announcement date, and whether to export a tender the checker finds errors in.
 *
 * @param <B> the builder's own type, returned by its setters
 */
public abstract class ExporterBuilder<B extends ExporterBuilder<B>> {
    private final CriteriaBank bank;
    private Clock clock = Clock.systemUTC();
    private boolean force;

    ExporterBuilder(CriteriaBank bank) {
        this.bank = Objects.requireNonNull(bank, "bank");
    }

    /**
     * Sets the clock that gives the moment of export for tenders without an announcement date; the day is then taken
     * in Norway's time zone, whatever the clock's zone (default: the system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * Exports a tender even when the tender checker finds errors in it (default: such a tender is refused with
     * {@code EXPORT-TENDER-INVALID}). What the format itself cannot carry is refused all the same.
     *
     * @param force whether to skip the tender check
     * @return this builder
     */
    public B force(boolean force) {
        this.force = force;
        return self();
    }

    /** {@return the exporter} */
    public abstract TenderExporter build();

    CriteriaBank bank() {
        return bank;
    }

    /** The check every export of the built exporter passes first. */
    ExportGate gate() {
        return new ExportGate(TenderChecker.builder().bank(bank).clock(clock).build(), clock, force);
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
