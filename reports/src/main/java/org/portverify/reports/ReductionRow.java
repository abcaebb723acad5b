package org.portverify.reports;

import java.util.Objects;

/**
 * One line of the headline table: a pollutant's reduction vs 2005 for one entity, display-ready.
 *
 * @param entity          e.g. "Port of Los Angeles", "Port of Long Beach", "San Pedro Bay (both ports)"
 * @param pollutant       DPM, NOx, SOx, PM2.5, CO2e
 * @param unit            "short tons" or "metric tons"
 * @param baselineTons    the 2005 figure, formatted
 * @param tons            the reporting-year figure, formatted
 * @param change          change vs 2005, e.g. "-90%" or "n/a"
 * @param changePer10kTeu change of tons per 10,000 TEU vs 2005, e.g. "-93%" or "n/a"
 */
public record ReductionRow(
        String entity,
        String pollutant,
        String unit,
        String baselineTons,
        String tons,
        String change,
        String changePer10kTeu) {

    public ReductionRow {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(pollutant, "pollutant");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(baselineTons, "baselineTons");
        Objects.requireNonNull(tons, "tons");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(changePer10kTeu, "changePer10kTeu");
    }
}
