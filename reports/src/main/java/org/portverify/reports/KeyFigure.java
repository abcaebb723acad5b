package org.portverify.reports;

import java.util.Objects;

/**
 * A key figure of the executive summary, display-ready.
 *
 * @param label what the figure is, e.g. "San Pedro Bay DPM vs 2005"
 * @param value the figure, e.g. "-90%"
 * @param note one line of context, or ""
 */
public record KeyFigure(String label, String value, String note) {

    public KeyFigure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(note, "note");
    }
}
