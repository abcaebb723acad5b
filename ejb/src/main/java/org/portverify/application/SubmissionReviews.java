package org.portverify.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.domain.audit.AuditAction;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.ReplyDue;
import org.portverify.domain.submission.ReviewComment;
import org.portverify.domain.submission.ReviewState;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.SubmissionDeadline;
import org.portverify.infrastructure.persistence.ReviewRepository;
import org.portverify.infrastructure.persistence.SubmissionRepository;

/**
 * The regulator's review of certified versions: a reviewer takes one up, comments, and returns it to the port with a
 * reply due date or accepts it, which makes it the version the year's runs use. The port answers in comments and with
 * a new version. Every step is on the audit trail.
 */
@Stateless
public class SubmissionReviews {

    /** A comment as the API shows it. */
    public record CommentView(long id, String author, String side, Instant writtenAt, String text, String file,
                              Long line, String code) {

        static CommentView of(ReviewComment c) {
            return new CommentView(c.getId(), c.getAuthor(), c.getSide().name(), c.getWrittenAt(), c.getText(),
                    c.getFileName(), c.getLine(), c.getCode());
        }
    }

    /** Where a version stands after a review step. */
    public record ReviewView(String port, int reportingYear, int version, String reviewState, String reviewedBy,
                             LocalDate replyDue, Long supersededVersion) {
    }

    /**
     * A version that waits for someone: {@code awaits} is {@code PORT_CERTIFICATION} (a draft for the port's certifying
     * official), {@code REVIEW} (certified, for a reviewer to take up), {@code REVIEW_DECISION} (in review, for the
     * reviewer) or {@code PORT_REPLY} (returned, the port's answer due on {@code due}, {@code overdue} once past).
     */
    public record Awaiting(String port, int reportingYear, int version, String reviewState, String awaits,
                           String summary, String reviewedBy, LocalDate due, boolean overdue) {
    }

    @Inject
    private SubmissionRepository submissions;

    @Inject
    private ReviewRepository reviews;

    @Inject
    private AuditTrail audit;

    public ReviewView takeUp(Port port, int reportingYear, int version, String reviewer) {
        Submission submission = locked(port, reportingYear, version);
        submission.takeUpForReview(reviewer);
        audit.record(reviewer, AuditAction.REVIEW_STARTED, "submission", submission.getId(), label(submission));
        return view(submission, null);
    }

    /** Returns a version to the port with a comment and the date its answer is due (PV-4309 unless after today). */
    public ReviewView returnToPort(Port port, int reportingYear, int version, String reviewer, String text,
                                   String replyDue) {
        LocalDate due = ReplyDue.parse(replyDue, today());
        Submission submission = locked(port, reportingYear, version);
        submission.returnToPort(reviewer, due);
        ReviewComment comment = ReviewComment.write(submission.getId(), reviewer, ReviewComment.Side.REGULATOR,
                Instant.now(), text, null, null, null);
        reviews.add(comment);
        audit.record(reviewer, AuditAction.SUBMISSION_RETURNED, "submission", submission.getId(),
                label(submission) + ", reply due " + due);
        return view(submission, null);
    }

    /** Accepts a version: it supersedes the version the year's runs used so far, if any. */
    public ReviewView accept(Port port, int reportingYear, int version, String reviewer) {
        Submission submission = locked(port, reportingYear, version);
        Optional<Submission> replaced = submissions.current(port, reportingYear)
                .filter(p -> p.getVersion() < submission.getVersion());
        submission.acceptAfterReview(reviewer);
        replaced.ifPresent(p -> p.supersedeBy(submission));
        Long superseded = replaced.map(p -> (long) p.getVersion()).orElse(null);
        audit.record(reviewer, AuditAction.SUBMISSION_ACCEPTED, "submission", submission.getId(), label(submission)
                + (superseded == null ? "" : ", superseding v" + superseded));
        return view(submission, superseded);
    }

    /** A comment by a reviewer ({@code REGULATOR}) or the port ({@code PORT}), on the package or on one finding. */
    public CommentView comment(Port port, int reportingYear, int version, String author, ReviewComment.Side side,
                               String text, String file, Long line, String code) {
        Submission submission = find(port, reportingYear, version);
        ReviewComment comment = ReviewComment.write(submission.getId(), author, side, Instant.now(), text, file, line,
                code);
        reviews.add(comment);
        audit.record(author, AuditAction.REVIEW_COMMENTED, "submission", submission.getId(), label(submission)
                + ", " + side + (file == null ? "" : " on " + file + (line == null ? "" : ":" + line)
                + (code == null ? "" : " " + code)));
        return CommentView.of(comment);
    }

    public List<CommentView> comments(Port port, int reportingYear, int version) {
        return reviews.comments(find(port, reportingYear, version).getId()).stream().map(CommentView::of).toList();
    }

    /** What awaits whom in the year, for one port or both ({@code port} null). */
    public List<Awaiting> awaiting(int reportingYear, Port port) {
        LocalDate today = today();
        return submissions.awaiting(reportingYear, port).stream().map(s -> awaiting(s, today)).toList();
    }

    private static Awaiting awaiting(Submission s, LocalDate today) {
        ReviewState state = s.getReviewState();
        String awaits = switch (state) {
            case DRAFT -> "PORT_CERTIFICATION";
            case CERTIFIED -> "REVIEW";
            case IN_REVIEW -> "REVIEW_DECISION";
            default -> "PORT_REPLY";
        };
        String summary = switch (state) {
            case DRAFT -> "awaiting certification by the port's certifying official";
            case CERTIFIED -> "awaiting review";
            case IN_REVIEW -> "in review by " + s.getReviewedBy();
            default -> "awaiting the port's reply, due " + s.getReplyDue();
        };
        boolean overdue = state == ReviewState.RETURNED && s.getReplyDue() != null && today.isAfter(s.getReplyDue());
        return new Awaiting(s.getPort().name(), s.getReportingYear(), s.getVersion(), state.name(), awaits,
                summary + (overdue ? " (overdue)" : ""), s.getReviewedBy(),
                state == ReviewState.RETURNED ? s.getReplyDue() : null, overdue);
    }

    private Submission find(Port port, int reportingYear, int version) {
        return submissions.existingVersion(port, reportingYear, version);
    }

    private Submission locked(Port port, int reportingYear, int version) {
        return submissions.locked(find(port, reportingYear, version).getId());
    }

    private static String label(Submission s) {
        return s.getPort() + " " + s.getReportingYear() + " v" + s.getVersion() + " " + s.getReviewState();
    }

    private static ReviewView view(Submission s, Long supersededVersion) {
        return new ReviewView(s.getPort().name(), s.getReportingYear(), s.getVersion(), s.getReviewState().name(),
                s.getReviewedBy(), s.getReplyDue(), supersededVersion);
    }

    /** Today in the regulator's time, where due dates are read. */
    private static LocalDate today() {
        return LocalDate.now(SubmissionDeadline.REGULATOR_TIME);
    }
}
