package org.portverify.interfaces.timers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ScheduleExpression;

import org.junit.jupiter.api.Test;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

class AnnualRunScheduleTest {

    @Test
    void theDefaultIsJanuaryFifteenthAtSixInLosAngeles() {
        ScheduleExpression expression = AnnualRunSchedule.expression(AnnualRunSchedule.DEFAULT_CALENDAR,
                AnnualRunSchedule.DEFAULT_ZONE);
        assertEquals("0", expression.getSecond());
        assertEquals("0", expression.getMinute());
        assertEquals("6", expression.getHour());
        assertEquals("15", expression.getDayOfMonth());
        assertEquals("1", expression.getMonth());
        assertEquals("*", expression.getDayOfWeek());
        assertEquals("America/Los_Angeles", expression.getTimezone());
    }

    @Test
    void fiveFieldsAreRefusedWithTheirCode() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> AnnualRunSchedule.expression("0 6 15 1 *", "America/Los_Angeles"));
        assertEquals(ErrorCode.SCHEDULE_INVALID, refused.code());
        assertTrue(refused.getMessage().startsWith("PV-4107: The schedule portverify.schedule '0 6 15 1 *'"),
                refused.getMessage());
    }

    @Test
    void anUnknownZoneIsRefused() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> AnnualRunSchedule.expression("0 0 6 15 1 *", "America/Nowhere"));
        assertEquals(ErrorCode.SCHEDULE_INVALID, refused.code());
    }
}
