package org.portverify.domain.submission;

/**
 * The claim on a RECEIVED version's ingest ({@code submission.ingest_state}): one ingest per version at a time,
 * guarded in the database. No claim (null) means no execution was ever given the version; the annual run may take
 * it, like an INTERRUPTED one.
 */
public enum IngestState {
    /** An upload or a restart is launching the ingest job; its listener turns the claim into RUNNING. */
    LAUNCHING,
    /** The execution {@code ingest_execution_id} is reading the version. */
    RUNNING,
    /**
     * Its execution failed on the server's side, stopped or died: the data stored so far is kept, and restarting
     * that execution (or uploading the same bytes again) continues the ingest.
     */
    INTERRUPTED
}
