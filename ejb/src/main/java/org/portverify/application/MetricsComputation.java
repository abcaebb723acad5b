package org.portverify.application;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.portverify.domain.metrics.progress.RunProgress;

/**
 * Step {@code compute-metrics} as one use case, in three transactions: the ports found missing are committed first
 * (so that a run failing for want of any submission still says why), then the reduction metrics, then the CAAP
 * progress, which reads the metrics exactly as stored.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MetricsComputation {

    @Inject
    private VerificationRuns runs;

    @Inject
    private CaapProgress progress;

    /** What the step stored: metric rows, the ports missing (PV-4101 each) and the CAAP progress. */
    public record Computed(int metrics, List<String> missing, RunProgress progress) {
    }

    public Computed compute(long executionId) {
        List<String> missing = runs.recordMissing(executionId);
        int metrics = runs.computeMetrics(executionId);
        return new Computed(metrics, missing, progress.compute(executionId));
    }
}
