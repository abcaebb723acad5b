package org.portverify.domain.submission;

import java.util.List;

/**
 * The inventory edition the port last had accepted before this one (normally its accepted submission of the
 * previous reporting year), with its figures: its 2005 baseline is what a restatement is measured against.
 */
public record PreviousEdition(String edition, List<InventoryFigure> figures) {

    public PreviousEdition {
        figures = List.copyOf(figures);
    }

    /** A port's first accepted edition has nothing to compare with. */
    public static PreviousEdition none() {
        return new PreviousEdition("", List.of());
    }
}
