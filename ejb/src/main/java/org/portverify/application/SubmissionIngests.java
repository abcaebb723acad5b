package org.portverify.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.run.RunSettings;
import org.portverify.domain.submission.IngestState;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.SubmissionStatus;
import org.portverify.infrastructure.persistence.IngestClaims;
import org.portverify.infrastructure.persistence.IngestClaims.Claim;
import org.portverify.infrastructure.persistence.SubmissionRepository;

/**
 * One ingest per version at a time, guarded in the database: who may ingest a RECEIVED version, and what becomes of
 * it when its ingest ends without closing it. Each change of the claim commits on its own ({@link IngestClaims})
 * before the job is launched or read, so that of two callers racing for a version (a port uploading the same bytes
 * again, an administrator restarting the failed execution) exactly one goes on; the other is told who holds it
 * (PV-4109). A failure of the server's side interrupts the ingest and keeps what it stored, to be continued; a fault
 * of the port's package (a limit, a rule) rejects the version, as the port must correct it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubmissionIngests {

    private static final Logger LOG = Logger.getLogger(SubmissionIngests.class.getName());

    @Inject
    private IngestClaims claims;

    @Inject
    private SubmissionRepository submissions;

    @Inject
    private ErrorTolerances tolerances;

    @Inject
    private SubmissionIntake intake;

    @EJB
    private RunLauncher launcher;

    /**
     * What a second upload of the same bytes did: continued the version's ingest ({@code started}, with the new
     * execution) or found it in progress (the execution that holds it, if one does yet).
     */
    public record Resumption(boolean started, Long executionId, String message) {
    }

    /**
     * The listener of an ingest execution takes its version before reading anything: the launch must have claimed
     * it for this execution (a new job) or for the execution it restarts ({@code previous}); otherwise PV-4109 and
     * the execution reads nothing. A version already closed is not claimed: the execution (a restart the job
     * operator was asked for directly) finds nothing to ingest and completes with NONE.
     */
    public void claimFor(long executionId, long submissionId, Optional<Long> previous) {
        Submission submission = version(submissionId);
        if (submission.getStatus() != SubmissionStatus.RECEIVED) {
            LOG.info(() -> "Execution " + executionId + ": version " + submission.getVersion() + " is already "
                    + submission.getStatus() + ", nothing to ingest");
            return;
        }
        long skipLimit = tolerances.skipLimitOf(submission.getReportingYear());
        if (claims.run(submissionId, executionId, previous, skipLimit) != 1) {
            throw refused(submissionId, executionId);
        }
    }

    /**
     * An administrator restarts a failed (or stopped) ingest execution: it continues from its checkpoint if it
     * still holds its version, INTERRUPTED; otherwise 409, PV-4109 naming the holder (PV-4103 once the version is
     * closed). Returns the new execution.
     */
    public long restart(long failedExecutionId) {
        long submissionId = launcher.ingestedVersion(failedExecutionId).orElseThrow(() -> new RuleViolation(
                ErrorCode.RESTART_REFUSED, failedExecutionId, "it is not an ingest of a submission"));
        return restart(submissionId, failedExecutionId);
    }

    private long restart(long submissionId, long failedExecutionId) {
        if (claims.relaunch(submissionId, failedExecutionId) != 1) {
            throw refused(submissionId, failedExecutionId);
        }
        try {
            return launcher.restart(failedExecutionId);
        } catch (RuntimeException e) {
            claims.launchFailed(submissionId);
            throw e;
        }
    }

    /**
     * The same bytes uploaded again while their version is RECEIVED: an ingest in progress is left alone; an
     * interrupted one is continued by restarting its execution, keeping what it stored; a version no ingest execution
     * can continue (none held it, or an annual run did) gets a new ingest job.
     */
    public Resumption resume(long submissionId) {
        Claim claim = claims.of(submissionId).orElseThrow();
        if (claim.state() == IngestState.LAUNCHING || claim.state() == IngestState.RUNNING) {
            return inProgress(submissionId, claim);
        }
        Long holder = claim.executionId();
        try {
            if (holder != null && launcher.ingestedVersion(holder).filter(id -> id == submissionId).isPresent()) {
                long restarted = restart(submissionId, holder);
                return new Resumption(true, restarted, "Version " + version(submissionId).getVersion()
                        + ": its interrupted ingest (execution " + holder + ") continues as execution " + restarted);
            }
            if (claims.launchAnew(submissionId, holder) != 1) {
                throw refused(submissionId, holder);
            }
        } catch (RuleViolation lost) {
            if (lost.code() != ErrorCode.INGEST_CLAIMED) {
                throw lost;
            }
            // Someone else (an administrator's restart, another upload) claimed it first: that one goes on.
            return inProgress(submissionId, claims.of(submissionId).orElseThrow());
        }
        long started = launch(submissionId);
        return new Resumption(true, started, "Version " + version(submissionId).getVersion()
                + ": its unfinished ingest continues as execution " + started);
    }

    /** Starts the ingest job of a version whose claim is LAUNCHING (an upload); the claim is released if it throws. */
    public long launch(long submissionId) {
        try {
            return launcher.startIngest(submissionId, RunSettings.DEFAULT_ITEM_COUNT);
        } catch (RuntimeException e) {
            claims.launchFailed(submissionId);
            throw e;
        }
    }

    private Resumption inProgress(long submissionId, Claim claim) {
        return new Resumption(false, claim.executionId(), "Version " + version(submissionId).getVersion()
                + " is being ingested" + (claim.executionId() == null ? "" : " by execution " + claim.executionId())
                + " (" + claim.state() + "): follow it there");
    }

    /**
     * {@code executionId} ended without closing its versions: a fault of the port's package ({@code cause} a rule
     * or limit, not a server failure) rejects them as today; anything else (a server failure, a stop, an end the
     * job did not report) interrupts them, keeping what was stored, to be continued by a restart or a re-upload.
     *
     * @return {@code PORT vN=REJECTED} or {@code PORT vN=INTERRUPTED} for each version; empty when none was open
     */
    public List<String> ended(long executionId, Throwable cause) {
        Optional<RuleViolation> portsFault = portsFault(cause);
        if (portsFault.isPresent()) {
            return intake.ingestFailed(executionId, portsFault.get());
        }
        List<String> open = intake.ingestsOf(executionId);
        if (claims.interrupt(executionId) > 0) {
            LOG.log(Level.WARNING, ErrorCode.INGEST_FAILED.message(cause == null ? "the job ended unfinished"
                    : describe(cause)) + " (execution " + executionId + ", " + open + ")", cause);
            return open.stream().map(v -> v + "=INTERRUPTED").toList();
        }
        return List.of();
    }

    /** At startup, after crash recovery marked {@code markedFailed} FAILED: their claims, and stale launches. */
    public int interruptedAtStartup(List<Long> markedFailed, Instant processStart) {
        int interrupted = claims.interruptedAtStartup(markedFailed, processStart);
        if (interrupted > 0) {
            LOG.warning(() -> interrupted + " ingest(s) interrupted by the server's stop; restart their execution, or"
                    + " upload the same package again, to continue them");
        }
        return interrupted;
    }

    /** The rule or limit of the package that stopped the reading, wherever it is wrapped; none for a server failure. */
    static Optional<RuleViolation> portsFault(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation violation) {
                return violation.code().isServerFailure() ? Optional.empty() : Optional.of(violation);
            }
        }
        return Optional.empty();
    }

    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root instanceof RuleViolation violation ? violation.code().code()
                : "the server stopped on " + root.getClass().getSimpleName();
    }

    private RuleViolation refused(long submissionId, Long executionId) {
        Submission submission = version(submissionId);
        if (submission.getStatus() != SubmissionStatus.RECEIVED) {
            return new RuleViolation(ErrorCode.RESTART_REFUSED, executionId == null ? -1 : executionId,
                    "version " + submission.getVersion() + " is " + submission.getStatus());
        }
        Claim claim = claims.of(submissionId).orElseThrow();
        return new RuleViolation(ErrorCode.INGEST_CLAIMED, submission.getVersion(), submission.getPort(),
                submission.getReportingYear(), claim.executionId() == null ? "none yet" : claim.executionId(),
                claim.state());
    }

    private Submission version(long submissionId) {
        return Optional.ofNullable(submissions.find(submissionId)).orElseThrow(() -> new IllegalStateException(
                "no submission " + submissionId));
    }
}
