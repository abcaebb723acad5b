package org.portverify.interfaces.batch;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Step listener of {@code ingest-submission}: hands the exception that failed a step to the job listener
 * ({@link IngestListener#afterJob}), which alone sees the job end; a job listener cannot read a step's exception.
 */
@Named("ingestFailureListener")
@Dependent
public class IngestFailureListener extends AbstractStepListener {

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Override
    public void afterStep() {
        if (step.getException() != null) {
            job.setTransientUserData(step.getException());
        }
    }
}
