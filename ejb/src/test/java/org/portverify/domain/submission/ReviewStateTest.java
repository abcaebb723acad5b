package org.portverify.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
                LocalDate.of(2027, 3, 2), ""), version, "ab".repeat(32),
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
}
