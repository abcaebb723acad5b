package org.portverify.interfaces.batch;

import java.util.stream.Collectors;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.VerificationRuns;

/**
 * Step {@code pin-submissions} of a re-verification's re-run: checks that every version the original used is still
 * an accepted version of the year (PV-4106). Nothing is registered or ingested. Exit status e.g.
 * {@code PINNED=12+13}.
 */
@Named("pinSubmissions")
@Dependent
public class PinSubmissionsBatchlet extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private VerificationRuns runs;

    @Override
    public String process() {
        return "PINNED=" + runs.pinnedInputs(job.getExecutionId()).stream().map(String::valueOf)
                .collect(Collectors.joining("+"));
    }
}
