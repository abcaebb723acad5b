package org.portverify.application;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.StandardProgress;
import org.portverify.domain.metrics.goals.ZeroEmissionShare;
import org.portverify.domain.metrics.progress.ProgressSettings;
import org.portverify.domain.metrics.progress.QaFlagRecord;
import org.portverify.domain.metrics.progress.RunProgress;
import org.portverify.domain.metrics.progress.SeriesTrend;
import org.portverify.domain.metrics.progress.SeriesTrendRecord;
import org.portverify.domain.metrics.progress.StandardProgressRecord;
import org.portverify.domain.metrics.progress.TrendMeasure;
import org.portverify.domain.metrics.progress.ZeroEmissionShareRecord;
import org.portverify.domain.metrics.qa.QaFlag;
import org.portverify.domain.metrics.trend.Trend;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.run.VerificationRun;
import org.portverify.infrastructure.persistence.ProgressRepository;

/**
 * CAAP progress of a run as {@code compute-metrics} stored it (see {@link CaapProgress}): the San Pedro Bay
 * standards, the headline trends, the auditors' quality flags and the zero-emission shares. Every reader of a run
 * gets the same stored answer; a run stored before version 7 of the schema has none.
 */
@Stateless
public class ProgressReview {

    @Inject
    private VerificationRuns runs;

    @Inject
    private ProgressRepository progress;

    public List<ReductionMetric> metrics(long executionId) {
        runs.run(executionId);
        return runs.metrics(executionId);
    }

    /** The 2014 and 2023 standards and the GHG goals (NO_REFERENCE, PV-3010, where no 1990 reference was given). */
    public List<StandardProgress> standards(long executionId) {
        runs.run(executionId);
        return progress.standards(executionId).stream().map(StandardProgressRecord::toProgress).toList();
    }

    public List<QaFlag> qaFlags(long executionId) {
        runs.run(executionId);
        return progress.qaFlags(executionId).stream().map(QaFlagRecord::toFlag).toList();
    }

    /** Zero-emission shares of CHE (goal 2030) and drayage trucks (goal 2035) from the run's pinned fleet data. */
    public List<ZeroEmissionShare> zeroEmissionShares(long executionId) {
        runs.run(executionId);
        return progress.zeroEmissionShares(executionId).stream().map(ZeroEmissionShareRecord::toShare).toList();
    }

    /** Every stored trend: each scope's headline totals, tons and tons per 10,000 TEU, with goal projections. */
    public List<SeriesTrend> trends(long executionId) {
        runs.run(executionId);
        return progress.trends(executionId).stream().map(SeriesTrendRecord::toSeriesTrend).toList();
    }

    /**
     * The trend of a series of tons (category null: all categories) over the run's trend window: the stored one for
     * a headline total, otherwise fitted now from the stored metrics with the run's recorded window.
     */
    public Trend trend(long executionId, Scope scope, SourceCategory category, Pollutant pollutant) {
        return seriesTrend(executionId, scope, category, pollutant, TrendMeasure.TONS).trend();
    }

    /** As {@link #trend}, with its method's reason and goal projection, for either measure. */
    public SeriesTrend seriesTrend(long executionId, Scope scope, SourceCategory category, Pollutant pollutant,
                                   TrendMeasure measure) {
        VerificationRun run = runs.run(executionId);
        return trends(executionId).stream().filter(t -> t.scope() == scope && t.category() == category
                        && t.pollutant() == pollutant && t.measure() == measure).findFirst()
                .orElseGet(() -> RunProgress.trend(runs.metrics(executionId), scope, category, pollutant, measure,
                        run.progressSettings()));
    }

    /** The settings and input versions the run's progress was computed with. */
    public ProgressInputs inputs(long executionId) {
        VerificationRun run = runs.run(executionId);
        ProgressSettings settings = run.progressSettings();
        Map<Scope, BigDecimal> references = new EnumMap<>(Scope.class);
        settings.ghgReferences().byScope().forEach((scope, r) -> references.put(scope, r.inReportingUnit()));
        return new ProgressInputs(executionId, run.getReportingYear(), run.getSubmissionIds(),
                run.getPreviousEditions(), run.getGhgReference1990(), run.getGhgReferenceSource(), references,
                settings.trendWindow().text(), settings.baselineTolerance());
    }
}
