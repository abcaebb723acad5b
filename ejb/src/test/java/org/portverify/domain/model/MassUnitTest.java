package org.portverify.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MassUnitTest {

    private static final BigDecimal ONE_E_MINUS_15 = new BigDecimal("1E-15");

    @Test
    void oneShortTonIsExactly0_90718474MetricTons() {
        // 1 short ton = 2,000 lb x 0.45359237 kg/lb = 907.18474 kg = 0.90718474 t
        BigDecimal metric = MassUnit.SHORT_TONS.convert(BigDecimal.ONE, MassUnit.METRIC_TONS);
        assertEquals("0.90718474", metric.toPlainString());
    }

    @Test
    void shortToMetricIsExactMultiplication() {
        // 12 x 0.90718474 = 10.88621688 (a product of two terminating decimals, no rounding)
        BigDecimal metric = MassUnit.SHORT_TONS.convert(new BigDecimal("12"), MassUnit.METRIC_TONS);
        assertEquals(0, new BigDecimal("10.88621688").compareTo(metric));
    }

    @Test
    void metricToShortInvertsTheFactor() {
        // 10.88621688 / 0.90718474 = 12 exactly
        BigDecimal shortTons = MassUnit.METRIC_TONS.convert(new BigDecimal("10.88621688"), MassUnit.SHORT_TONS);
        assertEquals(0, new BigDecimal("12").compareTo(shortTons));
        // 1 / 0.90718474 = 1.10231131092438790361... -> 20 significant digits, half-even
        BigDecimal one = MassUnit.METRIC_TONS.convert(BigDecimal.ONE, MassUnit.SHORT_TONS);
        assertEquals("1.1023113109243879036", one.toPlainString());
    }

    /**
     * metric -> short divides at 20 significant digits, short -> metric multiplies exactly, so the round trip is off
     * by at most half a unit in the 20th digit times 0.907: far below 1e-15 for inventory-sized values.
     */
    @ParameterizedTest
    @ValueSource(strings = {"1", "0.001", "88.652", "140.000", "4261.919", "9999.999"})
    void metricToShortToMetricRoundTripWithin1e15(String text) {
        BigDecimal value = new BigDecimal(text);
        BigDecimal back = MassUnit.SHORT_TONS.convert(
                MassUnit.METRIC_TONS.convert(value, MassUnit.SHORT_TONS), MassUnit.METRIC_TONS);
        BigDecimal error = back.subtract(value).abs();
        assertTrue(error.compareTo(ONE_E_MINUS_15) <= 0, () -> text + " came back as " + back);
    }

    /** For large values the same 20-digit precision gives a relative error below 1e-15. */
    @ParameterizedTest
    @ValueSource(strings = {"740250.000", "900000", "123456789.123"})
    void roundTripOfLargeValuesWithinRelative1e15(String text) {
        BigDecimal value = new BigDecimal(text);
        BigDecimal back = MassUnit.SHORT_TONS.convert(
                MassUnit.METRIC_TONS.convert(value, MassUnit.SHORT_TONS), MassUnit.METRIC_TONS);
        BigDecimal relative = back.subtract(value).abs().divide(value, Arithmetic.CONTEXT);
        assertTrue(relative.compareTo(ONE_E_MINUS_15) <= 0, () -> text + " came back as " + back);
    }

    @ParameterizedTest
    @EnumSource(MassUnit.class)
    void sameUnitReturnsTheSameValue(MassUnit unit) {
        BigDecimal value = new BigDecimal("88.652");
        assertSame(value, unit.convert(value, unit));
    }

    @Test
    void codesAreTheDataContractSpelling() {
        assertEquals(Optional.of(MassUnit.SHORT_TONS), Coded.fromCode(MassUnit.class, "short_tons"));
        assertEquals(Optional.of(MassUnit.METRIC_TONS), Coded.fromCode(MassUnit.class, "metric_tons"));
        assertEquals(Optional.empty(), Coded.fromCode(MassUnit.class, "SHORT_TONS"));
        assertEquals(Optional.empty(), Coded.fromCode(MassUnit.class, "lbs"));
    }

    @Test
    void criteriaPollutantsReportInShortTonsGreenhouseGasesInMetricTons() {
        assertEquals(MassUnit.SHORT_TONS, Pollutant.DPM.reportingUnit());
        assertEquals(MassUnit.SHORT_TONS, Pollutant.NOX.reportingUnit());
        assertEquals(MassUnit.METRIC_TONS, Pollutant.CO2E.reportingUnit());
    }
}
