package org.portverify.domain.metrics.trend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;

/**
 * The trend of a (data year, value) series over a window.
 *
 * <p><b>Method.</b> The points of the window are sorted by year (a year appears at most once). With fewer than
 * {@value #MINIMUM_POINTS} points there is no trend: {@link TrendStatus#INSUFFICIENT_DATA}, code PV-3008, and no
 * numbers at all. Otherwise two lines are always fitted:
 * <ul>
 * <li>ordinary least squares with Commons Math {@link SimpleRegression}: slope, intercept, R² and the 95% confidence
 * interval of the slope, {@code slope ± t(0.975, n - 2) x SE(slope)}
 * ({@link SimpleRegression#getSlopeConfidenceInterval(double)} at 0.05);</li>
 * <li>Theil-Sen: the slope is the median of the n(n-1)/2 pairwise slopes {@code (y_j - y_i) / (x_j - x_i)}, the
 * intercept the median of {@code y_i - slope x x_i}; its 95% interval is Sen's (1968) rank interval: with
 * {@code N = n(n-1)/2} ordered slopes and {@code C = z(0.975) x sqrt(n(n-1)(2n+5)/18)}, the lower limit is the slope
 * of rank {@code (N - C)/2} and the upper the slope of rank {@code (N + C)/2 + 1} (ranks from 1, interpolated between
 * neighbours, clamped to 1..N).</li>
 * </ul>
 * <p><b>Choice.</b> A year is an outlier when its residual from the Theil-Sen line lies more than
 * {@code k x 1.4826 x MAD} from the residuals' median (MAD: their median absolute deviation; k from
 * {@link TrendOptions}, 3 by default) and also beyond numerical noise ({@code 1e-9 x} the largest |value|). The
 * robust line's residuals are used because an outlier pulls the least-squares line towards itself and can hide in its
 * residuals. Outliers are looked for from {@value #MINIMUM_POINTS_FOR_OUTLIERS} points on (fewer residuals say nothing
 * about spread). With an outlier the trend reports Theil-Sen, otherwise least squares; {@link #method()} says which,
 * and both lines are kept.
 */
