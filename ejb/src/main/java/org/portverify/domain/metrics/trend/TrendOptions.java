package org.portverify.domain.metrics.trend;

import java.util.Objects;

/**
 * How a trend is fitted.
 *
 * @param window   the data years fitted
 * @param outlierK how many robust standard deviations (1.4826 x the median absolute deviation of the residuals from
 *                 the Theil-Sen line) a residual may lie from the residuals' median before its year is an outlier
 */
public record TrendOptions(TrendWindow window, double outlierK) {

    /** The whole series; k = 3, the usual Hampel-filter choice. */
    public static final TrendOptions DEFAULT = new TrendOptions(TrendWindow.ALL, 3.0);

    public TrendOptions {
        Objects.requireNonNull(window, "window");
        if (!(outlierK > 0) || Double.isInfinite(outlierK)) {
            throw new IllegalArgumentException("outlierK must be a positive number, not " + outlierK);
        }
    }

    public static TrendOptions over(TrendWindow window) {
        return new TrendOptions(window, DEFAULT.outlierK());
    }
}
