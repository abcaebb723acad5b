package org.portverify.domain.metrics;

import java.util.Comparator;

import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;

/** Identifies one series point: scope, category (null for all categories), pollutant and data year. */
public record MetricKey(Scope scope, SourceCategory category, Pollutant pollutant, int dataYear) {

    /** Scope, then all-categories before each category, then pollutant, then data year: a stable output order. */
    public static final Comparator<MetricKey> ORDER = Comparator.comparing(MetricKey::scope)
            .thenComparing(MetricKey::category, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(MetricKey::pollutant)
            .thenComparingInt(MetricKey::dataYear);

    MetricKey inYear(int year) {
        return new MetricKey(scope, category, pollutant, year);
    }

    MetricKey inScope(Scope other) {
        return new MetricKey(other, category, pollutant, dataYear);
    }
}
