package org.portverify.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.domain.audit.AuditAction;
import org.portverify.domain.submission.SubmissionDeadline;
import org.portverify.infrastructure.persistence.SubmissionDeadlineRepository;

/** The annual submission deadline of a reporting year: an administrator sets it; everyone who submits or reads sees it. */
@Stateless
public class SubmissionDeadlines {

    /** A year's deadline as the API shows it; {@code dueDate}, {@code setBy} and {@code setAt} null when none is set. */
    public record DeadlineView(int reportingYear, String dueDate, String timeZone, String setBy, Instant setAt) {

        static DeadlineView of(SubmissionDeadline d) {
            return new DeadlineView(d.getReportingYear(), d.getDueDate().toString(),
                    SubmissionDeadline.REGULATOR_TIME.getId(), d.getSetBy(), d.getSetAt());
        }
    }

    @Inject
    private SubmissionDeadlineRepository deadlines;

    @Inject
    private AuditTrail audit;

    public DeadlineView of(int reportingYear) {
        return deadlines.of(reportingYear).map(DeadlineView::of).orElseGet(() -> new DeadlineView(reportingYear, null,
                SubmissionDeadline.REGULATOR_TIME.getId(), null, null));
    }

    /** The due date of the year, if one was set. */
    public Optional<LocalDate> dueDateOf(int reportingYear) {
        return deadlines.of(reportingYear).map(SubmissionDeadline::getDueDate);
    }

    /** Sets the year's due date as given ({@code YYYY-MM-DD}; PV-4023 otherwise), on the audit trail. */
    public DeadlineView set(int reportingYear, String dueDate, String administrator) {
        LocalDate due = SubmissionDeadline.parse(dueDate, reportingYear);
        Instant now = Instant.now();
        Optional<SubmissionDeadline> existing = deadlines.of(reportingYear);
        audit.record(administrator, AuditAction.DEADLINE_CHANGED, "deadline", reportingYear, "due "
                + existing.map(d -> d.getDueDate().toString()).orElse("none") + " -> " + due);
        if (existing.isPresent()) {
            existing.get().change(due, administrator, now);
            return DeadlineView.of(existing.get());
        }
        SubmissionDeadline deadline = new SubmissionDeadline(reportingYear, due, administrator, now);
        deadlines.add(deadline);
        return DeadlineView.of(deadline);
    }
}
