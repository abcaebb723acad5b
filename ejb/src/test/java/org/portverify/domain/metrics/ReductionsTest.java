package org.portverify.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

class ReductionsTest {

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @ParameterizedTest(name = "base {0}, year {1} -> r = {2}")
    @CsvSource({
            "900,     90,     0.9",    // (900 - 90) / 900 = 810 / 900 = 0.9
            "900.000, 90.000, 0.9",    // the scale of the inputs does not matter
            "100,     0,      1",      // (100 - 0) / 100 = 1: emissions gone
            "100,     100,    0",      // no change
            "100,     125,    -0.25",  // (100 - 125) / 100 = -0.25: emissions rose (CO in some categories)
            "8000,    140,    0.9825", // (8000 - 140) / 8000 = 7860 / 8000 = 0.9825
    })
    void reductionIsBaseMinusYearOverBase(String base, String year, String expected) {
        assertDecimal(expected, Reductions.reduction(d(base), d(year)));
    }

    @Test
    void nonTerminatingReductionKeeps20SignificantDigits() {
        // (3 - 2) / 3 = 0.333... -> 20 significant digits, half-even
        assertEquals("0.33333333333333333333", Reductions.reduction(d("3"), d("2")).toPlainString());
        // (900 - 88.652) / 900 = 811.348 / 900 = 0.901497777... -> last kept digit rounds up to 8
        assertEquals("0.90149777777777777778", Reductions.reduction(d("900"), d("88.652")).toPlainString());
    }

    @ParameterizedTest(name = "{0} t at {1} TEU -> {2} t per 10,000 TEU")
    @CsvSource({
            "900,    7500000,  1.2",   // 900 / (7,500,000 / 10,000) = 900 / 750 = 1.2
            "100,    1000000,  1",     // 100 / 100 = 1
            "40,     1250000,  0.32",  // 40 / 125 = 0.32
            "0,      1000000,  0",     // no emissions, no efficiency burden
            "35,     1750000,  0.2",   // 35 / 175 = 0.2
    })
    void tonsPer10kTeu(String tons, long teu, String expected) {
        assertDecimal(expected, Reductions.tonsPer10kTeu(d(tons), teu, 2024));
    }

    @Test
    void efficiencyReductionIsOneMinusRatioOfEfficiencies() {
        // 1 - 0.3 / 1.2 = 1 - 0.25 = 0.75
        assertDecimal("0.75", Reductions.efficiencyReduction(d("1.2"), d("0.3")));
        // 1 - 0.32 / 1 = 0.68; with r = 0.6 and g = 0.25: 1 - (1 - 0.6) / 1.25 = 1 - 0.32 = 0.68
        assertDecimal("0.68", Reductions.efficiencyReduction(d("1"), d("0.32")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.000", "-0"})
    void zeroBaselineIsRuleViolationNotInfinity(String zero) {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> Reductions.reduction(d(zero), d("5")));
        assertEquals(ErrorCode.BASELINE_ZERO, violation.code());
        assertEquals("PV-3002", violation.code().code());
        assertTrue(violation.getMessage().startsWith("PV-3002: "), violation.getMessage());
    }

    @Test
    void zeroBaselineEfficiencyIsBaselineZero() {
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> Reductions.efficiencyReduction(BigDecimal.ZERO, d("0.3")));
        assertEquals(ErrorCode.BASELINE_ZERO, violation.code());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void zeroOrNegativeTeuIsThroughputZero(long teu) {
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> Reductions.tonsPer10kTeu(d("900"), teu, 2024));
        assertEquals(ErrorCode.THROUGHPUT_ZERO, violation.code());
        assertEquals("PV-3004", violation.code().code());
        assertEquals("PV-3004: TEU throughput is zero for data year 2024", violation.getMessage());
    }

    /** BigDecimal has no NaN or infinity: the extremes give finite numbers or a coded violation, nothing else. */
    @ParameterizedTest
    @CsvSource({
            "0.001,    1000000000",
            "1000000000, 0.001",
            "0.000000001, 0",
    })
    void extremesStayFinite(String base, String year) {
        BigDecimal r = Reductions.reduction(d(base), d(year));
        BigDecimal eff = Reductions.tonsPer10kTeu(d(year), 1, 2024);
        assertTrue(Double.isFinite(r.doubleValue()), r::toPlainString);
        assertTrue(Double.isFinite(eff.doubleValue()), eff::toPlainString);
    }
}
