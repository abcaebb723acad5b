package org.portverify.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;

/** The regulator's error tolerance: what an administrator may set, when a version passes it, when a package expires. */
class ErrorToleranceTest {

    @ParameterizedTest
    @CsvSource({"25, 25", "' 0 ', 0", "100000, 100000", "1000, 1000"})
    void aToleranceIsAWholeNumberOfRefusedRecordsUpTo100000(String text, long expected) {
        assertEquals(expected, ErrorTolerance.parse(text));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "-1", "100001", "many", "2.5", "1e3"})
    void anythingElseIsRefusedWithPv4021(String text) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> ErrorTolerance.parse(text));
        assertEquals(ErrorCode.TOLERANCE_INVALID, refused.code());
        assertEquals(400, refused.code().httpStatus());
    }

    @Test
    void aSetToleranceCannotBeChangedOutOfRange() {
        ErrorTolerance tolerance = new ErrorTolerance(2058, 3, "admin", Instant.EPOCH);
        assertEquals(ErrorCode.TOLERANCE_INVALID, assertThrows(RuleViolation.class,
                () -> tolerance.change(-1, "admin", Instant.EPOCH)).code());
        assertEquals(3, tolerance.getSkipLimit());
    }

    @Test
    void aVersionPassesItsToleranceWithOneRefusedRecordMore() {
        assertFalse(ErrorTolerance.exceededBy(3, 3), "3 refused records within a tolerance of 3");
        assertTrue(ErrorTolerance.exceededBy(4, 3));
        assertTrue(ErrorTolerance.exceededBy(1, 0));
    }

    @Test
    void theStopSaysWhereAndHowMany() {
        assertEquals("PV-1060: Ingest stopped at line 15 of throughput.csv after 4 refused records, over the tolerance"
                + " of 3 refused records the regulator set for reporting year 2058; nothing after that line was read:"
                + " correct the package and upload it again",
                ErrorCode.INGEST_STOPPED_AT_TOLERANCE.message(15L, "throughput.csv", 4L, 3L, 2058));
    }

    @Test
    void onlyARejectedUploadOlderThanTheRetentionExpires() {
        Instant received = Instant.parse("2026-01-01T00:00:00Z");
        Duration thirtyDays = Duration.ofDays(30);
        Submission refused = Submission.refused(Port.POLA, 2058, 1, "ab".repeat(32),
                List.of(new SubmissionFile("bad.zip", "ab".repeat(32), 10)), "/store/ab/abab", received);
        refused.arrivedAs(PackageFormat.ZIP, "pola");
        assertFalse(refused.packageExpiresAt(received.plus(thirtyDays), thirtyDays), "exactly 30 days: kept");
        assertTrue(refused.packageExpiresAt(received.plus(thirtyDays).plusSeconds(1), thirtyDays));
        refused.packageExpired(received.plus(Duration.ofDays(31)));
        assertFalse(refused.packageExpiresAt(received.plus(Duration.ofDays(60)), thirtyDays), "expires once");

        Submission folder = Submission.refused(Port.POLA, 2058, 2, "cd".repeat(32),
                List.of(new SubmissionFile("manifest.csv", "cd".repeat(32), 10)), "/srv/2058/POLA", received);
        assertFalse(folder.packageExpiresAt(received.plus(Duration.ofDays(60)), thirtyDays),
                "the folder intake's files are the port's own, never deleted");
    }
}
