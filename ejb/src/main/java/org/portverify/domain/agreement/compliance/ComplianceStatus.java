package org.portverify.domain.agreement.compliance;

/**
 * Where a plan deadline or project milestone stands as of a date, decided from its dates, who controls it and its
 * flexibility reference; the status the port reports is not consulted. Exactly one applies.
 */
public enum ComplianceStatus {
    /** Open, and due later than the DUE_SOON window. */
    NOT_YET_DUE,
    /** Open, and due within the window (1 to window days after the as-of date). */
    DUE_SOON,
    /** Completed on or before its due date. */
    COMPLETED_ON_TIME,
    /** Completed after its due date, and not excused: a default. */
    COMPLETED_LATE,
    /** Late (completed late, or open once due) for a factor outside the port's control, with a flexibility reference. */
    EXCUSED,
    /** Due (the due date has ended) and not completed, and not excused: a default. */
    MISSED;

    /**
     * A default under the agreement: a missed plan deadline or milestone, and equally one completed late, since
     * missing the date is the default and completing afterwards only cures it (docs/agreement-rules.md).
     */
    public boolean isDefault() {
        return this == MISSED || this == COMPLETED_LATE;
    }
}
