package org.portverify.domain.metrics.progress;

import java.math.BigDecimal;
import java.util.Objects;

import org.portverify.domain.metrics.goals.GhgReferences;
import org.portverify.domain.metrics.qa.QaThresholds;
import org.portverify.domain.metrics.trend.TrendOptions;
import org.portverify.domain.metrics.trend.TrendWindow;

/**
 * What a run's progress is computed with, beyond its pinned submissions; stored with the run so that a re-run
 * reproduces it.
 *
 * @param ghgReferences     the 1990 CO2e references (metric tons) per scope; empty: GHG goals NO_REFERENCE, PV-3010
 * @param trendWindow       the data years every stored trend is fitted over
 * @param baselineTolerance the largest relative move of a 2005 baseline from the previous edition left unflagged
 */
public record ProgressSettings(GhgReferences ghgReferences, TrendWindow trendWindow, BigDecimal baselineTolerance) {

    /** No GHG reference, the trend window from 2017 to the reporting year, a 1% tolerance. */
    public static ProgressSettings defaultsFor(int reportingYear) {
        return new ProgressSettings(GhgReferences.none(), TrendWindow.defaultFor(reportingYear),
                QaThresholds.DEFAULT.baselineTolerance());
    }

    public ProgressSettings {
        Objects.requireNonNull(ghgReferences, "ghgReferences");
        Objects.requireNonNull(trendWindow, "trendWindow");
        Objects.requireNonNull(baselineTolerance, "baselineTolerance");
    }

    public TrendOptions trendOptions() {
        return TrendOptions.over(trendWindow);
    }

    public QaThresholds qaThresholds() {
        return QaThresholds.DEFAULT.withBaselineTolerance(baselineTolerance);
    }
}
