package org.portverify.interfaces.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.application.Reverifications;
import org.portverify.application.VerificationRuns;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.report.BoardReport;
import org.portverify.domain.run.Reverification;
import org.portverify.domain.run.VerificationRun;
import org.portverify.infrastructure.persistence.RunRepository;

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

    /**
     * JBeret's restart mode (job parameter {@code jberet.restart.mode}): {@code detect} restarts a FAILED or STOPPED
     * execution, and one still marked STARTING/STARTED/STOPPING only when this JVM is not running it (it crashed).
     */
    static final String RESTART_MODE = "jberet.restart.mode";

    private static final int LIST_LIMIT = 500;

    @Inject
    private VerificationRuns verificationRuns;

    @Inject
    private RunRepository runRepository;

    @Inject
    private Reverifications reverifications;

    /** Validates the parameters and starts a run on the server's submissions folder; returns its execution id. */
    public long start(String reportingYear, String asOfDate) {
        return start(reportingYear, asOfDate, ProgressOptions.DEFAULTS, ReportOptions.DEFAULTS);
    }

    /**
     * As {@link #start(String, String)}, with the CAAP progress options and the Board report's conformance and
     * status, validated here so that a bad one is refused (400) before any run starts.
     */
    public long start(String reportingYear, String asOfDate, ProgressOptions options, ReportOptions report) {
        return start(reportingYear, asOfDate, submissionsDir(), options, report);
    }

    /** The server's submissions folder (system property {@value #SUBMISSIONS_DIR_PROPERTY}); PV-4001 without it. */
    public static String submissionsDir() {
        String submissionsDir = System.getProperty(SUBMISSIONS_DIR_PROPERTY);
        if (submissionsDir == null || submissionsDir.isBlank()) {
            throw new RuleViolation(ErrorCode.PARAMETER_INVALID, "submissionsDir",
                    "the server has no system property " + SUBMISSIONS_DIR_PROPERTY);
        }
        return submissionsDir;
    }

    /** Starts a run that reads the ports' packages from {@code submissionsDir}. */
    public long start(String reportingYear, String asOfDate, String submissionsDir) {
        return start(reportingYear, asOfDate, submissionsDir, ProgressOptions.DEFAULTS, ReportOptions.DEFAULTS);
    }

    /**
     * Starts a run that reads the ports' packages from {@code submissionsDir}, with the CAAP progress options and
     * the report's options; each given option is validated now (PV-3012..PV-3014) and passed as a job
     * parameter, so the execution keeps it.
     */
    public long start(String reportingYear, String asOfDate, String submissionsDir, ProgressOptions options,
                      ReportOptions report) {
        return operator().start(ANNUAL_VERIFICATION,
                parameters(reportingYear, asOfDate, submissionsDir, options, report));
    }

    /** As {@link #start(String, String, String)}, with {@code itemCount} records per chunk (default 100). */
    public long startInChunksOf(int itemCount, String reportingYear, String asOfDate, String submissionsDir) {
        Properties parameters = parameters(reportingYear, asOfDate, submissionsDir, ProgressOptions.DEFAULTS,
                ReportOptions.DEFAULTS);
        parameters.setProperty("itemCount", String.valueOf(itemCount));
        return operator().start(ANNUAL_VERIFICATION, parameters);
    }

    private static Properties parameters(String reportingYear, String asOfDate, String submissionsDir,
                                         ProgressOptions options, ReportOptions report) {
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
        parameters.setProperty("reportConformance", report.conformanceParameter());
        parameters.setProperty("reportStatus", report.statusParameter());
        return parameters;
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

    /**
     * Restarts a stopped or failed execution (or one a crash left STARTED, found by {@code detect}) from its last
     * checkpoint; returns the new execution id. Refused (PV-4103) for a completed execution, one that is not the
     * latest of its instance, or one still running here.
     */
    public long restart(long executionId) {
        JobOperator operator = operator();
        JobExecution execution = execution(operator, executionId, INGEST_SUBMISSION, ANNUAL_VERIFICATION);
        Properties parameters = new Properties();
        parameters.setProperty(RESTART_MODE, "detect");
        try {
            return operator.restart(executionId, parameters);
        } catch (JobExecutionAlreadyCompleteException e) {
            throw new RuleViolation(ErrorCode.RESTART_REFUSED, executionId, "it completed");
        } catch (JobExecutionNotMostRecentException e) {
            throw new RuleViolation(ErrorCode.RESTART_REFUSED, executionId,
                    "it is not the latest execution of its job instance; restart the latest");
        } catch (JobRestartException e) {
            throw new RuleViolation(ErrorCode.RESTART_REFUSED, executionId,
                    "it is " + execution.getBatchStatus() + " (" + e.getMessage() + ")");
        }
    }

    /**
     * Re-runs a completed annual-verification on its pinned submission versions, rules version and as-of date,
     * without registering or ingesting anything; when the re-run ends it is compared with the original.
     *
     * @return the re-verification, with the re-run's execution id
     */
    public Reverification reverify(long originalExecutionId, String requestedBy) {
        JobOperator operator = operator();
        JobExecution execution = execution(operator, originalExecutionId, ANNUAL_VERIFICATION);
        if (execution.getBatchStatus() != BatchStatus.COMPLETED) {
            throw new RuleViolation(ErrorCode.REVERIFICATION_REFUSED, originalExecutionId,
                    "it is " + execution.getBatchStatus() + "; only a completed run can be re-verified");
        }
        VerificationRun original = verificationRuns.run(originalExecutionId);
        Reverification reverification = reverifications.request(originalExecutionId, requestedBy);
        // The original's own parameters, so that its CAAP progress settings are the same too.
        Properties originalParameters = Optional.ofNullable(execution.getJobParameters()).orElseGet(Properties::new);
        Properties parameters = parameters(String.valueOf(original.getReportingYear()),
                original.getAsOfDate().toString(), originalParameters.getProperty("submissionsDir", ""),
                new ProgressOptions(originalParameters.getProperty("ghgReference1990"),
                        originalParameters.getProperty("trendWindow"),
                        originalParameters.getProperty("baselineTolerance")),
                ReportOptions.of(originalParameters.getProperty("reportConformance"),
                        originalParameters.getProperty("reportStatus")));
        parameters.setProperty("pinnedSubmissions", original.getSubmissionIds().stream().map(String::valueOf)
                .collect(Collectors.joining(",")));
        if (original.getRulesVersion() != null) {
            parameters.setProperty("rulesVersion", original.getRulesVersion());
        }
        parameters.setProperty("reverifies", String.valueOf(originalExecutionId));
        parameters.setProperty("reverificationId", String.valueOf(reverification.getId()));
        long rerun = operator.start(ANNUAL_VERIFICATION, parameters);
        reverifications.rerunAs(reverification.getId(), rerun);
        return reverifications.find(reverification.getId());
    }

    public RunSummary status(long executionId) {
        JobOperator operator = operator();
        return summary(operator, execution(operator, executionId, ANNUAL_VERIFICATION, INGEST_SUBMISSION));
    }

    /** Every execution the job repository remembers, newest first, each with its steps and report. */
    public List<RunSummary> list() {
        JobOperator operator = operator();
        List<RunSummary> runs = new ArrayList<>();
        try {
            List<JobInstance> instances = operator.getJobInstances(ANNUAL_VERIFICATION, 0, LIST_LIMIT);
            for (JobInstance instance : instances) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    runs.add(summary(operator, execution));
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

    private RunSummary summary(JobOperator operator, JobExecution execution) {
        long executionId = execution.getExecutionId();
        List<StepSummary> steps = new ArrayList<>();
        for (StepExecution step : operator.getStepExecutions(executionId)) {
            Map<String, Long> metrics = new TreeMap<>();
            for (Metric metric : step.getMetrics()) {
                metrics.put(metric.getType().name(), metric.getValue());
            }
            steps.add(new StepSummary(step.getStepExecutionId(), step.getStepName(),
                    step.getBatchStatus().name(), step.getExitStatus(), metrics));
        }
        Properties parameters = execution.getJobParameters();
        Map<String, String> shown = new TreeMap<>();
        if (parameters != null) {
            parameters.stringPropertyNames().forEach(name -> shown.put(name, parameters.getProperty(name)));
        }
        String year = shown.get("reportingYear");
        Optional<VerificationRun> run = ANNUAL_VERIFICATION.equals(execution.getJobName())
                ? runRepository.find(executionId) : Optional.empty();
        Optional<BoardReport> report = run.isPresent() ? runRepository.report(executionId) : Optional.empty();
        return new RunSummary(executionId, execution.getJobName(),
                execution.getBatchStatus().name(), execution.getExitStatus(),
                year == null ? null : Integer.valueOf(year), shown.get("asOfDate"),
                iso(execution.getStartTime()), iso(execution.getEndTime()), shown, steps,
                report.map(BoardReport::getPdfSha256).orElse(null),
                report.map(BoardReport::getDataSha256).orElse(null),
                run.map(VerificationRun::getMissingSubmissions).orElse(List.of()),
                run.map(VerificationRun::getReverifiesExecutionId).orElse(null),
                progress(execution.getBatchStatus(), steps));
    }

    /** Items so far, summed over the steps' metrics; only while the execution runs. */
    static RunProgress progress(BatchStatus status, List<StepSummary> steps) {
        if (status != BatchStatus.STARTING && status != BatchStatus.STARTED && status != BatchStatus.STOPPING) {
            return null;
        }
        String current = steps.isEmpty() ? null : steps.get(steps.size() - 1).name();
        return new RunProgress(current, sum(steps, "READ_COUNT"), sum(steps, "WRITE_COUNT"),
                sum(steps, "PROCESS_SKIP_COUNT") + sum(steps, "READ_SKIP_COUNT") + sum(steps, "WRITE_SKIP_COUNT"));
    }

    private static long sum(List<StepSummary> steps, String metric) {
        return steps.stream().mapToLong(s -> s.metrics().getOrDefault(metric, 0L)).sum();
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
