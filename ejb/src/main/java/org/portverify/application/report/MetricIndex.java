package org.portverify.application.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.portverify.domain.metrics.MetricKey;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.CaapTarget;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;

/** A run's metric rows by scope, category (null: all categories), pollutant and data year. */
final class MetricIndex {

    static final Scope BAY = Scope.SAN_PEDRO_BAY;
    static final int BASELINE_YEAR = 2005;

    private final Map<MetricKey, ReductionMetric> metrics = new HashMap<>();

    MetricIndex(List<ReductionMetric> rows) {
        rows.forEach(m -> metrics.put(new MetricKey(m.getScope(), m.getCategory(), m.getPollutant(),
                m.getDataYear()), m));
    }

    /** The metric, or null when the run has none. */
    ReductionMetric get(Scope scope, SourceCategory category, Pollutant pollutant, int dataYear) {
        return metrics.get(new MetricKey(scope, category, pollutant, dataYear));
    }

    /** San Pedro Bay's total (all categories) of a data year. */
    Optional<ReductionMetric> bayTotal(Pollutant pollutant, int dataYear) {
        return Optional.ofNullable(get(BAY, null, pollutant, dataYear));
    }

    /** San Pedro Bay's 2005 total, or null. */
    ReductionMetric bayBaseline(Pollutant pollutant) {
        return get(BAY, null, pollutant, BASELINE_YEAR);
    }

    /** San Pedro Bay's total of the latest data year, or null. */
    ReductionMetric latestBayTotal(Pollutant pollutant) {
        return metrics.values().stream().filter(m -> m.getScope() == BAY && m.getCategory() == null
                && m.getPollutant() == pollutant).max(Comparator.comparingInt(ReductionMetric::getDataYear))
                .orElse(null);
    }

    Collection<ReductionMetric> all() {
        return metrics.values();
    }

    /** The 2023 standard of a pollutant, or null (only DPM, NOx and SOx have one). */
    static CaapTarget standard2023(Pollutant pollutant) {
        return Arrays.stream(CaapTarget.values())
                .filter(t -> t.year() == 2023 && t.pollutant() == pollutant).findFirst().orElse(null);
    }

    /** The tons a standard allows: the 2005 baseline less the required reduction. */
    static double standardLevel(ReductionMetric baseline, CaapTarget target) {
        return allowedTons(baseline, target).doubleValue();
    }

    /** The tons a standard allows: the 2005 tons less its reduction. */
    static BigDecimal allowedTons(ReductionMetric baseline, CaapTarget target) {
        return baseline.getTons().multiply(BigDecimal.ONE.subtract(target.reduction()));
    }
}
