package org.portverify.domain.metrics.trend;

import java.math.BigDecimal;

/** One point of a series: a data year and its value (tons, a reduction, a share), finite. */
public record YearValue(int year, double value) {

    public YearValue {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Data year " + year + " has no finite value: " + value);
        }
    }

    /** A stored figure as a point; {@link BigDecimal#doubleValue()} is the nearest double, the same on every JVM. */
    public static YearValue of(int year, BigDecimal value) {
        return new YearValue(year, value.doubleValue());
    }
}
