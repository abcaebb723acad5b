package org.portverify.application;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.portverify.domain.audit.AuditAction;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.submission.ClosePhase;
import org.portverify.domain.submission.ErrorTolerance;
import org.portverify.domain.submission.Finding;
import org.portverify.domain.submission.PackageFormat;
import org.portverify.domain.submission.PackageRules;
import org.portverify.domain.submission.PreviousEdition;
import org.portverify.domain.submission.Severity;
import org.portverify.domain.submission.SourceRecord;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.SubmissionPart;
import org.portverify.domain.submission.SubmissionStatus;
import org.portverify.domain.submission.ValidationFinding;
import org.portverify.domain.submission.WarningThresholds;
import org.portverify.infrastructure.files.RecordCursor;
import org.portverify.infrastructure.files.SubmissionPackage;
import org.portverify.infrastructure.files.SubmissionPackages;
import org.portverify.infrastructure.persistence.PackageChecks;
import org.portverify.infrastructure.persistence.SubmissionRepository;

/**
 * Closes the ingest of a version: applies the package-level rules, withdraws what must not count and accepts the
 * version (superseding the previous one) or rejects it as a whole. Set-based, so its time grows with the rows and
 * its memory does not; in phases ({@link ClosePhase}), each committed in a transaction of its own and recorded on
 * the version, so that a close interrupted anywhere resumes at the next phase when its job is restarted, and no
 * transaction holds more than the tolerance in refused records or one window of withdrawn rows.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IngestClosing {

    private static final Logger LOG = Logger.getLogger(IngestClosing.class.getName());

    /** Lines of one part a rejected version withdraws per transaction. */
    static final long WITHDRAWAL_WINDOW = 50_000;

    @Inject
    private SubmissionRepository submissions;

    @Inject
    private PackageChecks checks;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext context;

    /**
     * Closes every version {@code executionId} ingests, each with its own error tolerance; returns
     * {@code PORT vN=STATUS} for each, in the order they were read.
     */
    public List<String> closeIngestOf(long executionId) {
        List<String> closed = new ArrayList<>();
        for (Submission received : submissions.ingestedBy(executionId)) {
            SubmissionStatus status = close(received.getId());
            closed.add(received.getPort() + " v" + received.getVersion() + "=" + status);
        }
        return closed;
    }

    /** Runs the phases left of one version's close; a closed version is left as it is. */
    public SubmissionStatus close(long submissionId) {
        IngestClosing self = context.getBusinessObject(IngestClosing.class);
        while (self.advance(submissionId) != ClosePhase.DECIDED) {
            // each call commits one phase, or one window of a rejected version's withdrawal
        }
        return submissions.find(submissionId).getStatus();
    }

    /**
     * Runs the next phase of a version's close (or the next window of its withdrawal) in a transaction of its own.
     *
     * @return the phase the close has reached; {@link ClosePhase#DECIDED} once it is over (also for a version
     *         closed before phases were recorded)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ClosePhase advance(long submissionId) {
        Submission submission = submissions.find(submissionId);
        if (submission.getStatus() != SubmissionStatus.RECEIVED) {
            return ClosePhase.DECIDED;
        }
        ClosePhase phase = submission.getClosePhase();
        if (phase == null) {
            check(submission);
            submission.closeReached(ClosePhase.CHECKED);
        } else if (phase == ClosePhase.CHECKED) {
            if (!withdraw(submission)) {
                return ClosePhase.CHECKED;
            }
            submission.closeReached(ClosePhase.WITHDRAWN);
        } else {
            decide(submission);
            submission.closeReached(ClosePhase.DECIDED);
            LOG.info(() -> ErrorCode.SUBMISSION_CLOSED.message(submissionId, submission.getStatus()));
        }
        return submission.getClosePhase();
    }

    /**
     * Phase 1: the package rules. The first duplicates in report order, as many as the tolerance leaves room for
     * (PV-1061 when there are more), are kept as refused records with their raw lines; the other rules read only
     * the first line of each key, so their findings are those of {@link PackageRules#check} over every record.
     * A version already over the tolerance (its reading stopped there) is rejected as it is.
     */
    private void check(Submission submission) {
        long submissionId = submission.getId();
        long skipLimit = submission.getSkipLimit();
        long refused = submissions.countRejected(submissionId);
        if (ErrorTolerance.exceededBy(refused, skipLimit)) {
            return;
        }
        long room = ErrorTolerance.roomAfter(refused, skipLimit);
        PackageChecks.Duplicates duplicates = checks.duplicates(submissionId, room + 1);
        List<Finding> refusals = duplicates.first();
        if (duplicates.count() > room) {
            // The version is rejected anyway: keep tolerance + 1 refused records in all, and say how many there were.
            submissions.add(new ValidationFinding(submissionId, ErrorTolerance.packageRulesOver(
                    refusals.get((int) room), duplicates.count(), skipLimit, submission.getReportingYear(), room)));
            refusals = refusals.subList(0, (int) room);
        }
        refuse(submission, refusals);
        for (Finding finding : PackageRules.check(checks.firstOccurrences(submissionId), previousEdition(submission),
                WarningThresholds.DEFAULT, submission.getNote(), submission.getGwp())) {
            submissions.add(new ValidationFinding(submissionId, finding));
        }
    }

    /** The port's accepted edition of the year before: what a restated 2005 baseline is compared with. */
    private PreviousEdition previousEdition(Submission submission) {
        return submissions.previousEdition(submission.getPort(), submission.getReportingYear());
    }

    /**
     * Keeps the refused duplicates with the line as submitted: one pass over each part's file, merged with its
     * refusals (already in line order), so only the kept lines are ever held.
     */
    private void refuse(Submission submission, List<Finding> refusals) {
        if (refusals.isEmpty()) {
            return;
        }
        SubmissionPackage content = SubmissionPackages.at(submission.getSourceLocation(), submission.getPort(),
                submission.getReportingYear());
        try (PackageChecks.Refusals kept = checks.refusals(submission.getId())) {
            for (SubmissionPart part : SubmissionPart.recordParts()) {
                List<Finding> ofPart = refusals.stream().filter(f -> f.fileName().equals(part.fileName())).toList();
                if (ofPart.isEmpty()) {
                    continue;
                }
                int next = 0;
                try (RecordCursor cursor = content.open(part, submission.getId(), 0)) {
                    for (SourceRecord record = cursor.next(); record != null && next < ofPart.size();
                         record = cursor.next()) {
                        while (next < ofPart.size() && ofPart.get(next).line() < record.line()) {
                            kept.add(ofPart.get(next++));
                        }
                        if (next < ofPart.size() && ofPart.get(next).line() == record.line()) {
                            kept.add(ofPart.get(next++).withRawLine(record.raw()));
                        }
                    }
                }
                while (next < ofPart.size()) {
                    kept.add(ofPart.get(next++));
                }
            }
        }
    }

    /**
     * Phase 2: withdraws what must not count. An accepted version loses the records its refusals point at (one
     * statement per part); a rejected one every record, one window of lines per transaction.
     *
     * @return whether nothing is left to withdraw
     */
    private boolean withdraw(Submission submission) {
        if (accepted(submission)) {
            checks.withdrawRefused(submission.getId());
            return true;
        }
        return !checks.withdrawWindow(submission.getId(), WITHDRAWAL_WINDOW);
    }

    /**
     * Phase 3: accepts the version or rejects it as a whole. An accepted upload is a DRAFT that replaces the earlier
     * versions still waiting in the review; the year's figures stay those of the version a reviewer accepted until
     * another is. An accepted package of the regulator's folder is FILED and replaces them all at once.
     */
    private void decide(Submission submission) {
        long submissionId = submission.getId();
        List<Submission> replaced = new ArrayList<>(submissions.pendingBefore(submission.getPort(),
                submission.getReportingYear(), submission.getVersion()));
        boolean accepted = submission.close(errors(submission),
                submissions.countFindings(submissionId, Severity.WARNING), submission.getSkipLimit());
        if (accepted && submission.getFormat() == PackageFormat.FOLDER) {
            submissions.current(submission.getPort(), submission.getReportingYear()).ifPresent(replaced::add);
            submission.file();
        }
        if (accepted) {
            replaced.forEach(p -> p.supersedeBy(submission));
        }
        audit.record(AuditTrail.SYSTEM, AuditAction.SUBMISSION_DECIDED, "submission", submissionId,
                submission.getPort() + " " + submission.getReportingYear() + " v" + submission.getVersion() + " "
                        + submission.getStatus() + (accepted ? " " + submission.getReviewState() : "")
                        + (accepted && !replaced.isEmpty() ? ", superseding " + replaced.stream()
                        .map(p -> "v" + p.getVersion()).sorted().collect(Collectors.joining(", "))
                        : ""));
    }

    private boolean accepted(Submission submission) {
        return !ErrorTolerance.exceededBy(errors(submission), submission.getSkipLimit());
    }

    /** The version's errors as the phases stored them: refused records and the package findings that are errors. */
    private long errors(Submission submission) {
        return submissions.countRejected(submission.getId())
                + submissions.countFindings(submission.getId(), Severity.ERROR);
    }
}
