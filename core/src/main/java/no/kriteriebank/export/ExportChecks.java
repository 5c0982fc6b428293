package no.kriteriebank.export;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.kriteriebank.check.CheckResult;
import no.kriteriebank.check.Finding;
import no.kriteriebank.check.Severity;
import no.kriteriebank.check.TenderChecker;
import no.kriteriebank.tender.Tender;

/**
 * What every export checks before it writes: the tender passes the tender checker, each § 7-9 code is valid on the
 * tender's announcement date, and each option that must be justified is. eForms and OCDS apply the same checks, so a
 * tender one export refuses the other refuses too.
 */
final class ExportChecks {
    /** The time zone that decides "today" for a tender without an announcement date. */
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private ExportChecks() {
    }

    /** The day the codes are judged on: the announcement date, or today in Norway when the tender has none. */
    static LocalDate date(Tender tender, Clock clock) {
        return tender.announcementDate() != null ? tender.announcementDate()
                : LocalDate.ofInstant(clock.instant(), NORWAY);
    }

    /** Refuses a tender the checker finds errors in, naming each error. */
    static void checked(TenderChecker checker, Tender tender, LocalDate date) {
        CheckResult result = checker.check(tender, date);
        if (!result.hasErrors()) {
            return;
        }
        List<Finding> errors = result.findings(Severity.ERROR);
        StringBuilder message = new StringBuilder("the tender has ").append(errors.size())
                .append(errors.size() == 1 ? " error" : " errors").append(" under ").append(result.ruleSet().id())
                .append(" and is not exported (check it with `kriteriebank check`; --force exports anyway):");
        for (Finding f : errors) {
            message.append("\n  ").append(f.code().code()).append(f.path().isEmpty() ? "" : " " + f.path()).append(": ")
                    .append(f.message());
        }
        throw new ExportException(ExportCode.EXPORT_TENDER_INVALID, errors.get(0).path(), message.toString());
    }

    /**
     * Refuses a Norwegian code the tender needs but may not use on the day: the code of a climate award criterion or
     * of the option's marker. With {@code negligibleAsExempt}, the 2024 negligible-footprint option is written as the
     * 2026 exemption for insignificant impact, so its validity is not judged.
     */
    static void codeValid(AwardLine line, Tender tender, LocalDate date, boolean negligibleAsExempt) {
        if (!line.code().startsWith(NorwegianCode.PREFIX)) {
            return;
        }
        NorwegianCode code = line.marker() ? NorwegianCode.of(tender.environment().option())
                : NorwegianCode.ENV_CRITERIA;
        if (negligibleAsExempt && code == NorwegianCode.ENV_NONE) {
            return;
        }
        if (!code.validOn(date)) {
            String subject = line.marker() ? "the § 7-9 option " + tender.environment().option() + " ("
                    + code.code() + ")" : "a climate award criterion (" + code.code() + ")";
            throw new ExportException(ExportCode.EXPORT_CODE_NOT_VALID, line.path(),
                    subject + " can be used in notices announced " + code.validity() + ", and the tender is "
                            + (tender.announcementDate() == null ? "exported today, " : "announced ") + date
                            + code.alternative(date));
        }
    }

    /**
     * Refuses a marker without the justification it must carry: every option but the specification route under the
     * rules from 2026-07-01 must be justified, and the notice carries the justification as the marker's description.
     */
    static void justified(AwardLine line, Tender tender, LocalDate date) {
        if (!line.marker() || line.description() != null) {
            return;
        }
        boolean newRules = !date.isBefore(NorwegianCode.EXEMPT_INSIGNIFICANT.validFrom());
        if (line.code().equals(NorwegianCode.ENV_SPEC.code()) && newRules) {
            return;
        }
        throw new ExportException(ExportCode.EXPORT_JUSTIFICATION_MISSING, "environment.justification",
                "the § 7-9 option (" + line.code() + ") must be justified, and the notice carries the justification "
                        + "as the criterion's description; add it in " + tender.language().code());
    }
}
