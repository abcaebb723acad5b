package org.portverify.domain.metrics.trend;

/** What a trend says about a goal. */
public enum ProjectionStatus {
    /** The latest data year of the window already meets the goal. */
    ALREADY_MET,
    /** The trend moves towards the goal and reaches it in the projected year. */
    ON_TREND,
    /** The slope is zero or moves away from the goal (or reaches it only after year 9999). */
    NOT_ON_CURRENT_TREND,
    /** No trend (PV-3008). */
    INSUFFICIENT_DATA
}
