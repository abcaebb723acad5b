package org.portverify.interfaces.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.VerificationRuns;

/** Step {@code compute-metrics}: computes and stores every reduction metric of the run. */
@Named("computeMetrics")
@Dependent
public class ComputeMetricsBatchlet extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private VerificationRuns runs;

    @Override
    public String process() {
        return "METRICS=" + runs.computeMetrics(job.getExecutionId());
    }
}
