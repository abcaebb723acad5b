package org.portverify.interfaces.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.SubmissionIntake;

/**
 * Job listener of {@code ingest-submission}, and the one reader of its job parameter: assigns the version's ingest
 * to this execution (also a restarted one), so that every step finds it by the execution id.
 */
@Named("ingestListener")
@Dependent
public class IngestListener extends AbstractJobListener {

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
}
