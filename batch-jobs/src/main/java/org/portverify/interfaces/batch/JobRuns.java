package org.portverify.interfaces.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/**
 * Starts and inspects {@code annual-verification} executions. Lives beside the job XML so that the job operator
 * resolves the jobs and artifacts of this module.
 */
@Stateless
public class JobRuns {

    public static final String ANNUAL_VERIFICATION = "annual-verification";
    public static final String INGEST_SUBMISSION = "ingest-submission";

    /** Where the ports' packages are read from unless a run names another folder. */
    public static final String SUBMISSIONS_DIR_PROPERTY = "portverify.submissions.dir";

    private static final int LIST_LIMIT = 500;

    /** Validates the parameters and starts a run on the server's submissions folder; returns its execution id. */
    public long start(String reportingYear, String asOfDate) {
        return start(reportingYear, asOfDate, ProgressOptions.DEFAULTS);
    }

    /** As {@link #start(String, String)}, with the CAAP progress options (validated here: 400 before a start). */
    public long start(String reportingYear, String asOfDate, ProgressOptions options) {
        String submissionsDir = System.getProperty(SUBMISSIONS_DIR_PROPERTY);
        if (submissionsDir == null || submissionsDir.isBlank()) {
            throw new RuleViolation(ErrorCode.PARAMETER_INVALID, "submissionsDir",
                    "the server has no system property " + SUBMISSIONS_DIR_PROPERTY);
        }
        return start(reportingYear, asOfDate, submissionsDir, options);
    }

    /** Starts a run that reads the ports' packages from {@code submissionsDir}. */
    public long start(String reportingYear, String asOfDate, String submissionsDir) {
        return start(reportingYear, asOfDate, submissionsDir, ProgressOptions.DEFAULTS);
    }

    /**
     * Starts a run that reads the ports' packages from {@code submissionsDir}, with the CAAP progress options; each
     * given option is validated now (PV-3012..PV-3014) and passed as a job parameter, so the execution keeps it.
     */
    public long start(String reportingYear, String asOfDate, String submissionsDir, ProgressOptions options) {
        int year = RunParameters.reportingYear(reportingYear);
        LocalDate asOf = RunParameters.asOfDate(asOfDate, year);
        Properties parameters = new Properties();
        parameters.setProperty("reportingYear", String.valueOf(year));
        parameters.setProperty("asOfDate", asOf.toString());
        parameters.setProperty("submissionsDir", submissionsDir);
        RunParameters.progressSettings(RunParameters.ghgReferenceText(options.ghgReference1990()),
                options.trendWindow(), options.baselineTolerance(), year);
        setIfGiven(parameters, "ghgReference1990", options.ghgReference1990());
        setIfGiven(parameters, "trendWindow", options.trendWindow());
        setIfGiven(parameters, "baselineTolerance", options.baselineTolerance());
        return operator().start(ANNUAL_VERIFICATION, parameters);
    }

    /** Starts ingest-submission for a RECEIVED submission; returns its execution id. */
    public long ingest(long submissionId, int reportingYear, String skipLimit) {
        return ingest(submissionId, reportingYear, skipLimit, null);
    }

    /** As {@link #ingest(long, int, String)}, with {@code itemCount} records per chunk (default 100). */
    public long ingest(long submissionId, int reportingYear, String skipLimit, Integer itemCount) {
        Properties parameters = new Properties();
        if (itemCount != null) {
            parameters.setProperty("itemCount", String.valueOf(itemCount));
        }
        parameters.setProperty("submissionId", String.valueOf(submissionId));
        parameters.setProperty("reportingYear", String.valueOf(reportingYear));
        parameters.setProperty("skipLimit", String.valueOf(RunParameters.skipLimit(skipLimit)));
        return operator().start(INGEST_SUBMISSION, parameters);
    }

    /** Asks a running execution to stop after its current chunk; it can then be restarted from its checkpoint. */
    public void stop(long executionId) {
        JobOperator operator = operator();
        execution(operator, executionId, INGEST_SUBMISSION, ANNUAL_VERIFICATION);
        operator.stop(executionId);
    }

    /** Restarts a stopped or failed execution from its last checkpoint; returns the new execution id. */
    public long restart(long executionId) {
        JobOperator operator = operator();
        execution(operator, executionId, INGEST_SUBMISSION, ANNUAL_VERIFICATION);
        return operator.restart(executionId, new Properties());
    }

    public RunSummary status(long executionId) {
        JobOperator operator = operator();
        JobExecution execution = execution(operator, executionId, ANNUAL_VERIFICATION, INGEST_SUBMISSION);
        List<StepSummary> steps = new ArrayList<>();
        for (StepExecution step : operator.getStepExecutions(executionId)) {
            Map<String, Long> metrics = new TreeMap<>();
            for (Metric metric : step.getMetrics()) {
                metrics.put(metric.getType().name(), metric.getValue());
            }
            steps.add(new StepSummary(step.getStepExecutionId(), step.getStepName(),
                    step.getBatchStatus().name(), step.getExitStatus(), metrics));
        }
        return summary(execution, steps);
    }

    /** Every execution the job repository remembers, newest first. */
    public List<RunSummary> list() {
        JobOperator operator = operator();
        List<RunSummary> runs = new ArrayList<>();
        try {
            List<JobInstance> instances = operator.getJobInstances(ANNUAL_VERIFICATION, 0, LIST_LIMIT);
            for (JobInstance instance : instances) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    runs.add(summary(execution, List.of()));
                }
            }
        } catch (NoSuchJobException e) {
            return List.of();
        }
        runs.sort(Comparator.comparingLong(RunSummary::executionId).reversed());
        return runs;
    }

    private static JobExecution execution(JobOperator operator, long executionId, String... jobs) {
        try {
            JobExecution execution = operator.getJobExecution(executionId);
            if (execution == null || !List.of(jobs).contains(execution.getJobName())) {
                throw new RuleViolation(ErrorCode.EXECUTION_NOT_FOUND, executionId);
            }
            return execution;
        } catch (NoSuchJobExecutionException e) {
            throw new RuleViolation(ErrorCode.EXECUTION_NOT_FOUND, executionId);
        }
    }

    private static RunSummary summary(JobExecution execution, List<StepSummary> steps) {
        Properties parameters = execution.getJobParameters();
        String year = parameters == null ? null : parameters.getProperty("reportingYear");
        return new RunSummary(execution.getExecutionId(), execution.getJobName(),
                execution.getBatchStatus().name(), execution.getExitStatus(),
                year == null ? null : Integer.valueOf(year),
                parameters == null ? null : parameters.getProperty("asOfDate"),
                iso(execution.getStartTime()), iso(execution.getEndTime()), steps);
    }

    private static void setIfGiven(Properties parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.setProperty(name, value.strip());
        }
    }

    private static String iso(Date date) {
        return date == null ? null : date.toInstant().toString();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
