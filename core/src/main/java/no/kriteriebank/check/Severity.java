package no.kriteriebank.check;

/** How serious a {@link Finding} is. */
public enum Severity {
    /** The tender breaks a rule and must be corrected before it is announced. */
    ERROR,
    /** Probably a mistake, or a rule that only advises (such as § 7-9 in part I); review it. */
    WARNING,
    /** Worth knowing; nothing needs to change. */
    INFO
}
