package org.portverify.domain.metrics.trend;

/**
 * A fitted line {@code value = intercept + slope x year} with the 95% confidence interval of its slope.
 *
 * @param rSquared           1 - SSE / SST over the window's points; 1 when the line passes through every point (also
 *                           for a flat series, where the ratio would be 0 / 0)
 * @param slopeStandardError the standard error of the least-squares slope; null for Theil-Sen, which has none
 */
public record TrendLine(TrendMethod method, double slope, double intercept, double rSquared, double slopeLow,
                        double slopeHigh, Double slopeStandardError) {

    public double valueAt(double year) {
        return intercept + slope * year;
    }
}
