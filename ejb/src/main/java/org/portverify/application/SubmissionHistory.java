package org.portverify.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.application.SubmissionView.FindingView;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.ValidationFinding;
import org.portverify.infrastructure.persistence.SubmissionRepository;

/** The versions of the ports' packages and their validation reports, for the ports and the regulator's staff. */
@Stateless
public class SubmissionHistory {

    /** Errors first, then warnings, each by file, line and code: the order of the validation report. */
    private static final Comparator<FindingView> REPORT_ORDER = Comparator.comparing(FindingView::severity)
            .thenComparing(FindingView::file).thenComparingLong(FindingView::line).thenComparing(FindingView::code);

    @Inject
    private SubmissionRepository submissions;

    public List<SubmissionView> versions(Port port, int reportingYear) {
        return submissions.versions(port, reportingYear).stream().map(s -> view(s, false)).toList();
    }

    public SubmissionView version(Port port, int reportingYear, int version) {
        return view(find(port, reportingYear, version), true);
    }

    private Submission find(Port port, int reportingYear, int version) {
        return submissions.version(port, reportingYear, version)
                .orElseThrow(() -> new RuleViolation(ErrorCode.SUBMISSION_NOT_FOUND, version, port, reportingYear));
    }

    private SubmissionView view(Submission s, boolean withFindings) {
        List<FindingView> findings = new ArrayList<>();
        List<ValidationFinding> kept = submissions.findings(s.getId());
        long warnings = kept.stream().filter(f -> !f.finding().isError()).count();
        long errors = submissions.countRejected(s.getId()) + kept.size() - warnings;
        if (withFindings) {
            submissions.rejected(s.getId()).forEach(r -> findings.add(FindingView.of(r.finding())));
            kept.forEach(w -> findings.add(FindingView.of(w.finding())));
            findings.sort(REPORT_ORDER);
        }
        return new SubmissionView(s.getId(), s.getPort().name(), s.getReportingYear(), s.getVersion(),
                s.getStatus().name(), s.getEdition(), s.getFormat().name(), s.getPackageSha256(),
                s.getReceivedAt().toString(), s.getUploadedBy(), s.getSupersededBy(), errors, warnings,
                findings);
    }
}
