package no.kriteriebank.export;

import java.time.Clock;
import java.time.LocalDate;
import no.kriteriebank.check.TenderChecker;
import no.kriteriebank.tender.Tender;

/**
 * What an exporter does before it writes a tender: take the day the codes are judged on, and unless forced refuse a
 * tender the checker finds errors in.
 */
record ExportGate(TenderChecker checker, Clock clock, boolean force) {
    /** The day of the export ({@link ExportChecks#date}), after the tender passed the check unless forced. */
    LocalDate admit(Tender tender) {
        LocalDate date = ExportChecks.date(tender, clock);
        if (!force) {
            ExportChecks.checked(checker, tender, date);
        }
        return date;
    }
}
