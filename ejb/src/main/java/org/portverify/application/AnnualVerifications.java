package org.portverify.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.portverify.domain.audit.AuditAction;
import org.portverify.domain.run.RunSettings;
import org.portverify.infrastructure.ServerSettings;

/**
 * Starts and restarts the annual verification of a reporting year, asked for by an administrator or by the schedule:
 * the request is validated and resolved into the run's settings here, once, with the server's settings of now; the
 * run records them and never reads the server's settings again. Each start and restart is on the audit trail.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnnualVerifications {

    @EJB
    private RunLauncher launcher;

    @EJB
    private ErrorTolerances tolerances;

    @EJB
    private SubmissionIngests ingests;

    @EJB
    private AuditTrail audit;

    /** Starts a run; a bad setting is refused (PV-4001, PV-3012..PV-3014) before anything starts. */
    public long start(String startedBy, RunSettings.Request request) {
        RunSettings settings = RunSettings.resolve(request, ServerSettings.runDefaults(), tolerances::skipLimitOf);
        long executionId = launcher.startVerification(settings);
        audit.record(startedBy, AuditAction.RUN_STARTED, "run", executionId,
                "annual verification of " + settings.reportingYear() + " as of " + settings.asOfDate() + ", report "
                        + settings.reportStatus() + ", tolerance " + settings.skipLimit());
        return executionId;
    }

    /**
     * Restarts a failed or stopped execution from its checkpoint: an ingest through {@link SubmissionIngests#restart}
     * (which claims its version first, PV-4109), any other job through the launcher (PV-4103 when refused).
     */
    public long restart(String restartedBy, long executionId) {
        long restarted = launcher.ingestedVersion(executionId).isPresent() ? ingests.restart(executionId)
                : launcher.restart(executionId);
        audit.record(restartedBy, AuditAction.RUN_RESTARTED, "run", executionId, "restarted as " + restarted);
        return restarted;
    }
}
