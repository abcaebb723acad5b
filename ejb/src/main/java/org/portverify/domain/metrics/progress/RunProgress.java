package org.portverify.domain.metrics.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.CaapStandards;
import org.portverify.domain.metrics.goals.CaapTarget;
import org.portverify.domain.metrics.goals.GhgReference;
import org.portverify.domain.metrics.goals.StandardProgress;
import org.portverify.domain.metrics.goals.ZeroEmissionShare;
import org.portverify.domain.metrics.goals.ZeroEmissionShares;
import org.portverify.domain.metrics.goals.ZeroEmissionShares.PortFleet;
import org.portverify.domain.metrics.qa.QaFlag;
import org.portverify.domain.metrics.qa.QaFlags;
import org.portverify.domain.metrics.qa.QaThresholds;
import org.portverify.domain.metrics.trend.Goal;
import org.portverify.domain.metrics.trend.GoalProjection;
import org.portverify.domain.metrics.trend.Trend;
import org.portverify.domain.metrics.trend.TrendMethod;
import org.portverify.domain.metrics.trend.TrendOptions;
import org.portverify.domain.metrics.trend.TrendStatus;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.submission.RecordRules;

/**
 * Everything a run stores about CAAP progress, computed once from its metric rows, its pinned fleet data and the
 * previous editions' baselines, with its {@link ProgressSettings}. Pure: the same inputs in any row order give equal
 * results, each list in its fixed order.
 *
 * @param standards          {@link CaapStandards#evaluate} with the configured 1990 references
 * @param trends             each scope's headline totals ({@link #HEADLINE_POLLUTANTS}), tons and tons per 10,000 TEU
 * @param qaFlags            year-over-year outliers, rises since 2005, missing years, and baselines moved since the
 *                           previous edition beyond the tolerance
 * @param zeroEmissionShares every fleet category, per port and San Pedro Bay
 */
