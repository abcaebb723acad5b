package org.portverify.reports;

import java.util.Objects;

/**
 * When a tons series reaches a target on its current trend, display-ready.
 *
 * @param entity the port or San Pedro Bay
 * @param pollutant e.g. "NOx"
 * @param method "Least squares" or "Theil-Sen"
 * @param slope tons per year with its 95% interval, e.g. "-512 (-640 to -384)"
 * @param target the target, e.g. "2023 standard: 12,002 tons"
 * @param projection e.g. "met in 2024", "2031 (2029 to 2035)", "not on current trend"
 */
public record ProjectionRow(String entity, String pollutant, String method, String slope, String target, String projection) {

    public ProjectionRow {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(pollutant, "pollutant");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(slope, "slope");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(projection, "projection");
    }
}
