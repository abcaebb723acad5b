package org.portverify.reports;

import java.util.Objects;

/**
 * One year of a tons series' fitted trend and its 95% band, display-ready: the line and band of the projection
 * chart, for every key pollutant whose trend could be fitted.
 *
 * @param entity    "San Pedro Bay (both ports)"
 * @param pollutant e.g. "NOx"
 * @param method    "Least squares" or "Theil-Sen"
 * @param year      a year from the first data year of the trend to a few years past the latest
 * @param trend     the fitted tons of that year (never below zero), e.g. "12,345.6"
 * @param low       the band's lower edge (the slope's lower 95% bound through the trend's centre)
 * @param high      the band's upper edge
 */
public record ProjectionBandRow(String entity, String pollutant, String method, int year, String trend, String low,
                                String high) {

    public ProjectionBandRow {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(pollutant, "pollutant");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
    }
}
