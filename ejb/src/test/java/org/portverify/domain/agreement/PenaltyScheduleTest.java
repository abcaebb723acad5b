package org.portverify.domain.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.portverify.domain.agreement.PenaltySchedule.Continuing;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/** Penalty schedules: the assumed escalation, other shapes, and every amount held inside $50,000..$200,000. */
class PenaltyScheduleTest {

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    private static List<BigDecimal> amounts(String... amounts) {
        return Arrays.stream(amounts).map(BigDecimal::new).toList();
    }

    /** ASSUMPTION: 50,000 first, +50,000 per further charge of the same rule, capped at 200,000. */
    @ParameterizedTest(name = "level {0}: {1} USD")
    @CsvSource({
            "0,  50000.00", // first charge
            "1, 100000.00", // 50,000 + 50,000
            "2, 150000.00", // 50,000 + 2 x 50,000
            "3, 200000.00", // 50,000 + 3 x 50,000 = 200,000, the cap
            "4, 200000.00", // 250,000 would exceed the cap
            "9, 200000.00",
    })
    void theAssumedScheduleStepsBy50000ToTheCap(int level, BigDecimal amount) {
        assertEquals(amount, PenaltySchedule.assumed().amount(level));
    }

    @Test
    void theAssumedScheduleChargesAContinuingDefaultEachReportingYear() {
        PenaltySchedule assumed = PenaltySchedule.assumed();
        assertEquals(amounts("50000.00", "100000.00", "150000.00", "200000.00"), assumed.amountsByLevel());
        assertEquals(Continuing.CHARGED_EACH_REPORTING_YEAR, assumed.continuing());
    }

    @Test
    void aStepThatDoesNotDivideTheRangeEndsOnTheCap() {
        // 60,000; 60,000 + 45,000 = 105,000; 150,000; 195,000; 240,000 capped to 200,000
        assertEquals(amounts("60000.00", "105000.00", "150000.00", "195000.00", "200000.00"),
                PenaltySchedule.escalating(usd("60000"), usd("45000"), usd("200000"), Continuing.CHARGED_ONCE)
                        .amountsByLevel());
    }

    @Test
    void aZeroStepIsAFlatPenalty() {
        PenaltySchedule flat = PenaltySchedule.escalating(usd("75000"), usd("0"), usd("200000"),
                Continuing.CHARGED_ONCE);
        assertEquals(amounts("75000.00"), flat.amountsByLevel());
        assertEquals(usd("75000.00"), flat.amount(3));
    }

    @Test
    void anExplicitListMayStepUnevenlyAndKeepsItsCents() {
        PenaltySchedule listed = PenaltySchedule.of(amounts("50000", "125000.5", "200000.00"),
                Continuing.CHARGED_EACH_REPORTING_YEAR);
        assertEquals(amounts("50000.00", "125000.50", "200000.00"), listed.amountsByLevel());
        assertEquals(usd("200000.00"), listed.amount(7));
    }

    @Test
    void theRangeBoundsThemselvesAreAllowed() {
        assertEquals(amounts("50000.00", "200000.00"),
                PenaltySchedule.of(amounts("50000.00", "200000.00"), Continuing.CHARGED_ONCE).amountsByLevel());
    }

    static Stream<Arguments> refusedSchedules() {
        return Stream.of(
                Arguments.of("first amount a cent below the range", ErrorCode.PENALTY_OUT_OF_RANGE,
                        (Supplier<PenaltySchedule>) () -> PenaltySchedule.escalating(usd("49999.99"), usd("50000"),
                                usd("200000"), Continuing.CHARGED_ONCE)),
                Arguments.of("cap a cent above the range", ErrorCode.PENALTY_OUT_OF_RANGE,
                        (Supplier<PenaltySchedule>) () -> PenaltySchedule.escalating(usd("50000"), usd("50000"),
                                usd("200000.01"), Continuing.CHARGED_ONCE)),
                Arguments.of("a listed level above the range", ErrorCode.PENALTY_OUT_OF_RANGE,
                        (Supplier<PenaltySchedule>) () -> PenaltySchedule.of(amounts("50000", "250000"),
                                Continuing.CHARGED_ONCE)),
                Arguments.of("a penalty of nothing", ErrorCode.PENALTY_OUT_OF_RANGE,
                        (Supplier<PenaltySchedule>) () -> PenaltySchedule.of(amounts("0"), Continuing.CHARGED_ONCE)),
                Arguments.of("a negative step", ErrorCode.PENALTY_NOT_AN_AMOUNT,
                        (Supplier<PenaltySchedule>) () -> PenaltySchedule.escalating(usd("100000"), usd("-1"),
                                usd("200000"), Continuing.CHARGED_ONCE)),
                Arguments.of("a fraction of a cent", ErrorCode.PENALTY_NOT_AN_AMOUNT,
                        (Supplier<PenaltySchedule>) () -> PenaltySchedule.of(amounts("50000.001"),
                                Continuing.CHARGED_ONCE)),
                Arguments.of("a missing amount", ErrorCode.PENALTY_NOT_AN_AMOUNT,
                        (Supplier<PenaltySchedule>) () -> PenaltySchedule.of(Arrays.asList(usd("50000"), null),
                                Continuing.CHARGED_ONCE)),
                Arguments.of("a cap below the first amount", ErrorCode.PENALTY_SCHEDULE_DECREASES,
                        (Supplier<PenaltySchedule>) () -> PenaltySchedule.escalating(usd("100000"), usd("10000"),
                                usd("50000"), Continuing.CHARGED_ONCE)),
                Arguments.of("a level below the one before", ErrorCode.PENALTY_SCHEDULE_DECREASES,
                        (Supplier<PenaltySchedule>) () -> PenaltySchedule.of(amounts("100000", "50000"),
                                Continuing.CHARGED_ONCE)),
                Arguments.of("no amount at all", ErrorCode.PENALTY_SCHEDULE_EMPTY,
                        (Supplier<PenaltySchedule>) () -> PenaltySchedule.of(List.of(), Continuing.CHARGED_ONCE)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusedSchedules")
    void aScheduleThatBreaksTheRangeIsRefused(String what, ErrorCode code, Supplier<PenaltySchedule> schedule) {
        assertEquals(code, assertThrows(RuleViolation.class, schedule::get).code());
    }

    @Test
    void theRefusalNamesTheAmountAndTheRange() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> PenaltySchedule.of(amounts("50000", "250000"), Continuing.CHARGED_ONCE));
        assertEquals("PV-2010: The penalty schedule's level 1 is 250000.00 USD, outside the agreement's range of"
                + " 50000.00 to 200000.00 USD per default", refused.getMessage());
    }
}
