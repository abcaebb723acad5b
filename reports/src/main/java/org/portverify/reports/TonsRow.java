package org.portverify.reports;

import java.util.Objects;

/**
 * One entity's tons of one pollutant in one data year, all source categories, display-ready: the figures the
 * dashboard's tons chart draws (the report's charts draw the same metrics as numbers).
 *
 * @param entity        the port or "San Pedro Bay (both ports)", with " (partial)" for a partial inventory
 * @param pollutant     DPM, NOx, SOx, PM2.5, CO2e
 * @param unit          "short tons" or "metric tons"
 * @param dataYear      the inventory data year
 * @param tons          the tons, e.g. "1,062.0"
 * @param tonsPer10kTeu the tons per 10,000 TEU, e.g. "0.085", or "n/a" for a data year without TEU
 */
public record TonsRow(String entity, String pollutant, String unit, int dataYear, String tons, String tonsPer10kTeu) {

    public TonsRow {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(pollutant, "pollutant");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(tons, "tons");
        Objects.requireNonNull(tonsPer10kTeu, "tonsPer10kTeu");
    }
}
