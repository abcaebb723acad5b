package org.portverify.domain.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.submission.ConsistencyRules;
import org.portverify.domain.submission.InventoryFigure;
import org.portverify.domain.submission.RecordRules;
import org.portverify.domain.submission.Throughput;

/**
 * Computes every {@link ReductionMetric} of a run from the ports' accepted figures: per port, per source category
 * and over all categories, per pollutant and data year, and for San Pedro Bay when both ports submitted. The
 * all-categories figure is the port's published total (category ALL) where it filed one, else the sum of its
 * categories, with a caveat when some are missing (a partial inventory).
 * Each port's reductions use the 2005 baseline and the 2017 figure of its own edition; every data year is compared
 * with both (2005 itself against 2017 too: the formula holds either way, and a report picks the rows it shows).
 * The result is sorted by {@link MetricKey#ORDER}, so it does not depend on the order of the input rows.
 */
public final class ReductionCalculator {

    /** The accepted figures and throughput of one port's current submission. */
    public record PortInventory(Port port, Collection<InventoryFigure> figures, Collection<Throughput> throughput) {
    }

    /** The second comparison year of the inventories, next to the 2005 baseline. */
    public static final int COMPARISON_YEAR = 2017;

    private ReductionCalculator() {
    }

    public static List<ReductionMetric> compute(long executionId, Collection<PortInventory> inventories) {
        SortedMap<MetricKey, BigDecimal> tons = new TreeMap<>(MetricKey.ORDER);
        Map<Scope, Map<Integer, Long>> teu = new EnumMap<>(Scope.class);
        Map<MetricKey, Set<SourceCategory>> covered = new HashMap<>();
        for (PortInventory inventory : inventories) {
            Scope scope = Scope.of(inventory.port());
            Map<MetricKey, BigDecimal> published = new HashMap<>();
            for (InventoryFigure figure : inventory.figures()) {
                BigDecimal value = figure.valueInReportingUnit();
                MetricKey total = new MetricKey(scope, null, figure.getPollutant(), figure.getDataYear());
                if (!figure.getCategory().isSource()) {
                    published.put(total, value); // ALL: the port's total as published, not a sixth category
                    continue;
                }
                tons.merge(new MetricKey(scope, figure.getCategory(), figure.getPollutant(), figure.getDataYear()),
                        value, BigDecimal::add);
                tons.merge(total, value, BigDecimal::add);
                covered.computeIfAbsent(total, k -> EnumSet.noneOf(SourceCategory.class)).add(figure.getCategory());
            }
            // A published total stands for the port's whole inventory of that year and pollutant, whatever its
            // categories add up to (PV-1214 checked them at the package).
            tons.putAll(published);
            published.keySet().forEach(key -> covered.put(key, EnumSet.copyOf(SourceCategory.sources())));
            Map<Integer, Long> portTeu = teu.computeIfAbsent(scope, s -> new TreeMap<>());
            inventory.throughput().forEach(t -> portTeu.put(t.getDataYear(), t.getTeu()));
        }
        if (teu.containsKey(Scope.POLA) && teu.containsKey(Scope.POLB)) {
            combine(tons, teu);
        }
        List<ReductionMetric> metrics = new ArrayList<>(tons.size());
        tons.forEach((key, value) -> {
            ReductionMetric metric = metric(executionId, key, value, tons, teu);
            if (key.category() == null) {
                metric.caveat(caveat(key, covered));
            }
            metrics.add(metric);
        });
        return metrics;
    }

