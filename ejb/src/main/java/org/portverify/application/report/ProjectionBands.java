package org.portverify.application.report;

import java.util.ArrayList;
import java.util.List;

import org.portverify.domain.metrics.trend.Trend;
import org.portverify.domain.metrics.trend.TrendLine;
import org.portverify.domain.metrics.trend.YearValue;

/**
 * A fitted trend drawn year by year with its 95% band: the projection chart of the PDF and the dashboard's
 * {@code projection-band} table take their numbers from here, so both show the same line.
 */
final class ProjectionBands {

    /** How far past the latest data year a projection is drawn. */
    static final int PROJECTION_YEARS = 6;

    /** One year of the drawn trend: the fitted tons and the band's edges, none below zero. */
    record Year(int year, double fitted, double low, double high) {
    }

    private ProjectionBands() {
    }

    /**
     * From the trend's first data year to {@link #PROJECTION_YEARS} past its latest: the fitted line, and the band
     * the slope's 95% interval spans when turned about the trend's centre (the mean of its years).
     */
    static List<Year> of(Trend trend) {
        TrendLine line = trend.line();
        List<YearValue> points = trend.points();
        int first = points.get(0).year();
        int last = points.get(points.size() - 1).year() + PROJECTION_YEARS;
        double pivot = points.stream().mapToDouble(YearValue::year).sum() / points.size();
        double atPivot = line.valueAt(pivot);
        List<Year> years = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            double low = atPivot + line.slopeLow() * (y - pivot);
            double high = atPivot + line.slopeHigh() * (y - pivot);
            years.add(new Year(y, Math.max(0, line.valueAt(y)), Math.max(0, Math.min(low, high)),
                    Math.max(0, Math.max(low, high))));
        }
        return years;
    }
}
