package org.portverify.reports;

import java.util.List;
import java.util.Objects;

/**
 * The tons behind the charts, as tables (issue 16): not printed as tables in the PDF, exported for the dashboard's
 * tons chart so that it draws the report's own figures.
 *
 * @param tons           each entity's tons and tons per 10,000 TEU of each board pollutant by data year
 * @param projectionBand the fitted trend of San Pedro Bay's tons of each key pollutant, with its 95% band, by year
 */
public record TonsSection(List<TonsRow> tons, List<ProjectionBandRow> projectionBand) {

    public TonsSection {
        tons = List.copyOf(Objects.requireNonNull(tons, "tons"));
        projectionBand = List.copyOf(Objects.requireNonNull(projectionBand, "projectionBand"));
    }

    /** No tons tables (a model from before issue 16, or one with the original sections only). */
    public static TonsSection none() {
        return new TonsSection(List.of(), List.of());
    }
}
