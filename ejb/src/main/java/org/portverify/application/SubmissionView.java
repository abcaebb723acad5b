package org.portverify.application;

import java.util.List;

import org.portverify.domain.submission.Finding;

/**
 * A version of a port's package as its port's users and the regulator's staff see it: status, provenance and, in the
 * detail view, one page of its validation report ({@code errors + warnings} findings in all).
 *
 * @param status           the validation outcome (RECEIVED, ACCEPTED, ACCEPTED_WITH_WARNINGS, REJECTED, SUPERSEDED)
 * @param reviewState      where it stands in the certification and review ({@code ReviewState})
 * @param packageExpiredAt when the stored bytes of this refused version were deleted; null while they are kept
 * @param late             whether it was received after the reporting year's submission deadline; null when the
 *                         year has none
 * @param findingsOffset   the first finding of the page (0 first); null in the history, which lists no finding
 * @param findingsLimit    the page's size asked for; null in the history
 */
public record SubmissionView(long submissionId, String port, int reportingYear, int version, String status,
                             String reviewState, String edition, String format, String packageSha256, String receivedAt,
                             String uploadedBy, Long supersededBy, long errors, long warnings,
                             String packageExpiredAt, Boolean late, List<FindingView> findings,
                             Integer findingsOffset, Integer findingsLimit) {

    /** One line of a validation report: an error (the record did not count) or a warning (it did, flagged). */
    public record FindingView(String severity, String code, String file, long line, String field, String value,
                              String message, String rawLine) {

        public static FindingView of(Finding finding) {
            return new FindingView(finding.severity().name(), finding.code().code(), finding.fileName(),
                    finding.line(), finding.field(), finding.value(), finding.message(), finding.rawLine());
        }
    }
}
