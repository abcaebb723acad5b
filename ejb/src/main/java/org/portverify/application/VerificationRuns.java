package org.portverify.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(VerificationRuns.class.getName());

    @Inject
    private RunRepository runs;

    @Inject
    private SubmissionRepository submissions;

    /** Records a run's parameters; a restarted execution finds its own record again. */
    public VerificationRun open(long executionId, int reportingYear, LocalDate asOfDate) {
        return open(executionId, reportingYear, asOfDate, null, null);
    }

    /**
     * As {@link #open(long, int, LocalDate)}; a re-run also records the execution it re-verifies and the rules
     * version the original evaluated with, so that it evaluates with the same.
     */
    public VerificationRun open(long executionId, int reportingYear, LocalDate asOfDate, Long reverifies,
                                String rulesVersion) {
        VerificationRun run = runs.find(executionId).orElseGet(() -> {
            VerificationRun opened = new VerificationRun(executionId, reportingYear, asOfDate);
            runs.add(opened);
            return opened;
        });
        if (reverifies != null && run.getReverifiesExecutionId() == null) {
            run.reverifies(run(reverifies));
        }
        if (rulesVersion != null && !rulesVersion.isBlank() && run.getRulesVersion() == null) {
            run.evaluatedWith(rulesVersion);
        }
        return run;
    }

    /**
     * Records, and logs, the ports whose figures the run will lack (PV-4101): those without an accepted version
     * for the year, or for a re-run those its pins do not name. Committed on its own, before the metrics, so that
     * a run failing for want of any submission still says why.
     */
    public List<String> recordMissing(long executionId, List<Long> pinned, String submissionsDir) {
        VerificationRun run = run(executionId);
        int year = run.getReportingYear();
        List<String> missing = new ArrayList<>();
        for (Port port : Port.values()) {
            boolean present = pinned.isEmpty() ? submissions.current(port, year).isPresent()
                    : pinned.stream().map(submissions::find).anyMatch(s -> s.getPort() == port);
            if (!present) {
                missing.add(ErrorCode.SUBMISSION_MISSING_FOR_RUN.message(port, year,
                        submissionsDir == null ? null : java.nio.file.Path.of(submissionsDir,
                                String.valueOf(year), port.name())));
            }
        }
        missing.forEach(reason -> LOG.warning(() -> "Run " + executionId + ": " + reason));
        run.missing(missing);
        return missing;
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
        return computeMetrics(executionId, List.of());
    }

    /**
     * As {@link #computeMetrics(long)}, but from exactly the submission versions {@code pinnedSubmissions} names
     * when it is not empty (a re-verification re-runs on the original's inputs, not the current ones).
     */
    public int computeMetrics(long executionId, List<Long> pinnedSubmissions) {
        VerificationRun run = run(executionId);
        List<PortInventory> inventories = new ArrayList<>();
        List<Long> pinned = new ArrayList<>();
        for (Port port : Port.values()) {
            Optional<Submission> current = pinnedSubmissions.isEmpty()
                    ? submissions.current(port, run.getReportingYear())
                    : pinnedSubmissions.stream().map(id -> pinnedVersion(id, run.getReportingYear()))
                            .filter(s -> s.getPort() == port).findFirst();
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

    private Submission pinnedVersion(long submissionId, int reportingYear) {
        Submission submission = submissions.find(submissionId);
        if (submission == null || submission.getReportingYear() != reportingYear
                || !submission.getStatus().isAccepted()) {
            throw new RuleViolation(ErrorCode.PINNED_SUBMISSION_INVALID, submissionId, reportingYear);
        }
        return submission;
    }

    public List<ReductionMetric> metrics(long executionId) {
        return runs.metrics(executionId);
    }

    public List<Submission> inputs(long executionId) {
        return run(executionId).getSubmissionIds().stream().map(submissions::find).toList();
    }
}
