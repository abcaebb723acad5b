package org.portverify.domain.metrics.qa;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.portverify.domain.metrics.MetricKey;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.InventoryFigure;
import org.portverify.domain.submission.RecordRules;

/**
 * The 2005 baseline of one inventory edition: tons per scope, category (null for the total) and pollutant, in the
 * pollutant's reporting unit; the keys' data year is 2005.
 */
public record EditionBaseline(String edition, Map<MetricKey, BigDecimal> tons) {

    public EditionBaseline {
        Objects.requireNonNull(edition, "edition");
        TreeMap<MetricKey, BigDecimal> sorted = new TreeMap<>(MetricKey.ORDER);
        sorted.putAll(tons);
        tons = Collections.unmodifiableSortedMap(sorted);
    }

    /** From one port's accepted figures of the edition: each category's 2005 figures summed, and their total. */
    public static EditionBaseline of(String edition, Port port, Collection<InventoryFigure> figures) {
        Map<MetricKey, BigDecimal> tons = new TreeMap<>(MetricKey.ORDER);
        Scope scope = Scope.of(port);
        for (InventoryFigure f : figures) {
            if (f.getDataYear() == RecordRules.BASELINE_YEAR) {
                BigDecimal value = f.valueInReportingUnit();
                tons.merge(new MetricKey(scope, f.getCategory(), f.getPollutant(), RecordRules.BASELINE_YEAR), value,
                        BigDecimal::add);
                tons.merge(new MetricKey(scope, null, f.getPollutant(), RecordRules.BASELINE_YEAR), value,
                        BigDecimal::add);
            }
        }
        return new EditionBaseline(edition, tons);
    }

    /** From the 2005 rows of a run's metrics (every scope, San Pedro Bay included). */
    public static EditionBaseline of(String edition, Collection<ReductionMetric> metrics) {
        Map<MetricKey, BigDecimal> tons = new TreeMap<>(MetricKey.ORDER);
        for (ReductionMetric m : metrics) {
            if (m.getDataYear() == RecordRules.BASELINE_YEAR) {
                tons.put(new MetricKey(m.getScope(), m.getCategory(), m.getPollutant(), m.getDataYear()),
                        m.getTons());
            }
        }
        return new EditionBaseline(edition, tons);
    }
}
