package org.portverify.application.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portverify.domain.metrics.trend.TrendLine;
import org.portverify.domain.metrics.trend.TrendMethod;

class ReportFormatsTest {

    @Test
    void tonsHaveOneDecimalRoundedHalfUpWithUsGrouping() {
        assertEquals("1,062.0", ReportFormats.tons(new BigDecimal("1062")));
        assertEquals("85.6", ReportFormats.tons(new BigDecimal("85.55")));
        assertEquals("0.1", ReportFormats.tons(new BigDecimal("0.05")));
        assertEquals("n/a", ReportFormats.tons(null));
    }

    @Test
    void intensityHasThreeDecimalsBelowTenElseOne() {
        assertEquals("1.199", ReportFormats.intensity(new BigDecimal("1.1985")));
        assertEquals("-0.125", ReportFormats.intensity(new BigDecimal("-0.1245")));
        assertEquals("12.3", ReportFormats.intensity(new BigDecimal("12.25")));
        assertEquals("n/a", ReportFormats.intensity(null));
    }

    @Test
    void countsDollarsAndPercentages() {
        assertEquals("12,000", ReportFormats.count(12_000));
        assertEquals("9,012,345", ReportFormats.count(9_012_345L));
        assertEquals("$50,000", ReportFormats.dollars(new BigDecimal("50000.00")));
        assertEquals("$0", ReportFormats.dollars(BigDecimal.ZERO));
        assertEquals("58%", ReportFormats.percent(new BigDecimal("0.5849")));
        assertEquals("91% less", ReportFormats.lessOrMore(new BigDecimal("0.905")));
        assertEquals("4% more", ReportFormats.lessOrMore(new BigDecimal("-0.04")));
    }

    @Test
    void theSlopeAndItsIntervalShareOnePrecisionChosenByTheSlope() {
        assertEquals("-8.15 (-11.26 to -5.05)", ReportFormats.slopeWithInterval(
                new TrendLine(TrendMethod.ORDINARY_LEAST_SQUARES, -8.146, 0, 0.9, -11.256, -5.046, 1.0)));
        assertEquals("-602 (-743 to -461)", ReportFormats.slopeWithInterval(
                new TrendLine(TrendMethod.ORDINARY_LEAST_SQUARES, -601.5, 0, 0.9, -742.6, -460.9, 1.0)));
        // 3.5 is exact in binary: half-up gives 4
        assertEquals("+12 (+4 to +20)", ReportFormats.slopeWithInterval(
                new TrendLine(TrendMethod.THEIL_SEN, 12, 0, 0.9, 3.5, 20, null)));
    }

    @Test
    void datesEnumNamesAndLists() {
        assertEquals("2025-12-31", ReportFormats.date(LocalDate.of(2025, 12, 31)));
        assertEquals("", ReportFormats.date(null));
        assertEquals("Completed on time", ReportFormats.words("COMPLETED_ON_TIME"));
        assertEquals("", ReportFormats.join(List.of()));
        assertEquals("a", ReportFormats.join(List.of("a")));
        assertEquals("a, b and c", ReportFormats.join(List.of("a", "b", "c")));
    }
}
