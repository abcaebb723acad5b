package org.portverify.application;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.CaapStandards;
import org.portverify.domain.metrics.goals.GhgReferences;
import org.portverify.domain.metrics.goals.StandardProgress;
import org.portverify.domain.metrics.goals.ZeroEmissionShare;
import org.portverify.domain.metrics.goals.ZeroEmissionShares;
import org.portverify.domain.metrics.goals.ZeroEmissionShares.PortFleet;
import org.portverify.domain.metrics.qa.QaFlag;
import org.portverify.domain.metrics.qa.QaFlags;
import org.portverify.domain.metrics.qa.QaThresholds;
import org.portverify.domain.metrics.trend.Trend;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.infrastructure.persistence.SubmissionRepository;

/**
 * CAAP progress of a run, read from the metrics it stored: the San Pedro Bay standards and the auditors' quality
 * flags. Derived from stored values only, so every reader of a run gets the same answer.
 */
@Stateless
public class ProgressReview {

    @Inject
    private VerificationRuns runs;

    @Inject
    private SubmissionRepository submissions;

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

    /** Zero-emission shares of CHE (goal 2030) and drayage trucks (goal 2035) from the run's pinned fleet data. */
    public List<ZeroEmissionShare> zeroEmissionShares(long executionId) {
        List<PortFleet> fleets = runs.inputs(executionId).stream()
                .map(s -> new PortFleet(s.getPort(), submissions.fleet(s.getId()))).toList();
        return ZeroEmissionShares.compute(fleets);
    }

    /** The trend of a series of tons (category null: all categories) over every data year of the run. */
    public Trend trend(long executionId, Scope scope, SourceCategory category, Pollutant pollutant) {
        return Trend.fit(Trend.series(metrics(executionId), scope, category, pollutant, ReductionMetric::getTons));
    }
}
