package org.portverify.domain.metrics.trend;

/** Which line a trend reports. */
public enum TrendMethod {
    /** Ordinary least squares (Commons Math SimpleRegression); slope interval from Student's t with n - 2 df. */
    ORDINARY_LEAST_SQUARES,
    /** Theil-Sen: the median of the pairwise slopes, its interval by Sen's rank method; chosen for an outlier year. */
    THEIL_SEN
}
