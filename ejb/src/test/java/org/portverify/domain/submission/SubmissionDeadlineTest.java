package org.portverify.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

class SubmissionDeadlineTest {

    private static final LocalDate DUE = LocalDate.of(2026, 7, 15);

    /** July in Diamond Bar is UTC-7 (PDT): the due date ends at 2026-07-16T06:59:59.999Z. */
    @Test
    void theDueDateEndsAtMidnightInTheRegulatorsTime() {
        assertFalse(SubmissionDeadline.missed(Instant.parse("2026-07-16T06:59:59.999Z"), DUE), "23:59:59 PDT");
        assertTrue(SubmissionDeadline.missed(Instant.parse("2026-07-16T07:00:00Z"), DUE), "00:00 PDT the next day");
        assertFalse(SubmissionDeadline.missed(Instant.parse("2026-07-15T08:00:00Z"), DUE), "01:00 PDT on the day");
    }

    /** In January it is UTC-8 (PST): the due date ends an hour later in UTC. */
    @Test
    void standardTimeMovesTheEndAnHour() {
        LocalDate due = LocalDate.of(2027, 1, 15);
        assertFalse(SubmissionDeadline.missed(Instant.parse("2027-01-16T07:59:59Z"), due));
        assertTrue(SubmissionDeadline.missed(Instant.parse("2027-01-16T08:00:00Z"), due));
    }

    @Test
    void aDueDateFallsInTheReportingYearOrTheThreeAfter() {
        assertEquals(LocalDate.of(2025, 1, 1), SubmissionDeadline.parse("2025-01-01", 2025));
        assertEquals(LocalDate.of(2028, 12, 31), SubmissionDeadline.parse(" 2028-12-31 ", 2025));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-12-31", "2029-01-01", "2026-13-01", "15/07/2026", ""})
    void anythingElseIsRefusedWithItsCode(String text) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> SubmissionDeadline.parse(text, 2025));
        assertEquals(ErrorCode.DEADLINE_INVALID, refused.code());
        assertTrue(refused.getMessage().contains("from reporting year 2025 to 2028"), refused.getMessage());
    }
}
