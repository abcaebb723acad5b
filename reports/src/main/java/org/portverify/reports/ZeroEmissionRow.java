package org.portverify.reports;

import java.util.Objects;

/**
 * The zero-emission share of one fleet against its CAAP goal, display-ready.
 *
 * @param entity the port or San Pedro Bay
 * @param category e.g. "Cargo handling equipment"
 * @param dataYear the data year, e.g. "2025"
 * @param units zero-emission units of all units, e.g. "404 of 2,020"
 * @param share e.g. "20%" or "n/a"
 * @param goal e.g. "100% by 2030" or "none"
 * @param status e.g. "In progress"
 * @param neededPerYear yearly gain of the share the goal needs, e.g. "+16 pp", or ""
 * @param projection the year the trend reaches the goal, e.g. "2031 (2029 to 2035)", or "n/a"
 */
public record ZeroEmissionRow(String entity, String category, String dataYear, String units, String share, String goal, String status, String neededPerYear, String projection) {

    public ZeroEmissionRow {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(dataYear, "dataYear");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(neededPerYear, "neededPerYear");
        Objects.requireNonNull(projection, "projection");
    }
}
