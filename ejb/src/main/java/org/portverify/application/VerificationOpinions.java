package org.portverify.application;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.model.Port;
import org.portverify.domain.run.VerificationRun;
import org.portverify.domain.submission.ClaimedFigure;
import org.portverify.domain.submission.Finding;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.ValidationFinding;
import org.portverify.domain.verification.CheckedClaim;
import org.portverify.domain.verification.Claim;
import org.portverify.domain.verification.ClaimComparison;
import org.portverify.domain.verification.Materiality;
import org.portverify.domain.verification.OpinionEvidence;
import org.portverify.domain.verification.OpinionReason;
import org.portverify.domain.verification.PortOpinion;
import org.portverify.domain.verification.VerificationOpinion;
import org.portverify.infrastructure.persistence.OpinionRepository;
import org.portverify.infrastructure.persistence.RunRepository;
import org.portverify.infrastructure.persistence.SubmissionRepository;

/**
 * The verification opinion of a run, per port (issue 15): whether the port's package was there and on time, whether
 * its figures hold together and whether its claims follow from them, weighed by {@link OpinionEvidence}; stored with
 * the run, which the report prints and a re-verification compares.
 */
@Stateless
public class VerificationOpinions {

    @Inject
    private VerificationRuns verificationRuns;

    @Inject
    private SubmissionRepository submissions;

    @Inject
    private OpinionRepository opinions;

    @Inject
    private RunRepository runs;

    /** Forms and stores both ports' opinions; repeating it for the same run replaces them (a restarted step). */
    public Map<Port, VerificationOpinion> form(long executionId) {
        VerificationRun run = verificationRuns.run(executionId);
        List<Submission> inputs = verificationRuns.inputs(executionId);
        Materiality materiality = run.settings().materiality();
        List<ReductionMetric> metrics = runs.metrics(executionId);
        opinions.deleteAll(executionId);
        Map<Port, VerificationOpinion> formed = new EnumMap<>(Port.class);
        for (Port port : Port.values()) {
            Optional<Submission> input = inputs.stream().filter(s -> s.getPort() == port).findFirst();
            List<Finding> findings = new ArrayList<>();
            List<OpinionReason> claimReasons = new ArrayList<>();
            input.ifPresent(s -> {
                submissions.findings(s.getId()).stream().map(ValidationFinding::finding).forEach(findings::add);
                claimReasons.addAll(checkClaims(executionId, port, s, metrics, materiality));
            });
            VerificationOpinion opinion = VerificationOpinion.form(OpinionEvidence.reasons(port,
                    run.getReportingYear(), input, findings, run.submissionDeadline(), claimReasons));
            opinions.add(new PortOpinion(executionId, port, opinion));
            formed.put(port, opinion);
        }
        return formed;
    }

    /**
     * Recomputes each claim of the port's package from the run's metrics, keeps the outcome with both numbers, and
     * answers the reasons the opinion takes from them (a misstated claim, one that cannot be recomputed).
     */
    private List<OpinionReason> checkClaims(long executionId, Port port, Submission input,
                                            List<ReductionMetric> metrics, Materiality materiality) {
        List<OpinionReason> reasons = new ArrayList<>();
        for (ClaimedFigure stated : submissions.claims(input.getId())) {
            Claim claim = Claim.of(stated, port);
            ClaimComparison comparison = claim.compare(metrics, materiality);
            CheckedClaim checked = new CheckedClaim(executionId, port, stated, claim, comparison);
            opinions.add(checked);
            OpinionReason.reasonFor(checked.described(), claim.measure(), comparison, materiality)
                    .ifPresent(reasons::add);
        }
        return reasons;
    }

    /** The claims a run checked, each port's in the order of its claims.csv; none for a run without claims. */
    public List<CheckedClaim> checkedClaims(long executionId) {
        verificationRuns.run(executionId);
        return opinions.checkedClaims(executionId);
    }

    /** The materiality the run compares claims at, as recorded on it. */
    public Materiality materiality(long executionId) {
        return verificationRuns.run(executionId).settings().materiality();
    }

    /** The opinions a run gave, in port order; none for a run from before opinions were formed. */
    public Map<Port, VerificationOpinion> of(long executionId) {
        verificationRuns.run(executionId);
        Map<Port, VerificationOpinion> stored = new EnumMap<>(Port.class);
        opinions.opinions(executionId).forEach(o -> stored.put(o.getPort(), o.formed()));
        return stored;
    }
}
