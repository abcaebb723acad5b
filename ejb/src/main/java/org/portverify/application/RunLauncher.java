package org.portverify.application;

import java.util.Optional;

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

    /**
     * Restarts a stopped or failed execution from its last checkpoint; returns the new execution. PV-4103 when the
     * job repository refuses (completed, not the latest of its instance, still running here).
     */
    long restart(long executionId);

    /** The version an {@code ingest-submission} execution ingests (its job parameter); empty for another job. */
    Optional<Long> ingestedVersion(long executionId);

    /** The batch status of an execution of one of the jobs ({@code COMPLETED}, {@code FAILED}, ...); PV-4004. */
    String batchStatus(long executionId);
}
