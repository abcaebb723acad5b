package org.portverify.domain.run;

/** Where an auditor's re-verification stands. */
public enum ReverificationStatus {
    /** The re-run has not finished yet. */
    RUNNING,
    /** Every figure, status and digest of the re-run equals the original's. */
    MATCH,
    /** At least one difference; each is listed. */
    MISMATCH,
    /** The re-run did not complete, so nothing was compared. */
    FAILED
}
