package org.portverify.domain.metrics.trend;

/**
 * When a trend reaches a goal. {@code crossing} is the fractional year where the trend line meets the goal value and
 * {@code year} the first whole year at or after it (to 1e-6 year); {@code earliestYear} and {@code latestYear} bound
 * it over the 95% interval of the slope, a null bound meaning unbounded on that side (the interval includes slopes
 * that never reach the goal). For {@link ProjectionStatus#ALREADY_MET} {@code year} is the latest data year, which
 * meets the goal.
 *
 * @param byDeadline whether {@code year} is no later than the goal's deadline; null without a deadline or when it
 *                   cannot be said
 * @param issue      the PV-30xx code when there is no trend, else null
 */
public record GoalProjection(ProjectionStatus status, TrendMethod method, Double crossing, Integer year,
                             Integer earliestYear, Integer latestYear, Boolean byDeadline, String issue) {

    /**
     * For tables: "2031 (2029 to 2035)", "2031 (2029 or later)" or "2031 (2035 at the latest)" when a bound is open,
     * "met in 2024", "not on current trend", or "n/a" without a trend.
     */
    public String describe() {
        return switch (status) {
            case ALREADY_MET -> "met in " + year;
            case NOT_ON_CURRENT_TREND -> "not on current trend";
            case INSUFFICIENT_DATA -> "n/a";
            case ON_TREND -> year + " (" + (latestYear == null && earliestYear == null ? "interval unbounded"
                    : latestYear == null ? earliestYear + " or later"
                    : earliestYear == null ? latestYear + " at the latest"
                    : earliestYear + " to " + latestYear) + ")";
        };
    }
}
