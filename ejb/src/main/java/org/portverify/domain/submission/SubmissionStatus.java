package org.portverify.domain.submission;

/** Where a submission stands. Only ACCEPTED and ACCEPTED_WITH_WARNINGS figures feed the metrics. */
public enum SubmissionStatus {
    /** Registered, its records not yet (completely) ingested. */
    RECEIVED,
    /** Every record accepted. */
    ACCEPTED,
    /** Ingested, with some records refused; see its rejected records. */
    ACCEPTED_WITH_WARNINGS,
    /** Refused as a whole (e.g. a missing file or a bad manifest); none of its records count. */
    REJECTED,
    /** A later version for the same port and reporting year replaced it; kept for history. */
    SUPERSEDED;

    /**
     * How an ingested version closes: REJECTED when its errors pass the tolerance, else ACCEPTED when its validation
     * report is empty and ACCEPTED_WITH_WARNINGS when it is not.
     */
    public static SubmissionStatus closedWith(long errors, long warnings, long skipLimit) {
        if (ErrorTolerance.exceededBy(errors, skipLimit)) {
            return REJECTED;
        }
        return errors + warnings == 0 ? ACCEPTED : ACCEPTED_WITH_WARNINGS;
    }

    public boolean isAccepted() {
        return this == ACCEPTED || this == ACCEPTED_WITH_WARNINGS;
    }
}
