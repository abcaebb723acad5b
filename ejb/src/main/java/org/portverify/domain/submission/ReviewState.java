package org.portverify.domain.submission;

/**
 * Where a version stands in the regulator's review, beside its validation outcome ({@link SubmissionStatus}):
 * {@code DRAFT -> CERTIFIED -> IN_REVIEW -> ACCEPTED | RETURNED}. The name is stored, so a constant is never renamed.
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
    /** The reviewer returned it with comments; the port answers with a new version. */
    RETURNED
}
