package org.portverify.domain.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.InventoryFigure;
import org.portverify.domain.submission.RecordRules;
import org.portverify.domain.submission.Throughput;

/**
 * Computes every {@link ReductionMetric} of a run from the ports' accepted figures: per port, per source category
 * and over all categories, per pollutant and data year, and for San Pedro Bay when both ports submitted.
 * Each port's reductions use the 2005 baseline of its own edition. The result is sorted by {@link MetricKey#ORDER},
 * so it does not depend on the order of the input rows.
 */
public final class ReductionCalculator {

    /** The accepted figures and throughput of one port's current submission. */
    public record PortInventory(Port port, Collection<InventoryFigure> figures, Collection<Throughput> throughput) {
    }

    private ReductionCalculator() {
    }

    public static List<ReductionMetric> compute(long executionId, Collection<PortInventory> inventories) {
        SortedMap<MetricKey, BigDecimal> tons = new TreeMap<>(MetricKey.ORDER);
        Map<Scope, Map<Integer, Long>> teu = new EnumMap<>(Scope.class);
        for (PortInventory inventory : inventories) {
            Scope scope = Scope.of(inventory.port());
            for (InventoryFigure figure : inventory.figures()) {
                BigDecimal value = figure.valueInReportingUnit();
                tons.merge(new MetricKey(scope, figure.getCategory(), figure.getPollutant(), figure.getDataYear()),
                        value, BigDecimal::add);
                tons.merge(new MetricKey(scope, null, figure.getPollutant(), figure.getDataYear()),
                        value, BigDecimal::add);
            }
            Map<Integer, Long> portTeu = teu.computeIfAbsent(scope, s -> new TreeMap<>());
            inventory.throughput().forEach(t -> portTeu.put(t.getDataYear(), t.getTeu()));
        }
        if (teu.containsKey(Scope.POLA) && teu.containsKey(Scope.POLB)) {
            combine(tons, teu);
        }
        List<ReductionMetric> metrics = new ArrayList<>(tons.size());
        tons.forEach((key, value) -> metrics.add(metric(executionId, key, value, tons, teu)));
        return metrics;
    }

    /** San Pedro Bay: tons and TEU summed, only where both ports have the figure (a one-port sum would mislead). */
    private static void combine(SortedMap<MetricKey, BigDecimal> tons, Map<Scope, Map<Integer, Long>> teu) {
        SortedMap<MetricKey, BigDecimal> combined = new TreeMap<>(MetricKey.ORDER);
        tons.forEach((key, value) -> {
            if (key.scope() == Scope.POLA) {
                BigDecimal other = tons.get(key.inScope(Scope.POLB));
                if (other != null) {
                    combined.put(key.inScope(Scope.SAN_PEDRO_BAY), value.add(other));
                }
            }
        });
        tons.putAll(combined);
        Map<Integer, Long> combinedTeu = new TreeMap<>();
        teu.get(Scope.POLA).forEach((year, pola) -> {
            Long polb = teu.get(Scope.POLB).get(year);
            if (polb != null) {
                combinedTeu.put(year, pola + polb);
            }
        });
        teu.put(Scope.SAN_PEDRO_BAY, combinedTeu);
    }

    private static ReductionMetric metric(long executionId, MetricKey key, BigDecimal value,
                                          Map<MetricKey, BigDecimal> tons, Map<Scope, Map<Integer, Long>> teu) {
        ReductionMetric metric = new ReductionMetric(executionId, key, value);
        BigDecimal baseline = tons.get(key.inYear(RecordRules.BASELINE_YEAR));
        if (baseline == null) {
            metric.reductionIssue(ErrorCode.BASELINE_MISSING.code());
        } else if (baseline.signum() == 0) {
            metric.reductionAgainst(baseline, null);
            metric.reductionIssue(ErrorCode.BASELINE_ZERO.code());
        } else {
            metric.reductionAgainst(baseline, Reductions.reduction(baseline, value));
        }

        Map<Integer, Long> scopeTeu = teu.getOrDefault(key.scope(), Map.of());
        Long yearTeu = scopeTeu.get(key.dataYear());
        Long baselineTeu = scopeTeu.get(RecordRules.BASELINE_YEAR);
        if (yearTeu == null) {
            metric.efficiencyIssue(ErrorCode.THROUGHPUT_MISSING.code());
            return metric;
        }
        if (yearTeu <= 0) {
            metric.efficiencyIssue(ErrorCode.THROUGHPUT_ZERO.code());
            return metric;
        }
        BigDecimal efficiency = Reductions.tonsPer10kTeu(value, yearTeu, key.dataYear());
        BigDecimal efficiencyReduction = null;
        if (baselineTeu == null) {
            metric.efficiencyIssue(ErrorCode.THROUGHPUT_MISSING.code());
        } else if (metric.getReduction() == null) {
            metric.efficiencyIssue(metric.getReductionIssue());
        } else {
            try {
                BigDecimal baselineEfficiency = Reductions.tonsPer10kTeu(baseline, baselineTeu,
                        RecordRules.BASELINE_YEAR);
                efficiencyReduction = Reductions.efficiencyReduction(baselineEfficiency, efficiency);
            } catch (RuleViolation violation) {
                metric.efficiencyIssue(violation.code().code());
            }
        }
        metric.efficiency(yearTeu, baselineTeu, efficiency, efficiencyReduction);
        return metric;
    }
}
