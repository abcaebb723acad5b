package org.portverify.interfaces.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.VerificationRuns;

/**
 * Step {@code register-submissions}: registers each port's package of the run's folder as a new version when it
 * changed, and gives the run the ingest of every version awaiting it. Exit status e.g.
 * {@code POLA=NEW_VERSION,POLB=UNCHANGED}.
 */
@Named("registerSubmissions")
@Dependent
public class RegisterSubmissionsBatchlet extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private VerificationRuns runs;

    @Override
    public String process() {
        return String.join(",", runs.registerSubmissions(job.getExecutionId()));
    }
}