public record RunProgress(List<StandardProgress> standards, List<SeriesTrend> trends, List<QaFlag> qaFlags,
                          List<ZeroEmissionShare> zeroEmissionShares) {

    /** The pollutants of the published headline table (docs/domain.md): DPM, NOx, SOx and GHG as CO2e. */
    public static final List<Pollutant> HEADLINE_POLLUTANTS = List.of(Pollutant.DPM, Pollutant.NOX, Pollutant.SOX,
            Pollutant.CO2E);

    public RunProgress {
        standards = List.copyOf(standards);
        trends = List.copyOf(trends);
        qaFlags = List.copyOf(qaFlags);
        zeroEmissionShares = List.copyOf(zeroEmissionShares);
    }

    public static RunProgress compute(Collection<ReductionMetric> metrics, Collection<PortFleet> fleets,
                                      Collection<EditionComparison> editions, ProgressSettings settings) {
        List<StandardProgress> standards = CaapStandards.evaluate(metrics, settings.ghgReferences());
        List<SeriesTrend> trends = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            for (Pollutant pollutant : HEADLINE_POLLUTANTS) {
                for (TrendMeasure measure : TrendMeasure.values()) {
                    trends.add(trend(metrics, scope, null, pollutant, measure, settings));
                }
            }
        }
        QaThresholds thresholds = settings.qaThresholds();
        List<QaFlag> flags = new ArrayList<>(QaFlags.check(metrics, thresholds));
        for (EditionComparison edition : editions) {
            flags.addAll(QaFlags.baselineMoves(edition.previous(), edition.current(), thresholds));
        }
        flags.sort(QaFlag.ORDER);
        return new RunProgress(standards, trends, flags, ZeroEmissionShares.compute(fleets));
    }

    /**
     * The trend of one series over the settings' window, with its goal: the 2023 San Pedro Bay standard's level
     * ({@code (1 - target) x E_2005} of the same edition, by 2023) for DPM, NOx and SOx tons, the 2030 GHG goal
     * ({@code 0.6 x} the 1990 reference, by 2030) for CO2e tons; no goal for a category, another pollutant or tons
     * per 10,000 TEU.
     */
    public static SeriesTrend trend(Collection<ReductionMetric> metrics, Scope scope, SourceCategory category,
                                    Pollutant pollutant, TrendMeasure measure, ProgressSettings settings) {
        TrendOptions options = settings.trendOptions();
        Trend trend = Trend.fit(Trend.series(metrics, scope, category, pollutant, measure.value()), options);
        String reason = methodReason(trend, options);
        String unit = measure.unit(pollutant);
        Optional<CaapTarget> target = category != null || measure != TrendMeasure.TONS ? Optional.empty()
                : goalOf(pollutant);
        if (target.isEmpty()) {
            return new SeriesTrend(scope, category, pollutant, measure, unit, trend, reason, null, null, null, null);
        }
        CaapTarget goal = target.get();
        BigDecimal keep = BigDecimal.ONE.subtract(goal.reduction());
        BigDecimal reference;
        if (goal.isGreenhouseGasGoal()) {
            Optional<GhgReference> configured = settings.ghgReferences().forScope(scope);
            if (configured.isEmpty()) {
                return new SeriesTrend(scope, category, pollutant, measure, unit, trend, reason, goal, null, null,
                        ErrorCode.GHG_REFERENCE_MISSING.code());
            }
            reference = configured.get().inReportingUnit();
        } else {
            Optional<BigDecimal> baseline = metrics.stream().filter(m -> m.getScope() == scope
                    && m.getCategory() == null && m.getPollutant() == pollutant
                    && m.getDataYear() == RecordRules.BASELINE_YEAR).map(ReductionMetric::getTons).findFirst();
            if (baseline.isEmpty()) {
                return new SeriesTrend(scope, category, pollutant, measure, unit, trend, reason, goal, null, null,
                        ErrorCode.BASELINE_MISSING.code());
            }
            reference = baseline.get();
        }
        double value = keep.multiply(reference).doubleValue();
        GoalProjection projection = trend.project(Goal.atOrBelow(value).by(goal.year()));
        return new SeriesTrend(scope, category, pollutant, measure, unit, trend, reason, goal, value, projection,
                null);
    }

    /** The CAAP target a pollutant's tons aim at now: the 2023 standards, the 2030 GHG goal. */
    static Optional<CaapTarget> goalOf(Pollutant pollutant) {
        return switch (pollutant) {
            case DPM -> Optional.of(CaapTarget.STANDARD_2023_DPM);
            case NOX -> Optional.of(CaapTarget.STANDARD_2023_NOX);
            case SOX -> Optional.of(CaapTarget.STANDARD_2023_SOX);
            case CO2E -> Optional.of(CaapTarget.GHG_2030);
            default -> Optional.empty();
        };
    }

    /** Why the trend reports the line it reports, in words an auditor can check. */
    static String methodReason(Trend trend, TrendOptions options) {
        int n = trend.points().size();
        String k = BigDecimal.valueOf(options.outlierK()).stripTrailingZeros().toPlainString();
        if (trend.status() == TrendStatus.INSUFFICIENT_DATA) {
            return "no trend: " + n + " data year(s) in the window, a trend needs at least " + Trend.MINIMUM_POINTS;
        }
        if (trend.method() == TrendMethod.THEIL_SEN) {
            return "Theil-Sen: outlier year(s) " + trend.outlierYears().stream().map(String::valueOf)
                    .reduce((a, b) -> a + ", " + b).orElse("") + " (residual from the Theil-Sen line beyond " + k
                    + " x 1.4826 x MAD)";
        }
        if (n < Trend.MINIMUM_POINTS_FOR_OUTLIERS) {
            return "least squares: " + n + " data years, too few to look for outliers (from "
                    + Trend.MINIMUM_POINTS_FOR_OUTLIERS + ")";
        }
        return "least squares: no residual from the Theil-Sen line beyond " + k + " x 1.4826 x MAD";
    }
}
