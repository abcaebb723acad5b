package org.portverify.domain.audit;

/** What a state-changing action did; the name is stored and hashed, so a constant is never renamed. */
public enum AuditAction {
    /** A port's package arrived by upload: its version, digest and what became of it. */
    SUBMISSION_UPLOADED,
    /** A package of the regulator's intake folder was registered by a run as a new version, or refused as a whole. */
    SUBMISSION_FILED,
    /** An ingest closed a version: accepted (with or without warnings) or rejected. */
    SUBMISSION_DECIDED,
    /** An annual verification was started, by a person or the schedule. */
    RUN_STARTED,
    /** A failed or stopped execution (annual run or ingest) was restarted. */
    RUN_RESTARTED,
    /** An auditor asked for a completed run to be re-verified. */
    REVERIFICATION_REQUESTED,
    /** An administrator set a reporting year's error tolerance. */
    TOLERANCE_CHANGED,
    /** An administrator set a reporting year's submission deadline. */
    DEADLINE_CHANGED,
    /** A port's certifying official certified a version: the statement, the signer and the seal's signature. */
    SUBMISSION_CERTIFIED,
    /** An administrator published a new version of the certification statement. */
    STATEMENT_PUBLISHED,
    /** A reviewer took up a certified version. */
    REVIEW_STARTED,
    /** A reviewer or the port wrote a comment on a version (or on one of its findings). */
    REVIEW_COMMENTED,
    /** A reviewer returned a version to the port, with a reply due date. */
    SUBMISSION_RETURNED,
    /** A reviewer accepted a version: it feeds the year's runs from now on. */
    SUBMISSION_ACCEPTED,
    /** The port disputed the copy of record of a certification, within the dispute window. */
    COPY_OF_RECORD_DISPUTED
}
