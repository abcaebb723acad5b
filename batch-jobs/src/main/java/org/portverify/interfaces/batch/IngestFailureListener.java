package org.portverify.interfaces.batch;

import java.util.logging.Logger;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.SubmissionIntake;

/**
 * Step listener of {@code ingest-submission}: a step that failed (a limit hit while reading, a database error)
 * rejects the version with the reason before the job ends ({@link SubmissionIntake#ingestFailed}); only a step
 * listener sees the step's exception. {@link IngestListener#afterJob} catches any failure outside the steps.
 */
@Named("ingestFailureListener")
@Dependent
public class IngestFailureListener extends AbstractStepListener {

    private static final Logger LOG = Logger.getLogger(IngestFailureListener.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Inject
    private SubmissionIntake intake;

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            job.setTransientUserData(failure);
            LOG.warning(() -> "Ingest " + job.getExecutionId() + ", step " + step.getStepName() + " failed: "
                    + intake.ingestFailed(job.getExecutionId(), failure));
        }
    }
}
