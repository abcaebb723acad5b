package org.portverify.application.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.CaapTarget;
import org.portverify.domain.metrics.goals.StandardProgress;
import org.portverify.domain.metrics.goals.ZeroEmissionShare;
import org.portverify.domain.metrics.goals.ZeroEmissionShares;
import org.portverify.domain.metrics.trend.Goal;
import org.portverify.domain.metrics.trend.GoalProjection;
import org.portverify.domain.metrics.trend.Trend;
import org.portverify.domain.metrics.trend.TrendLine;
import org.portverify.domain.metrics.trend.TrendOptions;
import org.portverify.domain.metrics.trend.TrendStatus;
import org.portverify.domain.model.Pollutant;
import org.portverify.reports.ProgressSection;
import org.portverify.reports.ProjectionRow;
import org.portverify.reports.StandardRow;
import org.portverify.reports.ZeroEmissionRow;

/** Sections 4 and 5: the CAAP standards, the zero-emission shares against their goals, and the projections. */
final class ProgressAssembler {

    private ProgressAssembler() {
    }

    static ProgressSection progress(MetricIndex index, ProgressFigures progress) {
        return new ProgressSection(standardRows(index, progress.standards()), zeroEmissionRows(progress.zeroEmission()),
                projectionRows(index, progress));
    }

    private static List<StandardRow> standardRows(MetricIndex index, List<StandardProgress> standards) {
        return standards.stream().map(s -> new StandardRow(s.target().label(), s.scope().displayName(),
                s.basis() == StandardProgress.Basis.TARGET_YEAR ? "Standard year" : "Latest year",
                s.dataYear() == null ? "" : s.dataYear().toString(), s.displayChange(),
                ReportFormats.words(s.status().name()), s.displayMargin(), allowedTons(index, s))).toList();
    }

    /** The entity's 2005 tons less the standard's reduction; a goal against 1990 has no level here. */
    private static String allowedTons(MetricIndex index, StandardProgress s) {
        if (s.target().isGreenhouseGasGoal()) {
            return "n/a";
        }
        ReductionMetric baseline = index.get(s.scope(), null, s.target().pollutant(), MetricIndex.BASELINE_YEAR);
        return baseline == null ? "n/a" : ReportFormats.tons(MetricIndex.allowedTons(baseline, s.target()));
    }

    /** The latest data year of each scope and fleet, with the year its trend reaches the goal. */
    private static List<ZeroEmissionRow> zeroEmissionRows(List<ZeroEmissionShare> shares) {
        Map<String, ZeroEmissionShare> latest = new TreeMap<>();
        for (ZeroEmissionShare s : shares) {
            String key = s.scope().ordinal() + ":" + s.category().ordinal();
            ZeroEmissionShare current = latest.get(key);
            if (current == null || s.dataYear() > current.dataYear()) {
                latest.put(key, s);
            }
        }
        List<ZeroEmissionRow> rows = new ArrayList<>();
        for (ZeroEmissionShare s : latest.values()) {
            String projection = ZeroEmissionShares.projection(shares, s.scope(), s.category(), TrendOptions.DEFAULT)
                    .map(GoalProjection::describe).orElse("n/a");
            rows.add(new ZeroEmissionRow(s.scope().displayName(), s.category().displayName(),
                    String.valueOf(s.dataYear()),
                    ReportFormats.count(s.zeUnits()) + " of " + ReportFormats.count(s.totalUnits()),
                    s.displayShare(), s.goal() == null ? "none" : "100% by " + s.goal().year(),
                    ReportFormats.words(s.status().name()), s.requiredGainPerYear() == null ? ""
                            : ReportFormats.points(s.requiredGainPerYear().movePointRight(2)),
                    projection));
        }
        return rows;
    }

    /** When the San Pedro Bay tons of each key pollutant reach the 2023 standard's level on their trend. */
    private static List<ProjectionRow> projectionRows(MetricIndex index, ProgressFigures progress) {
        List<ProjectionRow> rows = new ArrayList<>();
        for (Pollutant pollutant : ReportPollutants.KEY) {
            Trend trend = progress.trends().get(pollutant);
            CaapTarget target = MetricIndex.standard2023(pollutant);
            ReductionMetric baseline = index.bayBaseline(pollutant);
            if (trend == null || target == null || baseline == null) {
                continue;
            }
            double level = MetricIndex.standardLevel(baseline, target);
            String targetText = "2023 standard: " + ReportFormats.tons(BigDecimal.valueOf(level)) + " "
                    + baseline.getUnit().displayName();
            if (trend.status() != TrendStatus.FITTED) {
                rows.add(new ProjectionRow(Scope.SAN_PEDRO_BAY.displayName(), pollutant.code(), "n/a",
                        "n/a (" + trend.issue() + ")", targetText, "n/a"));
                continue;
            }
            TrendLine line = trend.line();
            rows.add(new ProjectionRow(Scope.SAN_PEDRO_BAY.displayName(), pollutant.code(),
                    ReportFormats.trendMethod(trend.method()),
                    ReportFormats.slopeWithInterval(line),
                    targetText, trend.project(Goal.atOrBelow(level).by(target.year())).describe()));
        }
        return rows;
    }
}
