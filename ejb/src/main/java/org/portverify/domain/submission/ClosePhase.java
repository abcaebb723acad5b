package org.portverify.domain.submission;

/**
 * How far the close of a version's ingest got: each phase is committed on its own, so that a close interrupted
 * between two (a crash, a timeout) resumes at the next one and never repeats a phase. The version stays RECEIVED
 * until the last, so a restarted ingest still finds it.
 */
public enum ClosePhase {
    /** The package checks are stored: the refused duplicates (with their raw lines) and the package findings. */
    CHECKED,
    /** The records that must not count are gone: the refused duplicates, or every record of a rejected version. */
    WITHDRAWN,
    /** Accepted (superseding the previous version) or rejected: the close is over. */
    DECIDED
}
