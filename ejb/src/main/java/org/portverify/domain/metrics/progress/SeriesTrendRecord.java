package org.portverify.domain.metrics.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.CaapTarget;
import org.portverify.domain.metrics.trend.GoalProjection;
import org.portverify.domain.metrics.trend.ProjectionStatus;
import org.portverify.domain.metrics.trend.Trend;
import org.portverify.domain.metrics.trend.TrendLine;
import org.portverify.domain.metrics.trend.TrendMethod;
import org.portverify.domain.metrics.trend.TrendStatus;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.run.RunRow;

/**
 * One {@link SeriesTrend} as a run stored it, at its position in {@link SeriesTrend#ORDER}: the points fitted, both
 * lines (least squares and Theil-Sen; which one is reported and why) and the goal projection. Statistics are doubles,
 * stored as {@code double precision} and read back bit for bit.
 */
@Entity
@Table(name = "series_trend")
public class SeriesTrendRecord extends RunRow {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Scope scope;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private SourceCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Pollutant pollutant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private TrendMeasure measure;

    @Column(nullable = false, length = 64)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private TrendStatus status;

    @Column(length = 16)
    private String issue;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private TrendMethod method;

    @Column(name = "method_reason", nullable = false, length = 500)
    private String methodReason;

    /** "2005=1234.5 2017=1000.25": the points of the window. */
    @Column(nullable = false, length = 4000)
    private String points;

    @Column(name = "outlier_years", nullable = false, length = 500)
    private String outlierYears;

    @Column(name = "ols_slope")
    private Double olsSlope;
    @Column(name = "ols_intercept")
    private Double olsIntercept;
    @Column(name = "ols_r_squared")
    private Double olsRSquared;
    @Column(name = "ols_slope_low")
    private Double olsSlopeLow;
    @Column(name = "ols_slope_high")
    private Double olsSlopeHigh;
    @Column(name = "ols_slope_std_error")
    private Double olsSlopeStdError;
    @Column(name = "ts_slope")
    private Double tsSlope;
    @Column(name = "ts_intercept")
    private Double tsIntercept;
    @Column(name = "ts_r_squared")
    private Double tsRSquared;
    @Column(name = "ts_slope_low")
    private Double tsSlopeLow;
    @Column(name = "ts_slope_high")
    private Double tsSlopeHigh;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private CaapTarget goal;

    @Column(name = "goal_value")
    private Double goalValue;

    @Column(name = "goal_issue", length = 16)
    private String goalIssue;

    @Enumerated(EnumType.STRING)
    @Column(name = "projection_status", length = 24)
    private ProjectionStatus projectionStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "projection_method", length = 32)
    private TrendMethod projectionMethod;

    @Column(name = "projection_crossing")
    private Double projectionCrossing;

    @Column(name = "projection_year")
    private Integer projectionYear;

    @Column(name = "projection_earliest_year")
    private Integer projectionEarliestYear;

    @Column(name = "projection_latest_year")
    private Integer projectionLatestYear;

    @Column(name = "projection_by_deadline")
    private Boolean projectionByDeadline;

    @Column(name = "projection_issue", length = 16)
    private String projectionIssue;

    protected SeriesTrendRecord() {
    }

    public SeriesTrendRecord(long executionId, int position, SeriesTrend series) {
        super(executionId, position);
        this.scope = series.scope();
        this.category = series.category();
        this.pollutant = series.pollutant();
        this.measure = series.measure();
        this.unit = series.unit();
        Trend trend = series.trend();
        this.status = trend.status();
        this.issue = trend.issue();
        this.method = trend.method();
        this.methodReason = series.methodReason();
        this.points = Stored.points(trend.points());
        this.outlierYears = Stored.years(trend.outlierYears());
        TrendLine ols = trend.leastSquares();
        if (ols != null) {
            olsSlope = ols.slope();
            olsIntercept = ols.intercept();
            olsRSquared = ols.rSquared();
            olsSlopeLow = ols.slopeLow();
            olsSlopeHigh = ols.slopeHigh();
            olsSlopeStdError = ols.slopeStandardError();
        }
        TrendLine ts = trend.theilSen();
        if (ts != null) {
            tsSlope = ts.slope();
            tsIntercept = ts.intercept();
            tsRSquared = ts.rSquared();
            tsSlopeLow = ts.slopeLow();
            tsSlopeHigh = ts.slopeHigh();
        }
        this.goal = series.goal();
        this.goalValue = series.goalValue();
        this.goalIssue = series.goalIssue();
        GoalProjection projection = series.projection();
        if (projection != null) {
            projectionStatus = projection.status();
            projectionMethod = projection.method();
            projectionCrossing = projection.crossing();
            projectionYear = projection.year();
            projectionEarliestYear = projection.earliestYear();
            projectionLatestYear = projection.latestYear();
            projectionByDeadline = projection.byDeadline();
            projectionIssue = projection.issue();
        }
    }

    public SeriesTrend toSeriesTrend() {
        TrendLine ols = olsSlope == null ? null : new TrendLine(TrendMethod.ORDINARY_LEAST_SQUARES, olsSlope,
                olsIntercept, olsRSquared, olsSlopeLow, olsSlopeHigh, olsSlopeStdError);
        TrendLine ts = tsSlope == null ? null : new TrendLine(TrendMethod.THEIL_SEN, tsSlope, tsIntercept, tsRSquared,
                tsSlopeLow, tsSlopeHigh, null);
        TrendLine reported = method == null ? null : method == TrendMethod.THEIL_SEN ? ts : ols;
        Trend trend = new Trend(status, issue, method, Stored.points(points), reported, ols, ts,
                Stored.years(outlierYears));
        GoalProjection projection = projectionStatus == null ? null : new GoalProjection(projectionStatus,
                projectionMethod, projectionCrossing, projectionYear, projectionEarliestYear, projectionLatestYear,
                projectionByDeadline, projectionIssue);
        return new SeriesTrend(scope, category, pollutant, measure, unit, trend, methodReason, goal, goalValue,
                projection, goalIssue);
    }
}
