package org.portverify.domain.metrics.trend;

/** Whether a trend could be fitted. */
public enum TrendStatus {
    FITTED,
    /** Fewer than three data years in the window: no slope interval exists (PV-3008). */
    INSUFFICIENT_DATA
}
