package org.portverify.application;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.goals.CaapStandards;
import org.portverify.domain.metrics.goals.GhgReferences;
import org.portverify.domain.metrics.goals.StandardProgress;
import org.portverify.domain.metrics.qa.QaFlag;
import org.portverify.domain.metrics.qa.QaFlags;
import org.portverify.domain.metrics.qa.QaThresholds;

/**
 * CAAP progress of a run, read from the metrics it stored: the San Pedro Bay standards and the auditors' quality
 * flags. Derived from stored values only, so every reader of a run gets the same answer.
 */
@Stateless
public class ProgressReview {

    @Inject
    private VerificationRuns runs;

    public List<ReductionMetric> metrics(long executionId) {
        runs.run(executionId);
        return runs.metrics(executionId);
    }

    /** The 2014 and 2023 standards; GHG goals state NO_REFERENCE until a 1990 reference is configured. */
    public List<StandardProgress> standards(long executionId) {
        return CaapStandards.evaluate(metrics(executionId), GhgReferences.none());
    }

    public List<QaFlag> qaFlags(long executionId) {
        return QaFlags.check(metrics(executionId), QaThresholds.DEFAULT);
    }
}
