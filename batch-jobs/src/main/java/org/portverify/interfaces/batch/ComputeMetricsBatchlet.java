package org.portverify.interfaces.batch;

import java.util.List;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.CaapProgress;
import org.portverify.application.VerificationRuns;
import org.portverify.domain.metrics.progress.ProgressSettings;
import org.portverify.domain.metrics.progress.RunProgress;

/**
 * Step {@code compute-metrics}: records the ports whose submission is missing, computes and stores every reduction
 * metric of the run (from the pinned versions on a re-verification's re-run), then (in a transaction of its own,
 * reading the metrics as stored) the CAAP progress: standards, trends, QA flags, zero-emission shares. Exit status
 * e.g. {@code METRICS=1440,STANDARDS=24,TRENDS=24,QA_FLAGS=121,ZERO_EMISSION=54}, with {@code ,MISSING=1} when a
 * port's submission is missing.
 */
@Named("computeMetrics")
@Dependent
public class ComputeMetricsBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String reportingYear;

    @Inject
    @BatchProperty
    private String ghgReference1990;

    @Inject
    @BatchProperty
    private String trendWindow;

    @Inject
    @BatchProperty
    private String baselineTolerance;

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

    @Inject
    private CaapProgress progress;

    @Override
    public String process() {
        RunParameters.GhgText ghg = RunParameters.ghgReferenceText(ghgReference1990);
        ProgressSettings settings = RunParameters.progressSettings(ghg, trendWindow, baselineTolerance,
                RunParameters.reportingYear(reportingYear));
        List<Long> pinned = RunParameters.pinnedSubmissions(pinnedSubmissions);
        List<String> missing = runs.recordMissing(job.getExecutionId(), pinned, submissionsDir);
        int metrics = runs.computeMetrics(job.getExecutionId(), pinned);
        RunProgress stored = progress.compute(job.getExecutionId(), settings, ghg.text(), ghg.source());
        return "METRICS=" + metrics + ",STANDARDS=" + stored.standards().size() + ",TRENDS="
                + stored.trends().size() + ",QA_FLAGS=" + stored.qaFlags().size() + ",ZERO_EMISSION="
                + stored.zeroEmissionShares().size() + (missing.isEmpty() ? "" : ",MISSING=" + missing.size());
    }
}
