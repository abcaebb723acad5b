package org.portverify.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;

class ReviewStateTest {

    private static Submission received(int version) {
        return new Submission(new Manifest(Port.POLA, 2026, "2026", "Preparer", "staff@example.org",
                LocalDate.of(2027, 3, 2), "", null), version, "ab".repeat(32),
                List.of(new SubmissionFile("manifest.csv", "cd".repeat(32), 10)), "upload", Instant.EPOCH);
    }

    @Test
    void aVersionThatPassedValidationIsADraftUntilCertifiedOnce() {
        Submission version = received(1);
        assertEquals(ReviewState.DRAFT, version.getReviewState());
        version.close(0, 2, 100);
        version.certify();
        assertEquals(ReviewState.CERTIFIED, version.getReviewState());
        RuleViolation again = assertThrows(RuleViolation.class, version::certify);
        assertEquals(ErrorCode.CERTIFICATION_REFUSED, again.code());
        assertTrue(again.getMessage().contains("it is already CERTIFIED"), again.getMessage());
    }

    @Test
    void aVersionNotYetIngestedRejectedOrSupersededCannotBeCertified() {
        Submission ingesting = received(1);
        assertRefused(ingesting, "its validation outcome is RECEIVED");
        Submission rejected = received(2);
        rejected.close(101, 0, 100);
        assertRefused(rejected, "its validation outcome is REJECTED");
        Submission superseded = received(3);
        superseded.close(0, 0, 100);
        superseded.supersedeBy(received(4));
        assertRefused(superseded, "its validation outcome is SUPERSEDED");
        assertEquals(ReviewState.DRAFT, superseded.getReviewState(), "a refusal changes nothing");
    }

    private static void assertRefused(Submission version, String why) {
        RuleViolation refused = assertThrows(RuleViolation.class, version::certify);
        assertEquals(ErrorCode.CERTIFICATION_REFUSED, refused.code());
        assertEquals("PV-4302: Version " + version.getVersion() + " of the POLA package for reporting year 2026 cannot"
                + " be certified: " + why, refused.getMessage());
    }

    @Test
    void aCertifiedVersionIsTakenUpThenReturnedOrAcceptedAndOnlyAcceptedOrFiledFeedsRuns() {
        Submission version = received(1);
        version.close(0, 0, 100);
        assertFalse(version.feedsRuns(), "a draft");
        assertReviewRefused(() -> version.takeUpForReview("reviewer"),
                "taken up for review: it is DRAFT, not CERTIFIED");
        version.certify();
        assertFalse(version.feedsRuns(), "certified, not yet reviewed");
        assertReviewRefused(() -> version.acceptAfterReview("reviewer"), "accepted: it is CERTIFIED, not IN_REVIEW");
        version.takeUpForReview("reviewer");
        version.returnToPort("reviewer", LocalDate.of(2027, 7, 15));
        assertEquals(ReviewState.RETURNED, version.getReviewState());
        assertEquals(LocalDate.of(2027, 7, 15), version.getReplyDue());
        assertFalse(version.feedsRuns(), "returned");
        assertReviewRefused(() -> version.acceptAfterReview("reviewer"), "accepted: it is RETURNED, not IN_REVIEW");

        Submission next = received(2);
        next.close(0, 1, 100);
        next.certify();
        next.takeUpForReview("reviewer-2");
        next.acceptAfterReview("reviewer-2");
        assertTrue(next.feedsRuns());
        assertEquals("reviewer-2", next.getReviewedBy());
        assertEquals(null, next.getReplyDue());

        Submission filed = received(3);
        filed.close(0, 0, 100);
        filed.file();
        assertTrue(filed.feedsRuns(), "the regulator's own folder filing");
        Submission rejectedFiling = received(4);
        rejectedFiling.close(101, 0, 100);
        rejectedFiling.file();
        assertFalse(rejectedFiling.feedsRuns(), "never a version its validation rejected");
    }

    @Test
    void aReplyIsDueAfterTodayAndACommentPointsAtAFindingProperly() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertEquals(LocalDate.of(2026, 12, 8), ReplyDue.parse(" 2026-12-08 ", today));
        for (String bad : new String[] {"2026-12-07", "2026-12-01", "next week", "", null}) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> ReplyDue.parse(bad, today));
            assertEquals(ErrorCode.REPLY_DUE_INVALID, refused.code(), String.valueOf(bad));
        }
        ReviewComment onFinding = ReviewComment.write(7, "reviewer", ReviewComment.Side.REGULATOR,
                Instant.parse("2026-12-07T10:00:00.123456Z"), "Check this", "emissions.csv", 4L, "PV-1311");
        assertEquals(Instant.parse("2026-12-07T10:00:00.123Z"), onFinding.getWrittenAt());
        assertEquals("emissions.csv", onFinding.getFileName());
        assertCommentRefused("its text is empty", "  ", null, null, null);
        assertCommentRefused("its text has 4001 characters, more than 4000", "x".repeat(4001), null, null, null);
        assertCommentRefused("a line or a code needs the file it is in", "x", null, 4L, null);
        assertCommentRefused("a line or a code needs the file it is in", "x", null, null, "PV-1311");
        assertCommentRefused("the line must be 1 or more, got 0", "x", "emissions.csv", 0L, null);
        assertCommentRefused("the code must be a PV-nnnn code, got 'E1'", "x", "emissions.csv", 3L, "E1");
    }

    private static void assertCommentRefused(String why, String text, String file, Long line, String code) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> ReviewComment.write(1, "pola",
                ReviewComment.Side.PORT, Instant.EPOCH, text, file, line, code));
        assertEquals("PV-4310: The comment is invalid: " + why, refused.getMessage());
    }

    private static void assertReviewRefused(org.junit.jupiter.api.function.Executable step, String why) {
        RuleViolation refused = assertThrows(RuleViolation.class, step);
        assertEquals(ErrorCode.REVIEW_REFUSED, refused.code());
        assertTrue(refused.getMessage().endsWith("cannot be " + why), refused.getMessage());
    }
}
