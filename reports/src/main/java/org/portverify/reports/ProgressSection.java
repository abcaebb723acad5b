package org.portverify.reports;

import java.util.List;
import java.util.Objects;

/**
 * Sections 4 and 5: the CAAP standards and goals, and the projections of the trends.
 *
 * @param standards    the CAAP standards and goals, met or not and by how much
 * @param zeroEmission zero-emission shares of the fleets against their goal years
 * @param projections  when key series reach their targets on the current trend
 */
public record ProgressSection(List<StandardRow> standards, List<ZeroEmissionRow> zeroEmission,
                              List<ProjectionRow> projections) {

    public ProgressSection {
        standards = List.copyOf(Objects.requireNonNull(standards, "standards"));
        zeroEmission = List.copyOf(Objects.requireNonNull(zeroEmission, "zeroEmission"));
        projections = List.copyOf(Objects.requireNonNull(projections, "projections"));
    }

    /** No standards, shares or projections. */
    public static ProgressSection none() {
        return new ProgressSection(List.of(), List.of(), List.of());
    }
}
