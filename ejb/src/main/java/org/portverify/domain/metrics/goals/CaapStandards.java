package org.portverify.domain.metrics.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Reductions;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.StandardProgress.Basis;
import org.portverify.domain.metrics.goals.StandardProgress.Status;
import org.portverify.domain.model.Pollutant;

/**
 * Evaluates the {@link CaapTarget}s on the all-categories totals of a run's metrics.
 *
 * <p>The San Pedro Bay standards (2014, 2023; DPM, NOx, SOx) are evaluated on the San Pedro Bay series, with the
 * reduction vs 2005 of the same edition the metrics already carry. The greenhouse gas goals (2030, 2050) are evaluated
 * for every scope, on CO2e tons against that scope's configured 1990 reference, {@code (R_1990 - E_y) / R_1990};
 * a scope without one gets {@link Status#NO_REFERENCE} (PV-3010), never an assumed value.
 *
 * <p>Each target is evaluated twice: on its own year ({@link Basis#TARGET_YEAR}: "was the 2014 standard met in
 * 2014?"; {@link Status#NOT_YET_DUE} when that year is after the latest data year, PV-3009 when the edition lacks it)
 * and on the latest data year ({@link Basis#LATEST_YEAR}: "is the level of the standard held today?"). A target is met
 * when the unrounded reduction is at least the target's; the margin is the difference in percentage points.
 */
public final class CaapStandards {

    private CaapStandards() {
    }

    /** Every target for every scope it applies to, in {@link StandardProgress#ORDER}. */
    public static List<StandardProgress> evaluate(Collection<ReductionMetric> metrics, GhgReferences references) {
        Map<Scope, Map<Pollutant, SortedMap<Integer, ReductionMetric>>> totals = new EnumMap<>(Scope.class);
        for (ReductionMetric m : metrics) {
            if (m.getCategory() == null) {
                totals.computeIfAbsent(m.getScope(), s -> new EnumMap<>(Pollutant.class))
                        .computeIfAbsent(m.getPollutant(), p -> new TreeMap<>()).put(m.getDataYear(), m);
            }
        }
        List<StandardProgress> rows = new ArrayList<>();
        for (CaapTarget target : CaapTarget.values()) {
            if (target.isGreenhouseGasGoal()) {
                for (Scope scope : Scope.values()) {
                    rows.addAll(greenhouseGas(target, scope, series(totals, scope, target.pollutant()),
                            references.forScope(scope)));
                }
            } else {
                rows.addAll(evaluate(target, Scope.SAN_PEDRO_BAY,
                        series(totals, Scope.SAN_PEDRO_BAY, target.pollutant()),
                        m -> new Outcome(m.getReduction(), m.getReductionIssue())));
            }
        }
        rows.sort(StandardProgress.ORDER);
        return rows;
    }

    private static SortedMap<Integer, ReductionMetric> series(
            Map<Scope, Map<Pollutant, SortedMap<Integer, ReductionMetric>>> totals, Scope scope, Pollutant pollutant) {
        return totals.getOrDefault(scope, Map.of()).getOrDefault(pollutant, new TreeMap<>());
    }

    private static List<StandardProgress> greenhouseGas(CaapTarget target, Scope scope,
                                                        SortedMap<Integer, ReductionMetric> series,
                                                        Optional<GhgReference> reference) {
        if (reference.isEmpty()) {
            Integer latest = series.isEmpty() ? null : series.lastKey();
            String issue = ErrorCode.GHG_REFERENCE_MISSING.code();
            return List.of(
                    new StandardProgress(target, scope, Basis.TARGET_YEAR, target.year(), Status.NO_REFERENCE, null,
                            null, issue),
                    new StandardProgress(target, scope, Basis.LATEST_YEAR, latest, Status.NO_REFERENCE, null, null,
                            issue));
        }
        BigDecimal tons1990 = reference.get().inReportingUnit();
        return evaluate(target, scope, series, m -> new Outcome(Reductions.reduction(tons1990, m.getTons()), null));
    }

    /** The reduction a metric row shows against the target's reference year, or null with the reason. */
    private record Outcome(BigDecimal reduction, String issue) {
    }

    private static List<StandardProgress> evaluate(CaapTarget target, Scope scope,
                                                   SortedMap<Integer, ReductionMetric> series,
                                                   Function<ReductionMetric, Outcome> outcome) {
        Integer latest = series.isEmpty() ? null : series.lastKey();
        return List.of(on(target, scope, Basis.TARGET_YEAR, target.year(), latest, series, outcome),
                on(target, scope, Basis.LATEST_YEAR, latest, latest, series, outcome));
    }

    private static StandardProgress on(CaapTarget target, Scope scope, Basis basis, Integer year, Integer latest,
                                       SortedMap<Integer, ReductionMetric> series,
                                       Function<ReductionMetric, Outcome> outcome) {
        if (latest != null && year > latest) {
            return new StandardProgress(target, scope, basis, year, Status.NOT_YET_DUE, null, null, null);
        }
        ReductionMetric metric = year == null ? null : series.get(year);
        if (metric == null) {
            return new StandardProgress(target, scope, basis, year, Status.NO_DATA, null, null,
                    ErrorCode.STANDARD_DATA_MISSING.code());
        }
        Outcome result = outcome.apply(metric);
        if (result.reduction() == null) {
            return new StandardProgress(target, scope, basis, year, Status.NO_DATA, null, null, result.issue());
        }
        BigDecimal margin = result.reduction().subtract(target.reduction()).movePointRight(2);
        Status status = result.reduction().compareTo(target.reduction()) >= 0 ? Status.MET : Status.NOT_MET;
        return new StandardProgress(target, scope, basis, year, status, result.reduction(), margin, null);
    }
}
