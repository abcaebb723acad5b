package org.portverify.application;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.domain.model.Port;
import org.portverify.domain.run.VerificationRun;
import org.portverify.domain.submission.Finding;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.ValidationFinding;
import org.portverify.domain.verification.OpinionEvidence;
import org.portverify.domain.verification.PortOpinion;
import org.portverify.domain.verification.VerificationOpinion;
import org.portverify.infrastructure.persistence.OpinionRepository;
import org.portverify.infrastructure.persistence.SubmissionRepository;

/**
 * The verification opinion of a run, per port (issue 15): whether the port's package was there and on time, and
 * whether its figures hold together, weighed by {@link OpinionEvidence}; stored with the run, which the report
 * prints and a re-verification compares.
 */
@Stateless
public class VerificationOpinions {

    @Inject
    private VerificationRuns verificationRuns;

    @Inject
    private SubmissionRepository submissions;

    @Inject
    private OpinionRepository opinions;

    /** Forms and stores both ports' opinions; repeating it for the same run replaces them (a restarted step). */
    public Map<Port, VerificationOpinion> form(long executionId) {
        VerificationRun run = verificationRuns.run(executionId);
        List<Submission> inputs = verificationRuns.inputs(executionId);
        opinions.deleteAll(executionId);
        Map<Port, VerificationOpinion> formed = new EnumMap<>(Port.class);
        for (Port port : Port.values()) {
            Optional<Submission> input = inputs.stream().filter(s -> s.getPort() == port).findFirst();
            List<Finding> findings = new ArrayList<>();
            input.ifPresent(s -> submissions.findings(s.getId()).stream().map(ValidationFinding::finding)
                    .forEach(findings::add));
            VerificationOpinion opinion = VerificationOpinion.form(OpinionEvidence.reasons(port,
                    run.getReportingYear(), input, findings, run.submissionDeadline(), List.of()));
            opinions.add(new PortOpinion(executionId, port, opinion));
            formed.put(port, opinion);
        }
        return formed;
    }

    /** The opinions a run gave, in port order; none for a run from before opinions were formed. */
    public Map<Port, VerificationOpinion> of(long executionId) {
        verificationRuns.run(executionId);
        Map<Port, VerificationOpinion> stored = new EnumMap<>(Port.class);
        opinions.opinions(executionId).forEach(o -> stored.put(o.getPort(), o.formed()));
        return stored;
    }
}
