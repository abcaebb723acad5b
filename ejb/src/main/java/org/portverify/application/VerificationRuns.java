package org.portverify.application;

import java.nio.file.Path;
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
import org.portverify.domain.run.RunSettings;
import org.portverify.domain.run.VerificationRun;
import org.portverify.domain.submission.Submission;
import org.portverify.infrastructure.persistence.RunRepository;
import org.portverify.infrastructure.persistence.SubmissionRepository;

/** The verification of a reporting year: opening a run, pinning its inputs and computing its metrics. */
@Stateless
public class VerificationRuns {

    private static final Logger LOG = Logger.getLogger(VerificationRuns.class.getName());

    @Inject
    private SubmissionDeadlines deadlines;

    @Inject
    private RunRepository runs;

    @Inject
    private SubmissionRepository submissions;

    @Inject
    private SubmissionIntake intake;

    /**
     * Opens the run record of {@code executionId} with its settings, the one record its steps read them from. A
     * restart ({@code continues}: the execution it continues) opens its own record with the same settings and takes
     * over the ingests the previous execution left unfinished. A re-run's record also pins the original's inputs
     * (see {@link VerificationRun#open}).
     */
    public VerificationRun open(long executionId, RunSettings settings, Optional<Long> continues) {
        continues.ifPresent(previous -> intake.ingestTakenOver(previous, executionId));
        return runs.find(executionId).orElseGet(() -> {
            VerificationRun opened = VerificationRun.open(executionId, settings,
                    settings.isReverification() ? run(settings.reverifying().originalExecutionId()) : null);
            // The deadline in force now, recorded once: its report flags late inputs against it, whatever changes.
            deadlines.dueDateOf(settings.reportingYear()).ifPresent(opened::judgeLatenessBy);
            runs.add(opened);
            return opened;
        });
    }

    /**
     * Registers each port's package of the run's folder as a new version when it changed, and assigns the ingest
     * of every version awaiting it to this run; returns {@code PORT=OUTCOME} per port.
     */
    public List<String> registerSubmissions(long executionId) {
        RunSettings settings = run(executionId).settings();
        List<String> outcomes = new ArrayList<>();
        for (Port port : Port.values()) {
            RegistrationOutcome outcome = intake.register(Path.of(settings.submissionsDir()),
                    settings.reportingYear(), port);
            LOG.info(() -> ErrorCode.SUBMISSION_REGISTERED.message(port, settings.reportingYear(), outcome.kind(),
                    outcome.message()));
            outcomes.add(port + "=" + outcome.kind());
        }
        intake.ingestBy(executionId, settings.reportingYear(), settings.skipLimit());
        return outcomes;
    }

    /**
     * A re-run's inputs: the versions it pinned when it opened, each of which must still be an accepted version of
     * the reporting year (PV-4106).
     */
    public List<Long> pinnedInputs(long executionId) {
        VerificationRun run = run(executionId);
        run.getSubmissionIds().forEach(id -> pinnedVersion(id, run.getReportingYear()));
        return run.getSubmissionIds();
    }

    /**
     * Records, and logs, the ports whose figures the run will lack (PV-4101): those without an accepted version
     * for the year, or for a re-run those its pins do not name. Committed on its own, before the metrics, so that
     * a run failing for want of any submission still says why.
     */
    public List<String> recordMissing(long executionId) {
        VerificationRun run = run(executionId);
        List<Long> pinned = pinnedSubmissions(run);
        String submissionsDir = run.settings().submissionsDir();
        int year = run.getReportingYear();
        List<String> missing = new ArrayList<>();
        for (Port port : Port.values()) {
            boolean present = pinned.isEmpty() ? submissions.current(port, year).isPresent()
                    : pinned.stream().map(submissions::find).anyMatch(s -> s.getPort() == port);
            if (!present) {
                missing.add(ErrorCode.SUBMISSION_MISSING_FOR_RUN.message(port, year,
                        submissionsDir == null ? null : Path.of(submissionsDir,
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
     * Pins the accepted submission of each port for the run's year (a re-run: exactly the versions it pinned when it
     * opened) and computes every metric from them. Safe to repeat: a restarted step replaces what an earlier
     * attempt stored.
     */
    public int computeMetrics(long executionId) {
        VerificationRun run = run(executionId);
        List<Long> pinnedSubmissions = pinnedSubmissions(run);
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

    /** The versions a re-run pinned when it opened; empty for a run that uses the accepted ones. */
    private static List<Long> pinnedSubmissions(VerificationRun run) {
        RunSettings settings = run.settings();
        return settings.isReverification() ? settings.reverifying().pinnedSubmissions() : List.of();
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
