package org.portverify.application.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.trend.Trend;
import org.portverify.domain.metrics.trend.TrendStatus;
import org.portverify.domain.model.Pollutant;
import org.portverify.reports.ProjectionBandRow;
import org.portverify.reports.TonsRow;
import org.portverify.reports.TonsSection;

/**
 * The tons behind the dashboard's tons chart (issue 16): every entity's total of each board pollutant by data year,
 * and each key pollutant's fitted trend with its band, written as the report writes tons.
 */
final class TonsAssembler {

    private TonsAssembler() {
    }

    static TonsSection tons(List<ReductionMetric> metrics, ProgressFigures progress) {
        return new TonsSection(tonsRows(metrics), bandRows(progress));
    }

    /** Entity, then pollutant in the board tables' order, then data year; totals of all categories only. */
    private static List<TonsRow> tonsRows(List<ReductionMetric> metrics) {
        List<TonsRow> rows = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            for (Pollutant pollutant : ReportPollutants.HEADLINE) {
                metrics.stream()
                        .filter(m -> m.getScope() == scope && m.getCategory() == null && m.getPollutant() == pollutant)
                        .sorted(Comparator.comparingInt(ReductionMetric::getDataYear))
                        .forEach(m -> rows.add(new TonsRow(ReportFormats.entity(scope, m.getCaveat() != null),
                                pollutant.code(),
                                m.getUnit().displayName(), m.getDataYear(), ReportFormats.tons(m.getTons()),
                                ReportFormats.intensity(m.getTonsPer10kTeu()))));
            }
        }
        return rows;
    }

    /** San Pedro Bay's trend of each key pollutant that could be fitted, year by year, as the projection chart draws. */
    private static List<ProjectionBandRow> bandRows(ProgressFigures progress) {
        List<ProjectionBandRow> rows = new ArrayList<>();
        for (Pollutant pollutant : ReportPollutants.KEY) {
            Trend trend = progress.trends().get(pollutant);
            if (trend == null || trend.status() != TrendStatus.FITTED) {
                continue;
            }
            String method = ReportFormats.trendMethod(trend.method());
            for (ProjectionBands.Year y : ProjectionBands.of(trend)) {
                rows.add(new ProjectionBandRow(Scope.SAN_PEDRO_BAY.displayName(), pollutant.code(), method,
                        y.year(), tons(y.fitted()), tons(y.low()), tons(y.high())));
            }
        }
        return rows;
    }

    private static String tons(double value) {
        return ReportFormats.tons(BigDecimal.valueOf(value));
    }
}
