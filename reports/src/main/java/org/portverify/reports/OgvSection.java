package org.portverify.reports;

import java.util.List;
import java.util.Objects;

/**
 * Section 6: ocean-going vessels.
 *
 * @param ogv        the ocean-going vessels rows (category OGV) of the reporting year
 * @param ogvFigures key OGV figures, e.g. OGV's share of all NOx
 */
public record OgvSection(List<CategoryRow> ogv, List<KeyFigure> ogvFigures) {

    public OgvSection {
        ogv = List.copyOf(Objects.requireNonNull(ogv, "ogv"));
        ogvFigures = List.copyOf(Objects.requireNonNull(ogvFigures, "ogvFigures"));
    }

    /** No OGV rows or figures. */
    public static OgvSection none() {
        return new OgvSection(List.of(), List.of());
    }
}