public record Trend(TrendStatus status, String issue, TrendMethod method, List<YearValue> points, TrendLine line,
                    TrendLine leastSquares, TrendLine theilSen, List<Integer> outlierYears) {

    /** A slope interval needs n - 2 &gt; 0 degrees of freedom. */
    public static final int MINIMUM_POINTS = 3;
    public static final int MINIMUM_POINTS_FOR_OUTLIERS = 5;
    /** The confidence of every slope interval: 95%, as the issue defines it. */
    public static final double CONFIDENCE = 0.95;
    /** The normal quantile of Sen's interval, z(0.975) = 1.959963984540054. */
    static final double Z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
    /** Consistency constant of the MAD for normal data: 1 / z(0.75). */
    public static final double MAD_SCALE = 1.4826;
    private static final double NOISE = 1e-9;
    /** Crossings outside these years are treated as never (they only arise from slopes next to zero). */
    private static final double FIRST_YEAR = 0;
    private static final double LAST_YEAR = 9999;
    /** A crossing this close past a whole year counts as that year: floating-point noise, not a later year. */
    private static final double YEAR_NOISE = 1e-6;

    public Trend {
        points = List.copyOf(points);
        outlierYears = List.copyOf(outlierYears);
    }

    public static Trend fit(Collection<YearValue> series) {
        return fit(series, TrendOptions.DEFAULT);
    }

    public static Trend fit(Collection<YearValue> series, TrendOptions options) {
        List<YearValue> points = series.stream().filter(p -> options.window().contains(p.year()))
                .sorted(Comparator.comparingInt(YearValue::year)).toList();
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).year() == points.get(i - 1).year()) {
                throw new IllegalArgumentException("Data year " + points.get(i).year() + " appears twice");
            }
        }
        if (points.size() < MINIMUM_POINTS) {
            return new Trend(TrendStatus.INSUFFICIENT_DATA, ErrorCode.TREND_INSUFFICIENT_DATA.code(), null, points,
                    null, null, null, List.of());
        }
        TrendLine leastSquares = leastSquares(points);
        TrendLine theilSen = theilSen(points);
        List<Integer> outliers = points.size() < MINIMUM_POINTS_FOR_OUTLIERS ? List.of()
                : outliers(points, theilSen, options.outlierK());
        TrendLine chosen = outliers.isEmpty() ? leastSquares : theilSen;
        return new Trend(TrendStatus.FITTED, null, chosen.method(), points, chosen, leastSquares, theilSen, outliers);
    }

    /**
     * The points of one metric series, e.g. San Pedro Bay total NOx tons ({@code ReductionMetric::getTons}) or its
     * reduction; rows whose value is null ({@code n/a}) are not points. {@code category} null is the total.
     */
    public static List<YearValue> series(Collection<ReductionMetric> metrics, Scope scope, SourceCategory category,
                                         Pollutant pollutant, Function<ReductionMetric, BigDecimal> value) {
        return metrics.stream().filter(m -> m.getScope() == scope && m.getCategory() == category
                        && m.getPollutant() == pollutant && value.apply(m) != null)
                .map(m -> YearValue.of(m.getDataYear(), value.apply(m)))
                .sorted(Comparator.comparingInt(YearValue::year)).toList();
    }

    /** The PV-3008 message for this trend, or null when it was fitted. */
    public String issueMessage() {
        return issue == null ? null : ErrorCode.TREND_INSUFFICIENT_DATA.message(points.size(), MINIMUM_POINTS);
    }

    /**
     * When the reported line reaches {@code goal}.
     *
     * <p>If the latest point of the window already meets the goal: {@link ProjectionStatus#ALREADY_MET}. If the slope
     * is zero or moves away from the goal: {@link ProjectionStatus#NOT_ON_CURRENT_TREND}. Otherwise the line is
     * pivoted at the window's mean year {@code x̄} (for least squares the centroid, which its line passes through):
     * with {@code D = goal - line(x̄)} the crossing for slope {@code b} is {@code x̄ + D / b}; the central year uses
     * the fitted slope, the interval the two ends of the slope's 95% interval. Where that interval includes slopes
     * that do not move towards the goal, the crossing is unbounded on that side (null). The line decides, not the
     * latest observation: a crossing before the latest data year means the line has passed the goal while the latest
     * point has not.
     */
    public GoalProjection project(Goal goal) {
        if (status != TrendStatus.FITTED) {
            return new GoalProjection(ProjectionStatus.INSUFFICIENT_DATA, null, null, null, null, null, null, issue);
        }
        YearValue latest = points.get(points.size() - 1);
        if (goal.isMetBy(latest.value())) {
            Boolean byDeadline = goal.deadlineYear() != null && latest.year() <= goal.deadlineYear() ? Boolean.TRUE
                    : null;
            return new GoalProjection(ProjectionStatus.ALREADY_MET, method, null, latest.year(), null, null,
                    byDeadline, null);
        }
        int towards = goal.towards();
        if (towards * line.slope() <= 0) {
            return notOnTrend();
        }
        double pivotYear = points.stream().mapToDouble(YearValue::year).sum() / points.size();
        double distance = goal.value() - line.valueAt(pivotYear);
        double crossing = pivotYear + distance / line.slope();
        if (!(crossing >= FIRST_YEAR && crossing <= LAST_YEAR)) {
            return notOnTrend();
        }
        double steepest = towards > 0 ? line.slopeHigh() : line.slopeLow();
        double flattest = towards > 0 ? line.slopeLow() : line.slopeHigh();
        Double earliest;
        Double latestCrossing;
        if (distance == 0) {
            earliest = crossing;
            latestCrossing = crossing;
        } else {
            double atSteepest = pivotYear + distance / steepest;
            if (towards * flattest > 0) {
                double atFlattest = pivotYear + distance / flattest;
                earliest = Math.min(atSteepest, atFlattest);
                latestCrossing = Math.max(atSteepest, atFlattest);
            } else if (towards * distance > 0) {
                // the goal lies ahead: slopes near zero reach it ever later
                earliest = atSteepest;
                latestCrossing = null;
            } else {
                // the line passed the goal before the mean year: slopes near zero passed it ever earlier
                earliest = null;
                latestCrossing = atSteepest;
            }
        }
        int year = wholeYear(crossing);
        Boolean byDeadline = goal.deadlineYear() == null ? null : year <= goal.deadlineYear();
        return new GoalProjection(ProjectionStatus.ON_TREND, method, crossing, year, wholeYear(earliest),
                wholeYear(latestCrossing), byDeadline, null);
    }

    private GoalProjection notOnTrend() {
        return new GoalProjection(ProjectionStatus.NOT_ON_CURRENT_TREND, method, null, null, null, null, null, null);
    }

    private static Integer wholeYear(Double crossing) {
        if (crossing == null || !(crossing >= FIRST_YEAR && crossing <= LAST_YEAR)) {
            return null;
        }
        // The first whole year at or after the crossing; 2032.0000000000002 (0.8 / 0.09999999999999999) is 2032.
        return (int) Math.ceil(crossing - YEAR_NOISE);
    }

    private static TrendLine leastSquares(List<YearValue> points) {
        SimpleRegression regression = new SimpleRegression(true);
        points.forEach(p -> regression.addData(p.year(), p.value()));
        double slope = regression.getSlope();
        double halfWidth = regression.getSlopeConfidenceInterval(1 - CONFIDENCE);
        // A flat series has SST = 0 and SimpleRegression's R² would be 0 / 0: the line passes through every point.
        double rSquared = regression.getTotalSumSquares() == 0 ? 1 : regression.getRSquare();
        return new TrendLine(TrendMethod.ORDINARY_LEAST_SQUARES, slope, regression.getIntercept(), rSquared,
                slope - halfWidth, slope + halfWidth, regression.getSlopeStdErr());
    }

    private static TrendLine theilSen(List<YearValue> points) {
        int n = points.size();
        double[] slopes = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                YearValue a = points.get(i);
                YearValue b = points.get(j);
                slopes[k++] = (b.value() - a.value()) / (b.year() - a.year());
            }
        }
        Arrays.sort(slopes);
        double slope = median(slopes);
        double[] offsets = new double[n];
        for (int i = 0; i < n; i++) {
            offsets[i] = points.get(i).value() - slope * points.get(i).year();
        }
        Arrays.sort(offsets);
        double intercept = median(offsets);

        double c = Z * Math.sqrt(n * (n - 1.0) * (2.0 * n + 5.0) / 18.0);
        double low = atRank(slopes, (slopes.length - c) / 2);
        double high = atRank(slopes, (slopes.length + c) / 2 + 1);
        return new TrendLine(TrendMethod.THEIL_SEN, slope, intercept, rSquared(points, slope, intercept), low, high,
                null);
    }

    private static double rSquared(List<YearValue> points, double slope, double intercept) {
        double mean = points.stream().mapToDouble(YearValue::value).sum() / points.size();
        double total = 0;
        double errors = 0;
        for (YearValue p : points) {
            total += (p.value() - mean) * (p.value() - mean);
            double residual = p.value() - (intercept + slope * p.year());
            errors += residual * residual;
        }
        if (total == 0) {
            return errors == 0 ? 1 : 0;
        }
        return 1 - errors / total;
    }

    private static List<Integer> outliers(List<YearValue> points, TrendLine robust, double k) {
        int n = points.size();
        double[] residuals = new double[n];
        double largest = 0;
        for (int i = 0; i < n; i++) {
            YearValue p = points.get(i);
            residuals[i] = p.value() - robust.valueAt(p.year());
            largest = Math.max(largest, Math.abs(p.value()));
        }
        double centre = median(sorted(residuals));
        double[] deviations = new double[n];
        for (int i = 0; i < n; i++) {
            deviations[i] = Math.abs(residuals[i] - centre);
        }
        double mad = median(sorted(deviations));
        double threshold = Math.max(k * MAD_SCALE * mad, NOISE * largest);
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (deviations[i] > threshold) {
                years.add(points.get(i).year());
            }
        }
        return years;
    }

    /** The middle of a sorted array; the mean of the two middle values for an even length. */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** The value of rank {@code rank} (1-based, fractional ranks interpolated) of a sorted array, clamped to 1..N. */
    private static double atRank(double[] sorted, double rank) {
        double r = Math.min(Math.max(rank, 1), sorted.length);
        int whole = (int) Math.floor(r);
        double fraction = r - whole;
        if (whole >= sorted.length || fraction == 0) {
            return sorted[whole - 1];
        }
        return sorted[whole - 1] + fraction * (sorted[whole] - sorted[whole - 1]);
    }
}
