package org.portverify.reports;

import java.util.List;
import java.util.Objects;

/**
 * Sections 1 and 2: the headline table and the change vs 2005 by data year.
 *
 * @param reductions headline table: reductions vs 2005 for the reporting year
 * @param trends     change vs 2005 by data year
 */
public record HeadlineSection(List<ReductionRow> reductions, List<TrendRow> trends) {

    public HeadlineSection {
        reductions = List.copyOf(Objects.requireNonNull(reductions, "reductions"));
        trends = List.copyOf(Objects.requireNonNull(trends, "trends"));
    }
}
