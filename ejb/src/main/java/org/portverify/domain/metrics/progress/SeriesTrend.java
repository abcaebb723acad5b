package org.portverify.domain.metrics.progress;

import java.util.Comparator;
import java.util.Objects;

import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.CaapTarget;
import org.portverify.domain.metrics.trend.GoalProjection;
import org.portverify.domain.metrics.trend.Trend;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;

/**
 * The stored trend of one series of a run (scope, all categories or one, pollutant, tons or tons per 10,000 TEU)
 * and, where the series has a CAAP goal, when the trend meets it.
 *
 * @param category     null for the total over all categories
 * @param unit         the series' unit in words ("short tons per 10,000 TEU")
 * @param methodReason why the reported line is least squares or Theil-Sen (or why there is none)
 * @param goal         the CAAP target the projection aims at, or null when the series has none
 * @param goalValue    the target as a value of the series (tons), or null
 * @param projection   when the trend meets the goal, or null without a goal value
 * @param goalIssue    the PV-30xx code when the series has a goal but no value for it (PV-3010: no 1990 reference;
 *                     PV-3001: no 2005 figure), else null
 */
public record SeriesTrend(Scope scope, SourceCategory category, Pollutant pollutant, TrendMeasure measure,
                          String unit, Trend trend, String methodReason, CaapTarget goal, Double goalValue,
                          GoalProjection projection, String goalIssue) {

    /** Scope, total before categories, pollutant, measure: the order they are stored and returned in. */
    public static final Comparator<SeriesTrend> ORDER = Comparator.comparing(SeriesTrend::scope)
            .thenComparing(SeriesTrend::category, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SeriesTrend::pollutant).thenComparing(SeriesTrend::measure);

    public SeriesTrend {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(pollutant, "pollutant");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(trend, "trend");
    }

    /** The projection for tables: "met in 2024", "2031 (2029 to 2035)", "not on current trend", or "n/a". */
    public String describeProjection() {
        return projection == null ? "n/a" : projection.describe();
    }
}
