package org.portverify.domain.submission;

/**
 * Where a version stands in the regulator's review, beside its validation outcome ({@link SubmissionStatus}): an
 * upload goes {@code DRAFT -> CERTIFIED -> IN_REVIEW -> ACCEPTED | RETURNED}; a package of the regulator's own folder
 * intake is FILED. Only ACCEPTED and FILED versions feed an annual run. The name is stored: never renamed.
 */
public enum ReviewState {
    /** Received; the port may check it, and its certifying official may certify it once it passed validation. */
    DRAFT,
    /** Certified by the port's certifying official: awaiting the regulator's review. */
    CERTIFIED,
    /** A reviewer took it up. */
    IN_REVIEW,
    /** The reviewer accepted it. */
    ACCEPTED,
    /** The reviewer returned it with comments and a reply due date; the port answers with a new version. */
    RETURNED,
    /** Filed by the regulator's staff through the server's intake folder: reviewed outside PortVerify, not certified. */
    FILED;

    /** Whether a version in this state feeds an annual run (if its validation outcome is accepted too). */
    public boolean feedsRuns() {
        return this == ACCEPTED || this == FILED;
    }

    /** Whether the version still waits for someone: the port's official, a reviewer, or the port's reply. */
    public boolean pending() {
        return this == DRAFT || this == CERTIFIED || this == IN_REVIEW || this == RETURNED;
    }
}
