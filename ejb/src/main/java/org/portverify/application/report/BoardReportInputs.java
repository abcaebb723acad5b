package org.portverify.application.report;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.portverify.domain.agreement.compliance.ComplianceItem;
import org.portverify.domain.agreement.compliance.DefaultsLedger;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.model.Port;
import org.portverify.domain.run.VerificationRun;
import org.portverify.domain.submission.Finding;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.verification.CheckedClaim;
import org.portverify.domain.verification.VerificationOpinion;

/**
 * Everything a run's Board report is assembled from, as stored: only stored values, so that a re-render gives the
 * same content.
 *
 * @param run         the run (reporting year, as-of date, rules version, the execution id it reports)
 * @param metrics     the run's metric rows, in stored order (the data digest is taken over that order)
 * @param submissions the submission versions the run pinned
 * @param refused     what the ingest refused, by submission id: refused records and package-level errors (e.g. a data
 *                    categories that disagree with their total, PV-1214), each as its finding; a submission without an entry had none
 * @param statuses    each port's milestone and plan-deadline statuses as of the run
 * @param ledger      the defaults charged so far
 * @param progress    the run's standards, quality flags, zero-emission shares and key trends
 * @param opinions    the verification opinion the run gave on each port; empty for a run from before opinions
 * @param claims      the ports' claims as the run checked them, by port and line; empty when none were stated
 */
public record BoardReportInputs(VerificationRun run, List<ReductionMetric> metrics, List<Submission> submissions,
                                Map<Long, List<Finding>> refused, Map<Port, List<ComplianceItem>> statuses,
                                DefaultsLedger ledger, ProgressFigures progress,
                                Map<Port, VerificationOpinion> opinions, List<CheckedClaim> claims) {

    /** Inputs of a run whose packages state no claims. */
    public BoardReportInputs(VerificationRun run, List<ReductionMetric> metrics, List<Submission> submissions,
                             Map<Long, List<Finding>> refused, Map<Port, List<ComplianceItem>> statuses,
                             DefaultsLedger ledger, ProgressFigures progress, Map<Port, VerificationOpinion> opinions) {
        this(run, metrics, submissions, refused, statuses, ledger, progress, opinions, List.of());
    }

    /** Inputs of a run without opinions. */
    public BoardReportInputs(VerificationRun run, List<ReductionMetric> metrics, List<Submission> submissions,
                             Map<Long, List<Finding>> refused, Map<Port, List<ComplianceItem>> statuses,
                             DefaultsLedger ledger, ProgressFigures progress) {
        this(run, metrics, submissions, refused, statuses, ledger, progress, Map.of());
    }

    public BoardReportInputs {
        Objects.requireNonNull(run, "run");
        metrics = List.copyOf(metrics);
        submissions = List.copyOf(submissions);
        // a HashMap copy: a submission not yet stored has no id, and Map.copyOf refuses a null key on lookup
        refused = Collections.unmodifiableMap(new HashMap<>(refused));
        statuses = Map.copyOf(statuses);
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(progress, "progress");
        opinions = Map.copyOf(opinions);
        claims = List.copyOf(claims);
    }
}
