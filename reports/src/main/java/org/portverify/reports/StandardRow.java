package org.portverify.reports;

import java.util.Objects;

/**
 * One CAAP standard or goal evaluated for one entity, display-ready.
 *
 * @param standard e.g. "2023 San Pedro Bay standard: NOx 59% below 2005"
 * @param entity the port or San Pedro Bay
 * @param basis "Standard year" or "Latest year"
 * @param dataYear the data year evaluated, or ""
 * @param achieved the change achieved, e.g. "-70%", or "n/a"
 * @param status "Met", "Not met", "Not yet due", "No data", "No reference"
 * @param margin by how much, e.g. "+11 pp" or "-3 pp", or "n/a"
 * @param allowedTons the tons the standard allows the entity (its 2005 tons less the required reduction), e.g.
 *                    "12,002.0", in the pollutant's unit; "n/a" for a goal against 1990 or without a 2005 figure
 */
public record StandardRow(String standard, String entity, String basis, String dataYear, String achieved, String status,
                          String margin, String allowedTons) {

    public StandardRow {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(dataYear, "dataYear");
        Objects.requireNonNull(achieved, "achieved");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(margin, "margin");
        Objects.requireNonNull(allowedTons, "allowedTons");
    }
}
