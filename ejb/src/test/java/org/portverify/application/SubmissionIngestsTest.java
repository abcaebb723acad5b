package org.portverify.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/** The failure policy of an ingest: the port's fault rejects the version, anything else only interrupts it. */
class SubmissionIngestsTest {

    @Test
    void aLimitOfThePackageIsThePortsFaultWhereverItIsWrapped() {
        RuleViolation limit = new RuleViolation(ErrorCode.PACKAGE_ENTRY_TOO_LARGE, "p.zip", "emissions.csv", 10L);
        assertEquals(Optional.of(limit), SubmissionIngests.portsFault(limit));
        assertEquals(Optional.of(limit), SubmissionIngests.portsFault(new IllegalStateException("chunk",
                new RuntimeException(limit))));
    }

    @Test
    void aServerFailureAStopOrAnUnknownEndIsNotThePorts() {
        assertTrue(SubmissionIngests.portsFault(new RuleViolation(ErrorCode.FAILURE_INJECTED, 3L, 2070,
                "portverify.test.fail-once")).isEmpty(), "PV-4149, a 500");
        assertTrue(SubmissionIngests.portsFault(new RuntimeException(new SQLException("connection reset")))
                .isEmpty(), "a database error");
        assertTrue(SubmissionIngests.portsFault(null).isEmpty(), "a stop, or an end the job did not report");
    }
}
