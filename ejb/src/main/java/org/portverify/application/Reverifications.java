package org.portverify.application;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.portverify.domain.agreement.compliance.ComplianceItem;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;
import org.portverify.domain.report.BoardReport;
import org.portverify.domain.run.Difference;
import org.portverify.domain.run.FigureComparison;
import org.portverify.domain.run.FigureComparison.RunFigures;
import org.portverify.domain.run.Reverification;
import org.portverify.domain.run.VerificationRun;
import org.portverify.domain.metrics.progress.QaFlagRecord;
import org.portverify.domain.metrics.progress.SeriesTrendRecord;
import org.portverify.domain.metrics.progress.StandardProgressRecord;
import org.portverify.domain.metrics.progress.ZeroEmissionShareRecord;
import org.portverify.infrastructure.persistence.OpinionRepository;
import org.portverify.infrastructure.persistence.ProgressRepository;
import org.portverify.infrastructure.persistence.RunRepository;

/**
 * Auditors' re-verifications: the request, and once the re-run has ended, the comparison of everything it stored
 * with what the original stored ({@link FigureComparison}).
 */
@Stateless
public class Reverifications {

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    @Inject
    private VerificationRuns verificationRuns;

    @Inject
    private RunRepository runs;

    @Inject
    private OpinionRepository opinions;

    @Inject
    private ComplianceReview compliance;

    @Inject
    private ProgressRepository progress;

    /**
     * Records the request, committed at once so that the re-run (started next, in its own thread) finds it.
     * Refused (PV-4105) for a re-run itself and for a run that pinned no inputs.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Reverification request(long originalExecutionId, String requestedBy) {
        VerificationRun original = verificationRuns.run(originalExecutionId);
        if (original.getReverifiesExecutionId() != null) {
            throw new RuleViolation(ErrorCode.REVERIFICATION_REFUSED, originalExecutionId,
                    "it is itself the re-run of execution " + original.getReverifiesExecutionId());
        }
        if (original.getSubmissionIds().isEmpty()) {
            throw new RuleViolation(ErrorCode.REVERIFICATION_REFUSED, originalExecutionId,
                    "it pinned no submission (it never computed its metrics)");
        }
        Reverification reverification = new Reverification(originalExecutionId, requestedBy, Instant.now());
        em.persist(reverification);
        return reverification;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void rerunAs(long reverificationId, long rerunExecutionId) {
        // Only this column: a quick re-run may already have recorded its outcome, which a whole-row update would undo.
        em.createQuery("update Reverification r set r.rerunExecutionId = :rerun where r.id = :id")
                .setParameter("rerun", rerunExecutionId).setParameter("id", reverificationId).executeUpdate();
    }

    /** Compares the re-run with the original and records MATCH or MISMATCH with every difference. */
    public Reverification compare(long reverificationId, long rerunExecutionId) {
        Reverification reverification = find(reverificationId);
        reverification.rerunAs(rerunExecutionId);
        List<Difference> differences = FigureComparison.compare(figures(reverification.getOriginalExecutionId()),
                figures(rerunExecutionId));
        reverification.compared(differences, Instant.now());
        return reverification;
    }

    /** The re-run did not complete. */
    public void failed(long reverificationId, long rerunExecutionId, String batchStatus) {
        Reverification reverification = find(reverificationId);
        reverification.rerunAs(rerunExecutionId);
        reverification.failed(ErrorCode.REVERIFICATION_FAILED.message(rerunExecutionId, batchStatus), Instant.now());
    }

    /** The re-verifications of a run, newest first. */
    public List<Reverification> of(long originalExecutionId) {
        verificationRuns.run(originalExecutionId);
        return em.createQuery("select r from Reverification r where r.originalExecutionId = :id order by r.id desc",
                Reverification.class).setParameter("id", originalExecutionId).getResultList();
    }

    public Reverification find(long reverificationId) {
        return Optional.ofNullable(em.find(Reverification.class, reverificationId))
                .orElseThrow(() -> new IllegalStateException("No re-verification " + reverificationId));
    }

    private RunFigures figures(long executionId) {
        Map<Port, List<ComplianceItem>> statuses = new EnumMap<>(Port.class);
        for (Port port : Port.values()) {
            statuses.put(port, compliance.statuses(executionId, port));
        }
        Optional<BoardReport> report = runs.report(executionId);
        Map<String, List<?>> stored = new LinkedHashMap<>();
        stored.put("standard", progress.standards(executionId).stream().map(StandardProgressRecord::toProgress).toList());
        stored.put("trend", progress.trends(executionId).stream().map(SeriesTrendRecord::toSeriesTrend).toList());
        stored.put("QA flag", progress.qaFlags(executionId).stream().map(QaFlagRecord::toFlag).toList());
        stored.put("zero-emission share", progress.zeroEmissionShares(executionId).stream()
                .map(ZeroEmissionShareRecord::toShare).toList());
        stored.put("opinion", opinions.opinions(executionId).stream().map(o -> o.getPort() + " " + o.formed())
                .toList());
        // each claim with both numbers: a claim confirmed once and within rounding now is a difference too
        stored.put("claim", opinions.checkedClaims(executionId).stream().map(c -> c.getPort() + " "
                + c.described() + ": " + c.comparison()).toList());
        return new RunFigures(runs.metrics(executionId), statuses,
                report.map(BoardReport::getDataSha256).orElse(null), report.map(BoardReport::getPdfSha256).orElse(null),
                stored);
    }
}
