package no.kriteriebank.model;

/** Whether a criterion may be used in new tenders. */
public enum CriterionStatus {
    /** In use. */
    ACTIVE,
    /** Kept for old tenders; not suggested for new ones. Names its successor in {@code supersededBy}. */
    DEPRECATED
}
