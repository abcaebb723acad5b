package org.portverify.reports;

import java.util.Objects;

/**
 * One line of the tables by source category: an entity's pollutant in one category (or all categories) for the reporting year, display-ready.
 *
 * @param entity the port or "San Pedro Bay (both ports)"
 * @param category the source category, or "All source categories" (with "(partial)" on a partial inventory)
 * @param pollutant e.g. "NOx"
 * @param unit "short tons" or "metric tons"
 * @param tons the reporting-year tons
 * @param change2005 change vs 2005, e.g. "-90%" or "n/a"
 * @param change2017 change vs 2017 of the same edition, or "n/a"
 * @param tonsPer10kTeu tons per 10,000 TEU, or "n/a"
 * @param per10kTeuChange2005 change of tons per 10,000 TEU vs 2005, or "n/a"
 * @param per10kTeuChange2017 change of tons per 10,000 TEU vs 2017, or "n/a"
 */
public record CategoryRow(String entity, String category, String pollutant, String unit, String tons, String change2005, String change2017, String tonsPer10kTeu, String per10kTeuChange2005, String per10kTeuChange2017) {

    public CategoryRow {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(pollutant, "pollutant");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(tons, "tons");
        Objects.requireNonNull(change2005, "change2005");
        Objects.requireNonNull(change2017, "change2017");
        Objects.requireNonNull(tonsPer10kTeu, "tonsPer10kTeu");
        Objects.requireNonNull(per10kTeuChange2005, "per10kTeuChange2005");
        Objects.requireNonNull(per10kTeuChange2017, "per10kTeuChange2017");
    }
}
