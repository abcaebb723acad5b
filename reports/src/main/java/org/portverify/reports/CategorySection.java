package org.portverify.reports;

import java.util.List;
import java.util.Objects;

/**
 * Section 3: emissions by source category.
 *
 * @param categories the reporting year by entity, source category and pollutant (tons, vs 2005 and 2017, absolute
 *                   and per 10,000 TEU)
 */
public record CategorySection(List<CategoryRow> categories) {

    public CategorySection {
        categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
    }

    /** No category table. */
    public static CategorySection none() {
        return new CategorySection(List.of());
    }
}
