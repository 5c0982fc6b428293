package no.kriteriebank.export;

import java.time.LocalDate;
import no.kriteriebank.check.Law;
import no.kriteriebank.check.LawOption;
import no.kriteriebank.model.LocalizedText;
import no.kriteriebank.tender.EnvironmentOption;

/**
 * Norway's national eForms award-criterion types for the climate rule. Codes, validity dates and the names under
 * which this library writes a criterion that only marks the option taken (which carries no weight) come from the law
 * data ({@link Law}), the same the tender checker reads; DFØ's codelist {@code award-criterion-type.no.yaml},
 * version 2.0.0, is their source.
 */
enum NorwegianCode {
    ENV_CRITERIA(EnvironmentOption.AWARD_CRITERIA),
    ENV_SPEC(EnvironmentOption.SPECIFICATION),
    ENV_NONE(EnvironmentOption.NEGLIGIBLE_FOOTPRINT),
    EXEMPT_INSIGNIFICANT(EnvironmentOption.EXEMPT_INSIGNIFICANT),
    EXEMPT_CRITICAL_INTEREST(EnvironmentOption.EXEMPT_CRITICAL_INTEREST),
    EXEMPT_NATIONAL_MINIMUM(EnvironmentOption.EXEMPT_NATIONAL_MINIMUM);

    /** The prefix all Norwegian codes share; TED knows none of them. */
    static final String PREFIX = "quality-nor-";

    private final EnvironmentOption option;

    NorwegianCode(EnvironmentOption option) {
        this.option = option;
    }

    private LawOption data() {
        return Law.standard().option(option);
    }

    String code() {
        return data().eformsCode();
    }

    LocalDate validFrom() {
        return data().validFrom();
    }

    LocalizedText label() {
        return data().noticeName();
    }

    /** Whether a notice announced on that day may carry the code. */
    boolean validOn(LocalDate date) {
        return data().validOn(date);
    }

    /** The period the code is valid in, for messages: {@code from YYYY-MM-DD} or {@code YYYY-MM-DD to YYYY-MM-DD}. */
    String validity() {
        LawOption d = data();
        return d.validTo() == null ? "from " + d.validFrom() : d.validFrom() + " to " + d.validTo();
    }

    static NorwegianCode of(EnvironmentOption option) {
        for (NorwegianCode c : values()) {
            if (c.option == option) {
                return c;
            }
        }
        throw new IllegalStateException("no Norwegian code for " + option);
    }

    /** What to use instead on a day the code is not valid, as advice for a message; empty when there is none. */
    String alternative(LocalDate date) {
        LawOption d = data();
        if (d.validTo() != null && date.isAfter(d.validTo()) && d.replacedBy() != null) {
            LawOption next = Law.standard().option(d.replacedBy());
            if (next.validOn(date)) {
                return "; under the rules from " + next.validFrom() + " use " + next.option() + " (" + next.eformsCode()
                        + ")";
            }
        }
        if (date.isBefore(d.validFrom())) {
            for (LawOption earlier : Law.standard().options()) {
                if (earlier.replacedBy() == option && earlier.validOn(date)) {
                    return "; before " + d.validFrom() + " use " + earlier.option() + " (" + earlier.eformsCode() + ")";
                }
            }
            if (option.isExemption()) {
                return "; this exemption does not exist before " + d.validFrom();
            }
        }
        return "";
    }
}
