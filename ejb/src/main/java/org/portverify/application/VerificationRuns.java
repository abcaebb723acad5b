package org.portverify.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.metrics.ReductionCalculator;
import org.portverify.domain.metrics.ReductionCalculator.PortInventory;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.model.Port;
import org.portverify.domain.run.VerificationRun;
import org.portverify.domain.submission.Submission;
import org.portverify.infrastructure.persistence.RunRepository;
import org.portverify.infrastructure.persistence.SubmissionRepository;

/** The verification of a reporting year: opening a run, pinning its inputs and computing its metrics. */
@Stateless
public class VerificationRuns {

    @Inject
    private RunRepository runs;

    @Inject
    private SubmissionRepository submissions;

    /** Records a run's parameters; a restarted execution finds its own record again. */
    public VerificationRun open(long executionId, int reportingYear, LocalDate asOfDate) {
        return runs.find(executionId).orElseGet(() -> {
            VerificationRun run = new VerificationRun(executionId, reportingYear, asOfDate);
            runs.add(run);
            return run;
        });
    }

    public VerificationRun run(long executionId) {
        return runs.find(executionId)
                .orElseThrow(() -> new RuleViolation(ErrorCode.EXECUTION_NOT_FOUND, executionId));
    }

    /**
     * Pins the accepted submission of each port for the run's year and computes every metric from them. Safe to
     * repeat: a restarted step replaces what an earlier attempt stored.
     */
    public int computeMetrics(long executionId) {
        VerificationRun run = run(executionId);
        List<PortInventory> inventories = new ArrayList<>();
        List<Long> pinned = new ArrayList<>();
        for (Port port : Port.values()) {
            Optional<Submission> current = submissions.current(port, run.getReportingYear());
            current.ifPresent(s -> {
                pinned.add(s.getId());
                inventories.add(new PortInventory(port, submissions.figures(s.getId()),
                        submissions.throughput(s.getId())));
            });
        }
        if (inventories.isEmpty()) {
            throw new RuleViolation(ErrorCode.NO_SUBMISSION, run.getReportingYear(), "either port");
        }
        run.pinInputs(pinned);
        runs.deleteMetrics(executionId);
        List<ReductionMetric> metrics = ReductionCalculator.compute(executionId, inventories);
        metrics.forEach(runs::add);
        return metrics.size();
    }

    public List<ReductionMetric> metrics(long executionId) {
        return runs.metrics(executionId);
    }

    public List<Submission> inputs(long executionId) {
        return run(executionId).getSubmissionIds().stream().map(submissions::find).toList();
    }
}
