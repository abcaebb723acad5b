package org.portverify.interfaces.batch;

import java.util.List;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.VerificationRuns;

/**
 * Step {@code compute-metrics}: records the ports whose submission is missing, then computes and stores every
 * reduction metric of the run, from the pinned versions on a re-verification's re-run.
 */
@Named("computeMetrics")
@Dependent
public class ComputeMetricsBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String pinnedSubmissions;

    @Inject
    @BatchProperty
    private String submissionsDir;

    @Inject
    private JobContext job;

    @Inject
    private VerificationRuns runs;

    @Override
    public String process() {
        List<Long> pinned = RunParameters.pinnedSubmissions(pinnedSubmissions);
        List<String> missing = runs.recordMissing(job.getExecutionId(), pinned, submissionsDir);
        String metrics = "METRICS=" + runs.computeMetrics(job.getExecutionId(), pinned);
        return missing.isEmpty() ? metrics : metrics + ",MISSING=" + missing.size();
    }
}
