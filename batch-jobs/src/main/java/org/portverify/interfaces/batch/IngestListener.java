package org.portverify.interfaces.batch;

import java.util.List;
import java.util.logging.Logger;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.SubmissionIntake;

/**
 * Job listener of {@code ingest-submission}, and the one reader of its job parameter: assigns the version's ingest
 * to this execution (also a restarted one), so that every step finds it by the execution id. When the job FAILED,
 * the version is rejected with the reason ({@link SubmissionIntake#ingestFailed}): it never stays RECEIVED once its
 * job has ended (normally ingestFailureListener does it as the failed step ends). A restart of that execution then finds no RECEIVED version and does nothing (COMPLETED, NONE).
 */
@Named("ingestListener")
@Dependent
public class IngestListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(IngestListener.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private SubmissionIntake intake;

    @Override
    public void beforeJob() {
        long executionId = job.getExecutionId();
        intake.ingestBy(executionId, RunSettingsParameters.submissionId(
                JobLauncher.operator().getParameters(executionId)));
    }

    /**
     * A failure outside the steps (or a step whose listener could not finish) still rejects the version; when
     * ingestFailureListener already did, no version is RECEIVED any more and this changes nothing.
     */
    @Override
    public void afterJob() {
        Throwable failure = job.getTransientUserData() instanceof Throwable t ? t : null;
        if (job.getBatchStatus() == BatchStatus.FAILED || failure != null) {
            List<String> rejected = intake.ingestFailed(job.getExecutionId(), failure);
            if (!rejected.isEmpty()) {
                LOG.warning(() -> "Ingest " + job.getExecutionId() + " failed: " + rejected);
            }
        }
    }
}