    /**
     * Why an all-categories figure rests on a partial inventory: the categories its data year lacks, and those the
     * 2005 baseline it is compared with lacks; per port for San Pedro Bay. Null when both are complete.
     */
    static String caveat(MetricKey key, Map<MetricKey, Set<SourceCategory>> covered) {
        List<String> parts = new ArrayList<>();
        List<Scope> ports = key.scope() == Scope.SAN_PEDRO_BAY ? List.of(Scope.POLA, Scope.POLB)
                : List.of(key.scope());
        for (Scope port : ports) {
            List<String> gaps = new ArrayList<>();
            for (int year : key.dataYear() == RecordRules.BASELINE_YEAR ? List.of(key.dataYear())
                    : List.of(key.dataYear(), RecordRules.BASELINE_YEAR)) {
                Set<SourceCategory> present = covered.get(new MetricKey(port, null, key.pollutant(), year));
                if (present != null && present.size() < SourceCategory.sources().size()) {
                    gaps.add(year + " lacks " + ConsistencyRules.missing(present).stream().map(SourceCategory::code)
                            .collect(Collectors.joining(", ")));
                }
            }
            if (!gaps.isEmpty()) {
                parts.add((ports.size() > 1 ? port.name() + " " : "") + String.join(", ", gaps));
            }
        }
        return parts.isEmpty() ? null : "partial inventory: " + String.join("; ", parts);
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
        Map<Integer, Long> scopeTeu = teu.getOrDefault(key.scope(), Map.of());
        Long yearTeu = scopeTeu.get(key.dataYear());
        BigDecimal efficiency = null;
        String noEfficiency = null;
        if (yearTeu == null) {
            noEfficiency = ErrorCode.THROUGHPUT_MISSING.code();
        } else if (yearTeu <= 0) {
            noEfficiency = ErrorCode.THROUGHPUT_ZERO.code();
        } else {
            efficiency = Reductions.tonsPer10kTeu(value, yearTeu, key.dataYear());
        }

        Comparison vs2005 = compare(key, value, efficiency, noEfficiency, RecordRules.BASELINE_YEAR,
                ErrorCode.BASELINE_MISSING, ErrorCode.BASELINE_ZERO, tons, scopeTeu);
        metric.reductionAgainst(vs2005.referenceTons(), vs2005.reduction());
        metric.reductionIssue(vs2005.reductionIssue());
        if (efficiency != null) {
            metric.efficiency(yearTeu, vs2005.referenceTeu(), efficiency, vs2005.efficiencyReduction());
        }
        metric.efficiencyIssue(vs2005.efficiencyIssue());

        Comparison vs2017 = compare(key, value, efficiency, noEfficiency, COMPARISON_YEAR,
                ErrorCode.COMPARISON_FIGURE_MISSING, ErrorCode.COMPARISON_FIGURE_ZERO, tons, scopeTeu);
        metric.against2017(vs2017.referenceTons(), vs2017.reduction(), vs2017.reductionIssue(),
                vs2017.referenceTeu(), vs2017.efficiencyReduction(), vs2017.efficiencyIssue());
        return metric;
    }

    /** One data year against one reference year of the same edition; a null value comes with its issue code. */
    private record Comparison(BigDecimal referenceTons, BigDecimal reduction, String reductionIssue,
                              Long referenceTeu, BigDecimal efficiencyReduction, String efficiencyIssue) {
    }

    /**
     * The reduction against {@code referenceYear}, in tons and per 10,000 TEU. Without the year's own efficiency
     * ({@code noEfficiency} says why) there is no efficiency reduction and no reference TEU either.
     */
    private static Comparison compare(MetricKey key, BigDecimal value, BigDecimal efficiency, String noEfficiency,
                                      int referenceYear, ErrorCode missing, ErrorCode zero,
                                      Map<MetricKey, BigDecimal> tons, Map<Integer, Long> scopeTeu) {
        BigDecimal referenceTons = tons.get(key.inYear(referenceYear));
        BigDecimal reduction = null;
        String reductionIssue = null;
        if (referenceTons == null) {
            reductionIssue = missing.code();
        } else if (referenceTons.signum() == 0) {
            reductionIssue = zero.code();
        } else {
            reduction = Reductions.reduction(referenceTons, value);
        }
        if (efficiency == null) {
            return new Comparison(referenceTons, reduction, reductionIssue, null, null, noEfficiency);
        }
        Long referenceTeu = scopeTeu.get(referenceYear);
        if (referenceTeu == null) {
            return new Comparison(referenceTons, reduction, reductionIssue, null, null,
                    ErrorCode.THROUGHPUT_MISSING.code());
        }
        if (reduction == null) {
            return new Comparison(referenceTons, null, reductionIssue, referenceTeu, null, reductionIssue);
        }
        try {
            BigDecimal referenceEfficiency = Reductions.tonsPer10kTeu(referenceTons, referenceTeu, referenceYear);
            return new Comparison(referenceTons, reduction, null, referenceTeu,
                    Reductions.efficiencyReduction(referenceEfficiency, efficiency), null);
        } catch (RuleViolation violation) {
            return new Comparison(referenceTons, reduction, null, referenceTeu, null, violation.code().code());
        }
    }
}
