package org.portverify.application;

import org.portverify.domain.run.RunSettings;

/**
 * Starts the batch jobs. Implemented beside the job XML (batch-jobs module), where the job operator finds the jobs
 * and their artifacts; the use cases here decide what to start, the launcher only starts it.
 */
public interface RunLauncher {

    /** Starts {@code annual-verification}, or for a re-verification's re-run the {@code reverification} job. */
    long startVerification(RunSettings settings);

    /** Starts {@code ingest-submission} for a RECEIVED version, {@code itemCount} records per chunk. */
    long startIngest(long submissionId, int itemCount);

    /** The batch status of an execution of one of the jobs ({@code COMPLETED}, {@code FAILED}, ...); PV-4004. */
    String batchStatus(long executionId);
}
