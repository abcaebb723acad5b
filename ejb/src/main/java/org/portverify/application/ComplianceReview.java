package org.portverify.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.domain.agreement.AgreementRules;
import org.portverify.domain.agreement.AgreementRulesVersion;
import org.portverify.domain.agreement.Milestone;
import org.portverify.domain.agreement.compliance.ComplianceEvaluation;
import org.portverify.domain.agreement.compliance.ComplianceItem;
import org.portverify.domain.agreement.compliance.ComplianceRecord;
import org.portverify.domain.agreement.compliance.DefaultCharge;
import org.portverify.domain.agreement.compliance.DefaultsLedger;
import org.portverify.domain.agreement.compliance.LedgerEntry;
import org.portverify.domain.model.Port;
import org.portverify.domain.run.VerificationRun;
import org.portverify.domain.submission.Submission;
import org.portverify.infrastructure.persistence.ComplianceRepository;
import org.portverify.infrastructure.persistence.SubmissionRepository;

/**
 * Cooperative Agreement compliance of a run: every plan deadline and milestone of both ports as of the run's date,
 * with the rules version in force, and the new defaults charged to the ledger.
 */
@Stateless
public class ComplianceReview {

    @Inject
    private VerificationRuns verificationRuns;

    @Inject
    private SubmissionRepository submissions;

    @Inject
    private ComplianceRepository compliance;

    /**
     * The rules version in force on a date, from the versions the migrations loaded (docs/agreement-rules.md);
     * empty before the agreement took effect. Loading validates each version (a penalty outside the range is
     * refused, PV-2010).
     */
    public Optional<AgreementRules> rules(LocalDate asOf) {
        List<AgreementRules> versions = compliance.rulesVersions().stream().map(AgreementRulesVersion::rules)
                .toList();
        if (versions.stream().allMatch(v -> asOf.isBefore(v.effectiveFrom()))) {
            return Optional.empty();
        }
        return Optional.of(AgreementRules.inForceOn(versions, asOf));
    }

    /** A stored rules version by its id, validated as it is loaded. */
    public AgreementRules rulesVersion(String version) {
        return compliance.rulesVersions().stream().filter(v -> v.getVersion().equals(version)).findFirst()
                .map(AgreementRulesVersion::rules)
                .orElseThrow(() -> new IllegalStateException("Rules version " + version + " is not loaded"));
    }

    /**
     * Evaluates both ports as of the run's date with the milestones of their pinned submissions (a port that filed
     * nothing is evaluated with none, so its passed plan deadlines are missed), records every status and charges new
     * defaults. A run as of a date before the agreement took effect evaluates nothing. Repeating it for the same run
     * replaces what it recorded, so a restarted step is safe.
     *
     * @return the charges this run added to the ledger
     */
    public List<LedgerEntry> evaluate(long executionId) {
        VerificationRun run = verificationRuns.run(executionId);
        // A run that already recorded its rules version (a restart) keeps it: it re-verifies with its own rules.
        Optional<AgreementRules> inForce = run.getRulesVersion() != null ? Optional.of(rulesVersion(
                run.getRulesVersion())) : rules(run.getAsOfDate());
        if (inForce.isEmpty()) {
            // Before the agreement took effect there is nothing to comply with: no status, no rules version.
            return List.of();
        }
        AgreementRules rules = inForce.get();
        run.evaluatedWith(rules.version());
        compliance.deleteRecords(executionId);
        compliance.deleteCharges(executionId);
        DefaultsLedger ledger = DefaultsLedger.of(compliance.ledger().stream().map(DefaultCharge::entry).toList());
        List<LedgerEntry> charged = new ArrayList<>();
        for (Port port : Port.values()) {
            ComplianceEvaluation evaluation = ComplianceEvaluation.evaluate(rules, port, run.getAsOfDate(),
                    milestones(run, port));
            List<ComplianceItem> items = evaluation.items();
            for (int i = 0; i < items.size(); i++) {
                compliance.add(new ComplianceRecord(executionId, port, i, items.get(i)));
            }
            // A re-verification's re-run compares statuses; it never charges the ledger a second time.
            List<LedgerEntry> charges = run.getReverifiesExecutionId() != null ? List.of()
                    : ledger.chargesFor(evaluation, run.getReportingYear(), executionId);
            charges.forEach(c -> compliance.add(new DefaultCharge(c)));
            ledger = ledger.with(charges);
            charged.addAll(charges);
        }
        return charged;
    }

    private List<Milestone> milestones(VerificationRun run, Port port) {
        return run.getSubmissionIds().stream().map(submissions::find)
                .filter(s -> s.getPort() == port).findFirst()
                .map(Submission::getId).map(submissions::milestones).orElse(List.of());
    }

    /** The statuses a run recorded for a port. */
    public List<ComplianceItem> statuses(long executionId, Port port) {
        return compliance.records(executionId).stream().filter(r -> r.getPort() == port)
                .map(ComplianceRecord::item).toList();
    }

    /** The newest run of a reporting year that evaluated compliance, if any. */
    public Optional<Long> latestRun(int reportingYear) {
        return compliance.runsWithRecords(reportingYear).stream().findFirst();
    }

    /** The defaults ledger, every charge once, in charging order. */
    public DefaultsLedger ledger() {
        return DefaultsLedger.of(compliance.ledger().stream().map(DefaultCharge::entry).toList());
    }
}
