package org.portverify.interfaces.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.MetricsComputation;

/**
 * Step {@code compute-metrics}: records the ports whose submission is missing, computes and stores every reduction
 * metric of the run, then the CAAP progress (see {@link MetricsComputation}). Exit status e.g.
 * {@code METRICS=1440,STANDARDS=24,TRENDS=24,QA_FLAGS=121,ZERO_EMISSION=54}, with {@code ,MISSING=1} when a port's
 * submission is missing.
 */
@Named("computeMetrics")
@Dependent
public class ComputeMetricsBatchlet extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private MetricsComputation computation;

    @Override
    public String process() {
        MetricsComputation.Computed stored = computation.compute(job.getExecutionId());
        return "METRICS=" + stored.metrics() + ",STANDARDS=" + stored.progress().standards().size() + ",TRENDS="
                + stored.progress().trends().size() + ",QA_FLAGS=" + stored.progress().qaFlags().size()
                + ",ZERO_EMISSION=" + stored.progress().zeroEmissionShares().size()
                + (stored.missing().isEmpty() ? "" : ",MISSING=" + stored.missing().size());
    }
}
