package org.portverify.interfaces.batch;

import java.util.List;
import java.util.logging.Logger;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.SubmissionIngests;

/**
 * Job listener of {@code ingest-submission}, and the one reader of its job parameter. Before the job it claims the
 * version's ingest for this execution ({@link SubmissionIngests#claimFor}): the upload or the restart that launched
 * it must have claimed it (LAUNCHING) for a new job or for the execution this one restarts; otherwise the job fails
 * with PV-4109 before anything is read, so two executions never ingest one version. Every step then finds the
 * version by the execution id. After the job, a version it did not close is rejected when the port's package caused
 * the failure, and otherwise interrupted with what it stored kept ({@link SubmissionIngests#ended}); normally
 * ingestFailureListener has done so as the failed step ended.
 */
@Named("ingestListener")
@Dependent
public class IngestListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(IngestListener.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private SubmissionIngests ingests;

    @Override
    public void beforeJob() {
        long executionId = job.getExecutionId();
        ingests.claimFor(executionId, RunSettingsParameters.submissionId(
                JobLauncher.operator().getParameters(executionId)), Executions.previous(executionId));
    }

    /**
     * Whatever ended the job (a failure outside the steps, a stop) leaves no version claimed as RUNNING; a version
     * closed, or already rejected or interrupted by ingestFailureListener, is not changed again.
     */
    @Override
    public void afterJob() {
        Throwable failure = job.getTransientUserData() instanceof Throwable t ? t : null;
        List<String> ended = ingests.ended(job.getExecutionId(), failure);
        if (!ended.isEmpty()) {
            LOG.warning(() -> "Ingest " + job.getExecutionId() + " ended " + job.getBatchStatus() + ": " + ended);
        }
    }
}
