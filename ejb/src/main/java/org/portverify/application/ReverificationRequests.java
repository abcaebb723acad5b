package org.portverify.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.portverify.domain.audit.AuditAction;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.run.Reverification;
import org.portverify.domain.run.RunSettings;
import org.portverify.domain.run.VerificationRun;

/**
 * An auditor asks to re-verify a completed run: the re-run takes the settings the original recorded (never the
 * server's settings of today), its pinned submission versions and its rules version, and when it ends it is
 * compared with the original ({@link Reverifications}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReverificationRequests {

    @EJB
    private RunLauncher launcher;

    @Inject
    private VerificationRuns runs;

    @Inject
    private Reverifications reverifications;

    @Inject
    private AuditTrail audit;

    /**
     * Records the request and starts the re-run; PV-4004 for an unknown execution, PV-4105 for one that did not
     * complete, a re-run itself, or a run that pinned nothing.
     *
     * @return the re-verification, with the re-run's execution id
     */
    public Reverification request(long originalExecutionId, String requestedBy) {
        String status = launcher.batchStatus(originalExecutionId);
        if (!"COMPLETED".equals(status)) {
            throw new RuleViolation(ErrorCode.REVERIFICATION_REFUSED, originalExecutionId,
                    "it is " + status + "; only a completed run can be re-verified");
        }
        VerificationRun original = runs.run(originalExecutionId);
        Reverification reverification = reverifications.request(originalExecutionId, requestedBy);
        RunSettings rerun = original.settings().reverifiedBy(originalExecutionId, reverification.getId(),
                original.getSubmissionIds(), original.getRulesVersion());
        long rerunExecutionId = launcher.startVerification(rerun);
        reverifications.rerunAs(reverification.getId(), rerunExecutionId);
        audit.record(requestedBy, AuditAction.REVERIFICATION_REQUESTED, "run", originalExecutionId,
                "re-verification " + reverification.getId() + ", re-run " + rerunExecutionId);
        return reverifications.find(reverification.getId());
    }
}
