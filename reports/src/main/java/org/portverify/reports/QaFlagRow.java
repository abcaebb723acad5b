package org.portverify.reports;

import java.util.Objects;

/**
 * A quality flag the auditors see, display-ready.
 *
 * @param level "Warning" or "Info"
 * @param code e.g. "PV-3050"
 * @param entity the port or San Pedro Bay
 * @param series category and pollutant, e.g. "OGV NOx" or "All NOx"
 * @param dataYear e.g. "2021"
 * @param message the reason in words
 */
public record QaFlagRow(String level, String code, String entity, String series, String dataYear, String message) {

    public QaFlagRow {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(dataYear, "dataYear");
        Objects.requireNonNull(message, "message");
    }
}
