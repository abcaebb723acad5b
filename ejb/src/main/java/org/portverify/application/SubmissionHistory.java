package org.portverify.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.application.SubmissionView.FindingView;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.Finding;
import org.portverify.domain.submission.Severity;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.SubmissionDeadline;
import org.portverify.infrastructure.persistence.SubmissionRepository;

/**
 * The versions of the ports' packages and their validation reports, for the ports and the regulator's staff. A
 * report is never held whole: the JSON view answers one page, the CSV is streamed finding by finding.
 */
@Stateless
public class SubmissionHistory {

    /** Errors first, then warnings, each by file, line and code: the order of the validation report. */
    private static final Comparator<FindingView> REPORT_ORDER = Comparator.comparing(FindingView::severity)
            .thenComparing(FindingView::file).thenComparingLong(FindingView::line).thenComparing(FindingView::code);

    @Inject
    private SubmissionRepository submissions;

    @Inject
    private SubmissionDeadlines deadlines;

    /** The version an ingest execution ingests, as the list of runs names it. */
    public record IngestedVersion(long id, String port, int reportingYear, int version, String status) {
    }

    /** The version {@code submissionId}, briefly; empty if there is none (a job parameter naming nothing). */
    public Optional<IngestedVersion> ingested(long submissionId) {
        return Optional.ofNullable(submissions.find(submissionId)).map(s -> new IngestedVersion(s.getId(),
                s.getPort().name(), s.getReportingYear(), s.getVersion(), s.getStatus().name()));
    }

    public List<SubmissionView> versions(Port port, int reportingYear) {
        Optional<LocalDate> due = deadlines.dueDateOf(reportingYear);
        return submissions.versions(port, reportingYear).stream().map(s -> view(s, due, List.of(), null)).toList();
    }

    /** A version with one page of its validation report. */
    public SubmissionView version(Port port, int reportingYear, int version, PageRequest page) {
        Submission submission = find(port, reportingYear, version);
        List<FindingView> findings = new ArrayList<>(page.limit());
        eachFinding(submission.getId(), page.offset(), page.limit(), findings::add);
        return view(submission, deadlines.dueDateOf(reportingYear), findings, page);
    }

    /** A version without its findings: what the validation report's download is named after. */
    public SubmissionView version(Port port, int reportingYear, int version) {
        return view(find(port, reportingYear, version), deadlines.dueDateOf(reportingYear), List.of(), null);
    }

    /** Hands every finding of a version to {@code each}, in report order, one at a time. */
    public void validationReport(Port port, int reportingYear, int version, Consumer<FindingView> each) {
        eachFinding(find(port, reportingYear, version).getId(), 0, Long.MAX_VALUE, each);
    }

    private Submission find(Port port, int reportingYear, int version) {
        return submissions.existingVersion(port, reportingYear, version);
    }

    /** Merges the refused records and the kept findings, each streamed in report order, skipping then taking. */
    private void eachFinding(long submissionId, long skip, long take, Consumer<FindingView> each) {
        try (Stream<Finding> refused = submissions.rejectedInReportOrder(submissionId);
             Stream<Finding> kept = submissions.findingsInReportOrder(submissionId)) {
            Iterator<FindingView> left = refused.map(FindingView::of).iterator();
            Iterator<FindingView> right = kept.map(FindingView::of).iterator();
            FindingView a = left.hasNext() ? left.next() : null;
            FindingView b = right.hasNext() ? right.next() : null;
            for (long position = 0; (a != null || b != null) && position < skip + take; position++) {
                FindingView next;
                if (b == null || (a != null && REPORT_ORDER.compare(a, b) <= 0)) {
                    next = a;
                    a = left.hasNext() ? left.next() : null;
                } else {
                    next = b;
                    b = right.hasNext() ? right.next() : null;
                }
                if (position >= skip) {
                    each.accept(next);
                }
            }
        }
    }

    /** {@code due}: the year's deadline, looked up once per answer, not once per version. */
    private SubmissionView view(Submission s, Optional<LocalDate> due, List<FindingView> findings, PageRequest page) {
        long warnings = submissions.countFindings(s.getId(), Severity.WARNING);
        long errors = submissions.countRejected(s.getId()) + submissions.countFindings(s.getId(), Severity.ERROR);
        Boolean late = due.map(d -> SubmissionDeadline.missed(s.getReceivedAt(), d)).orElse(null);
        return new SubmissionView(s.getId(), s.getPort().name(), s.getReportingYear(), s.getVersion(),
                s.getStatus().name(), s.getReviewState().name(), s.getEdition(), s.getFormat().name(),
                s.getPackageSha256(), s.getReceivedAt().toString(), s.getUploadedBy(), s.getSupersededBy(), errors, warnings,
                s.getPackageExpiredAt() == null ? null : s.getPackageExpiredAt().toString(), late, findings,
                page == null ? null : page.offset(), page == null ? null : page.limit());
    }
}
