package org.portverify.reports;

import java.util.Objects;

/**
 * Change vs 2005 of each pollutant for one entity and data year, display-ready (e.g. "-72%", "n/a").
 *
 * @param entity   the port or "San Pedro Bay (both ports)"
 * @param dataYear the inventory data year
 * @param dpm      change of DPM vs 2005
 * @param nox      change of NOx vs 2005
 * @param sox      change of SOx vs 2005
 * @param pm25     change of PM2.5 vs 2005
 * @param co2e     change of CO2e vs 2005
 */
public record TrendRow(String entity, int dataYear, String dpm, String nox, String sox, String pm25, String co2e) {

    public TrendRow {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(dpm, "dpm");
        Objects.requireNonNull(nox, "nox");
        Objects.requireNonNull(sox, "sox");
        Objects.requireNonNull(pm25, "pm25");
        Objects.requireNonNull(co2e, "co2e");
    }
}
