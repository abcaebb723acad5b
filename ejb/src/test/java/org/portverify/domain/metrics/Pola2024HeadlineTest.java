package org.portverify.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The published POLA 2024 headline figures (docs/domain.md) from the demo-data totals (demo-data/README.md):
 * TEU 2005 7,484,624 and 2024 10,296,000, i.e. g = 2,811,376 / 7,484,624 = +37.56% (shown +38%).
 */
class Pola2024HeadlineTest {

    private static final long TEU_2005 = 7_484_624;
    private static final long TEU_2024 = 10_296_000;
    private static final MathContext WIDE = MathContext.DECIMAL128; // 34 digits, for the cross-checks only

    @Test
    void teuGrowthIsPlus38Percent() {
        // g = (10,296,000 - 7,484,624) / 7,484,624 = 2,811,376 / 7,484,624 = 0.37562... -> +38%
        BigDecimal g = growth();
        assertEquals("+38%", Percentages.change(g));
    }

    /**
     * Columns: pollutant, 2005 and 2024 totals, change in tons and per 10,000 TEU as published, and the exact
     * reductions (numerator/denominator) that follow from the totals:
     * r = (E05 - E24) / E05 and 1 - (E24 / E05) x (TEU05 / TEU24).
     */
    @ParameterizedTest(name = "{0}: {1} -> {2} is {3}, per 10,000 TEU {4}")
    @CsvSource({
            // DPM: 811.348 / 900 = 0.90149...; 1 - (88.652 / 900)(7,484,624 / 10,296,000) = 0.92839...
            "DPM,  900.000,    88.652,     -90%, -93%, 202837,   225000,   134419892393,  144787500000",
            // NOx: 11738.081 / 16000 = 0.73363...; 1 - (4261.919 / 16000)(7,484,624 / 10,296,000) = 0.80636...
            "NOx,  16000.000,  4261.919,   -73%, -81%, 11738081, 16000000, 8302321172909, 10296000000000",
            // SOx: 7860 / 8000 = 0.9825; 1 - (140 / 8000)(7,484,624 / 10,296,000) = 0.98727...
            "SOx,  8000.000,   140.000,    -98%, -99%, 393,      400,      254125477,     257400000",
            // CO2e (GHG): 159750 / 900000 = 0.1775; 1 - (740250 / 900000)(7,484,624 / 10,296,000) = 0.40208...
            "CO2e, 900000.000, 740250.000, -18%, -40%, 71,       400,      103497419,     257400000",
    })
    void publishedHeadlines(String pollutant, String base, String current, String shownChange,
                            String shownEfficiencyChange, long rNum, long rDen, long effNum, long effDen) {
        BigDecimal e2005 = new BigDecimal(base);
        BigDecimal e2024 = new BigDecimal(current);

        BigDecimal r = Reductions.reduction(e2005, e2024);
        BigDecimal eff2005 = Reductions.tonsPer10kTeu(e2005, TEU_2005, 2005);
        BigDecimal eff2024 = Reductions.tonsPer10kTeu(e2024, TEU_2024, 2024);
        BigDecimal efficiencyReduction = Reductions.efficiencyReduction(eff2005, eff2024);

        // Board tables show the change, i.e. the negated reduction, rounded half-up to whole percent.
        assertEquals(shownChange, Percentages.change(r.negate()), pollutant + " tons");
        assertEquals(shownEfficiencyChange, Percentages.change(efficiencyReduction.negate()),
                pollutant + " per 10,000 TEU");

        // The unrounded values agree with the exact fractions to far more than display precision.
        assertClose(fraction(rNum, rDen), r, "1E-19");
        assertClose(fraction(effNum, effDen), efficiencyReduction, "1E-18");

        // Identity: 1 - eff24 / eff05 == 1 - (1 - r) / (1 + g), to 15 decimal places.
        BigDecimal identity = BigDecimal.ONE.subtract(
                BigDecimal.ONE.subtract(r).divide(BigDecimal.ONE.add(growth()), WIDE));
        assertClose(identity, efficiencyReduction, "1E-15");
    }

    @Test
    void unroundedDpmValuesMatchTheReadme() {
        // README: change in tons -0.9014977778, per 10,000 TEU -0.9283943185 (half-up to 10 places)
        BigDecimal r = Reductions.reduction(new BigDecimal("900.000"), new BigDecimal("88.652"));
        assertEquals("-0.9014977778", r.negate().setScale(10, java.math.RoundingMode.HALF_UP).toPlainString());
        // eff05 = 900 x 10,000 / 7,484,624 = 1.2024652140...; eff24 = 88.652 x 10,000 / 10,296,000 = 0.0861033411...
        BigDecimal eff2005 = Reductions.tonsPer10kTeu(new BigDecimal("900.000"), TEU_2005, 2005);
        BigDecimal eff2024 = Reductions.tonsPer10kTeu(new BigDecimal("88.652"), TEU_2024, 2024);
        assertEquals("1.2024652140", eff2005.setScale(10, java.math.RoundingMode.HALF_UP).toPlainString());
        assertEquals("0.0861033411", eff2024.setScale(10, java.math.RoundingMode.HALF_UP).toPlainString());
        assertEquals("-0.9283943185", Reductions.efficiencyReduction(eff2005, eff2024).negate()
                .setScale(10, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    private static BigDecimal growth() {
        return BigDecimal.valueOf(TEU_2024 - TEU_2005).divide(BigDecimal.valueOf(TEU_2005), WIDE);
    }

    private static BigDecimal fraction(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), WIDE);
    }

    private static void assertClose(BigDecimal expected, BigDecimal actual, String tolerance) {
        BigDecimal difference = expected.subtract(actual).abs();
        assertTrue(difference.compareTo(new BigDecimal(tolerance)) <= 0,
                () -> "expected " + expected + " but was " + actual + " (difference " + difference + ")");
    }
}
