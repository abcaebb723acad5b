package org.portverify.interfaces.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.application.SubmissionHistory;
import org.portverify.application.SubmissionHistory.IngestedVersion;
import org.portverify.domain.report.BoardReport;
import org.portverify.domain.run.VerificationRun;
import org.portverify.infrastructure.persistence.RunRepository;

/**
 * The history of the verification runs and ingests as the API shows it: what the job repository knows of each
 * execution (status, steps, metrics) with what its run record keeps (report digests, missing submissions, the run it
 * re-verifies). Read only.
 */
@Stateless
public class RunHistory {

    private static final int LIST_LIMIT = 500;

    @Inject
    private RunRepository runRepository;

    @Inject
    private SubmissionHistory submissions;

    public RunSummary status(long executionId) {
        JobOperator operator = JobLauncher.operator();
        return summary(operator, JobLauncher.execution(operator, executionId));
    }

    /**
     * Every verification run, re-run and ingest the job repository remembers, newest first, with its steps and
     * report, or for an ingest the version it ingests (so that an administrator finds a failed one to restart).
     */
    public List<RunSummary> list() {
        JobOperator operator = JobLauncher.operator();
        List<RunSummary> runs = new ArrayList<>();
        for (String job : JobLauncher.JOBS) {
            try {
                for (JobInstance instance : operator.getJobInstances(job, 0, LIST_LIMIT)) {
                    for (JobExecution execution : operator.getJobExecutions(instance)) {
                        runs.add(summary(operator, execution));
                    }
                }
            } catch (NoSuchJobException e) {
                // no execution of that job yet
            }
        }
        runs.sort(Comparator.comparingLong(RunSummary::executionId).reversed());
        return runs;
    }

    private RunSummary summary(JobOperator operator, JobExecution execution) {
        long executionId = execution.getExecutionId();
        List<StepSummary> steps = new ArrayList<>();
        for (StepExecution step : operator.getStepExecutions(executionId)) {
            Map<String, Long> metrics = new TreeMap<>();
            for (Metric metric : step.getMetrics()) {
                metrics.put(metric.getType().name(), metric.getValue());
            }
            steps.add(new StepSummary(step.getStepExecutionId(), step.getStepName(),
                    step.getBatchStatus().name(), step.getExitStatus(), metrics, iso(step.getStartTime()),
                    iso(step.getEndTime())));
        }
        Properties parameters = execution.getJobParameters();
        Map<String, String> shown = new TreeMap<>();
        if (parameters != null) {
            parameters.stringPropertyNames().forEach(name -> shown.put(name, parameters.getProperty(name)));
        }
        boolean ingest = JobLauncher.INGEST_SUBMISSION.equals(execution.getJobName());
        Optional<VerificationRun> run = ingest ? Optional.empty() : runRepository.find(executionId);
        String submissionId = shown.get(RunSettingsParameters.SUBMISSION_ID);
        IngestedVersion submission = ingest && submissionId != null
                ? submissions.ingested(Long.parseLong(submissionId)).orElse(null) : null;
        Optional<BoardReport> report = run.isPresent() ? runRepository.report(executionId) : Optional.empty();
        String year = shown.get(RunSettingsParameters.REPORTING_YEAR);
        return new RunSummary(executionId, execution.getJobName(),
                execution.getBatchStatus().name(), execution.getExitStatus(),
                run.map(VerificationRun::getReportingYear).orElse(year == null ? null : Integer.valueOf(year)),
                run.map(r -> r.getAsOfDate().toString()).orElse(shown.get(RunSettingsParameters.AS_OF_DATE)),
                iso(execution.getStartTime()), iso(execution.getEndTime()), shown, steps,
                report.map(BoardReport::getPdfSha256).orElse(null),
                report.map(BoardReport::getDataSha256).orElse(null),
                run.map(VerificationRun::getMissingSubmissions).orElse(List.of()),
                run.map(VerificationRun::getReverifiesExecutionId).orElse(null),
                progress(execution.getBatchStatus(), steps), submission);
    }

    /** Items so far, summed over the steps' metrics; only while the execution runs. */
    static ExecutionProgress progress(BatchStatus status, List<StepSummary> steps) {
        if (status != BatchStatus.STARTING && status != BatchStatus.STARTED && status != BatchStatus.STOPPING) {
            return null;
        }
        String current = steps.isEmpty() ? null : steps.get(steps.size() - 1).name();
        return new ExecutionProgress(current, sum(steps, "READ_COUNT"), sum(steps, "WRITE_COUNT"),
                sum(steps, "FILTER_COUNT"));
    }

    private static long sum(List<StepSummary> steps, String metric) {
        return steps.stream().mapToLong(s -> s.metrics().getOrDefault(metric, 0L)).sum();
    }

    private static String iso(Date date) {
        return date == null ? null : date.toInstant().toString();
    }
}
