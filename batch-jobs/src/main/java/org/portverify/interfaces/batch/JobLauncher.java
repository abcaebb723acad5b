package org.portverify.interfaces.batch;

import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;

import org.portverify.application.RunLauncher;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.run.RunSettings;

/**
 * Starts, stops and restarts the jobs. Lives beside the job XML so that the job operator resolves the jobs and
 * artifacts of this module; the use cases ({@code application}) decide what to start.
 */
@Stateless
@LocalBean
@Local(RunLauncher.class)
public class JobLauncher implements RunLauncher {

    public static final String ANNUAL_VERIFICATION = "annual-verification";
    public static final String REVERIFICATION = "reverification";
    public static final String INGEST_SUBMISSION = "ingest-submission";

    static final List<String> JOBS = List.of(ANNUAL_VERIFICATION, REVERIFICATION, INGEST_SUBMISSION);

    /**
     * JBeret's restart mode (job parameter {@code jberet.restart.mode}): {@code detect} restarts a FAILED or STOPPED
     * execution, and one still marked STARTING/STARTED/STOPPING only when this JVM is not running it (it crashed).
     */
    static final String RESTART_MODE = "jberet.restart.mode";

    @Override
    public long startVerification(RunSettings settings) {
        return operator().start(settings.isReverification() ? REVERIFICATION : ANNUAL_VERIFICATION,
                RunSettingsParameters.of(settings));
    }

    @Override
    public long startIngest(long submissionId, int itemCount) {
        return operator().start(INGEST_SUBMISSION, RunSettingsParameters.ingest(submissionId, itemCount));
    }

    @Override
    public String batchStatus(long executionId) {
        return execution(operator(), executionId).getBatchStatus().name();
    }

    /** Asks a running execution to stop after its current chunk; it can then be restarted from its checkpoint. */
    public void stop(long executionId) {
        JobOperator operator = operator();
        execution(operator, executionId);
        operator.stop(executionId);
    }

    /**
     * Restarts a stopped or failed execution (or one a crash left STARTED, found by {@code detect}) from its last
     * checkpoint; returns the new execution id. Refused (PV-4103) for a completed execution, one that is not the
     * latest of its instance, or one still running here. An ingest's restart goes through
     * {@code SubmissionIngests.restart}, which claims its version first; called here directly, its listener finds
     * the version unclaimed and the execution reads nothing (PV-4109; NONE when the version is already closed).
     */
    @Override
    public long restart(long executionId) {
        JobOperator operator = operator();
        JobExecution execution = execution(operator, executionId);
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

    @Override
    public Optional<Long> ingestedVersion(long executionId) {
        JobOperator operator = operator();
        JobExecution execution = execution(operator, executionId);
        if (!INGEST_SUBMISSION.equals(execution.getJobName()) || execution.getJobParameters() == null) {
            return Optional.empty();
        }
        return Optional.of(RunSettingsParameters.submissionId(execution.getJobParameters()));
    }

    /** An execution of one of this application's jobs; PV-4004 otherwise. */
    static JobExecution execution(JobOperator operator, long executionId) {
        try {
            JobExecution execution = operator.getJobExecution(executionId);
            if (execution == null || !JOBS.contains(execution.getJobName())) {
                throw new RuleViolation(ErrorCode.EXECUTION_NOT_FOUND, executionId);
            }
            return execution;
        } catch (NoSuchJobExecutionException e) {
            throw new RuleViolation(ErrorCode.EXECUTION_NOT_FOUND, executionId);
        }
    }

    static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
