package org.portverify.interfaces.batch;

import java.util.logging.Logger;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.SubmissionIngests;

/**
 * Step listener of {@code ingest-submission}: a step that failed ends the version's ingest before the job ends
 * ({@link SubmissionIngests#ended}): a limit or rule of the package rejects it with its code; a failure of the
 * server's side (a database error, PV-4149 of the tests) interrupts it, keeping what it stored, so that a restart or
 * the same bytes uploaded again continue it. Only a step listener sees the step's exception.
 * {@link IngestListener#afterJob} catches any end outside the steps.
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
    private SubmissionIngests ingests;

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            job.setTransientUserData(failure);
            LOG.warning(() -> "Ingest " + job.getExecutionId() + ", step " + step.getStepName() + " failed: "
                    + ingests.ended(job.getExecutionId(), failure));
        }
    }
}
