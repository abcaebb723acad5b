package org.portverify.reports;

import java.util.Objects;

/**
 * A key figure of the executive summary, display-ready.
 *
 * @param label   what the figure is, e.g. "San Pedro Bay DPM vs 2005"
 * @param value   the figure, e.g. "-90%"
 * @param note    one line of context, or ""
 * @param code    what the figure is in a word that never changes with the wording or the language, e.g.
 *                "bay-change-vs-2005", so that a page in Spanish or Chinese can label it in its own words; "" when
 *                no reader needs it
 * @param subject what {@code code} is about when it takes a name, e.g. the pollutant "DPM", never translated; or ""
 */
public record KeyFigure(String label, String value, String note, String code, String subject) {

    public KeyFigure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
    }

    /** A figure only the English report labels (no code). */
    public KeyFigure(String label, String value, String note) {
        this(label, value, note, "", "");
    }
}
