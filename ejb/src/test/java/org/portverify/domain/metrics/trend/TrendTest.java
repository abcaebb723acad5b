package org.portverify.domain.metrics.trend;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.portverify.domain.metrics.ReductionCalculator;
import org.portverify.domain.metrics.ReductionCalculator.PortInventory;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.MassUnit;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.Port;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.submission.InventoryFigure;
import org.portverify.domain.submission.Throughput;

/** Trends on series whose slope and interval are known in closed form; all expected values are hand-computed. */
class TrendTest {

    private static final double EXACT = 0;
    private static final double TIGHT = 1e-12;
    /** Commons Math's t quantile is found by a solver to 1e-9; times a standard error below 1. */
    private static final double T_QUANTILE = 1e-9;

    private static List<YearValue> series(int firstYear, double... values) {
        List<YearValue> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new YearValue(firstYear + i, values[i]));
        }
        return points;
    }

    // ---------------------------------------------------------------- least squares in closed form

    @ParameterizedTest(name = "y = 3x + 2 from x = {0}")
    @ValueSource(ints = {1, 2017})
    void perfectLineHasItsSlopeRSquaredOneAndAZeroWidthInterval(int first) {
        List<YearValue> points = new ArrayList<>();
        for (int x = first; x < first + 8; x++) {
            points.add(new YearValue(x, 3.0 * x + 2));
        }
        Trend trend = Trend.fit(points);
        TrendLine line = trend.line();
        assertAll(
                () -> assertEquals(TrendStatus.FITTED, trend.status()),
                () -> assertEquals(TrendMethod.ORDINARY_LEAST_SQUARES, trend.method()),
                () -> assertEquals(3.0, line.slope(), EXACT),
                () -> assertEquals(2.0, line.intercept(), EXACT),
                () -> assertEquals(1.0, line.rSquared(), EXACT),
                () -> assertEquals(0.0, line.slopeStandardError(), EXACT),
                () -> assertEquals(0.0, line.slopeHigh() - line.slopeLow(), EXACT), // CI width 0
                () -> assertEquals(3.0, trend.theilSen().slope(), EXACT),          // every pairwise slope is 3
                () -> assertEquals(2.0, trend.theilSen().intercept(), EXACT),
                () -> assertEquals(List.of(), trend.outlierYears()));
    }

    /**
     * x = 1..5, y = 1, 3, 2, 5, 4. x̄ = 3, ȳ = 3, Sxx = 4 + 1 + 0 + 1 + 4 = 10,
     * Sxy = (-2)(-2) + (-1)(0) + 0(-1) + 1(2) + 2(1) = 8: slope 8/10 = 0.8, intercept 3 - 0.8 x 3 = 0.6.
     * Fitted 1.4, 2.2, 3.0, 3.8, 4.6; residuals -0.4, 0.8, -1.0, 1.2, -0.6: SSE = 0.16 + 0.64 + 1 + 1.44 + 0.36 = 3.6;
     * SST = 4 + 0 + 1 + 4 + 1 = 10: R² = 1 - 3.6/10 = 0.64.
     * s² = SSE / (n - 2) = 1.2; SE(slope) = sqrt(s² / Sxx) = sqrt(0.12) = 0.34641016151377546.
     * t(0.975, 3) = 3.182446305284263 (tables: 3.182): half width = 0.34641016151377546 x 3.182446305284263
     * = 1.10243173862, interval 0.8 ± 1.10243 = [-0.30243173862, 1.90243173862]. Commons Math inverts the t
     * distribution numerically to an absolute accuracy of 1e-9, hence the tolerance on the interval.
     */
    @Test
    void noisySeriesHasTheHandComputedSlopeStandardErrorAndInterval() {
        Trend trend = Trend.fit(series(1, 1, 3, 2, 5, 4));
        TrendLine ols = trend.leastSquares();
        assertEquals(TrendMethod.ORDINARY_LEAST_SQUARES, trend.method());
        assertEquals(0.8, ols.slope(), TIGHT);
        assertEquals(0.6, ols.intercept(), TIGHT);
        assertEquals(0.64, ols.rSquared(), TIGHT);
        assertEquals(Math.sqrt(0.12), ols.slopeStandardError(), TIGHT);
        double halfWidth = Math.sqrt(0.12) * 3.182446305284263;
        assertEquals(1.10243173862, halfWidth, 1e-11);
        assertEquals(0.8 - halfWidth, ols.slopeLow(), T_QUANTILE);
        assertEquals(0.8 + halfWidth, ols.slopeHigh(), T_QUANTILE);
    }

    /**
     * The same series by Theil-Sen. Pairwise slopes: (1,2) 2, (1,3) 0.5, (1,4) 4/3, (1,5) 0.75, (2,3) -1, (2,4) 1,
     * (2,5) 1/3, (3,4) 3, (3,5) 1, (4,5) -1; ordered -1, -1, 1/3, 0.5, 0.75, 1, 1, 4/3, 2, 3: median (0.75 + 1)/2
     * = 0.875. y - 0.875x = 0.125, 1.25, -0.625, 1.5, -0.375: median 0.125.
     * Sen's interval: N = 10, C = 1.95996 x sqrt(5 x 4 x 15 / 18) = 1.95996 x 4.08248 = 8.0015; ranks
     * (10 - 8.0015)/2 = 0.9992 (clamped to 1) and (10 + 8.0015)/2 + 1 = 10.0008 (clamped to 10): [-1, 3].
     * Residuals from that line 0, 1.125, -0.75, 1.375, -0.5; median 0; MAD 0.75; 3 x 1.4826 x 0.75 = 3.336: no outlier.
     */
    @Test
    void senIntervalUsesTheNormalQuantile() {
        assertEquals(1.959963984540054, Trend.Z, TIGHT); // z(0.975)
    }

    @Test
    void theilSenOfTheNoisySeries() {
        TrendLine ts = Trend.fit(series(1, 1, 3, 2, 5, 4)).theilSen();
        assertEquals(0.875, ts.slope(), EXACT);
        assertEquals(0.125, ts.intercept(), EXACT);
        assertEquals(-1.0, ts.slopeLow(), EXACT);
        assertEquals(3.0, ts.slopeHigh(), EXACT);
        assertNull(ts.slopeStandardError());
        // SSE = 0 + 1.265625 + 0.5625 + 1.890625 + 0.25 = 3.96875; R² = 1 - 3.96875/10 = 0.603125
        assertEquals(0.603125, ts.rSquared(), TIGHT);
    }

    // ---------------------------------------------------------------- Theil-Sen on an outlier year

    /**
     * y = 100 - 5(year - 2017) for 2017..2024, but 2021 is 110 instead of 80 (a congestion year).
     * Pairwise slopes: the 21 pairs without 2021 are -5; with 2021, -5 + 30/(4 - i) for the four years before
     * (2.5, 5, 10, 25) and -5 - 30/(i - 4) for the three after (-35, -20, -15). Ordered, ranks 4 to 24 are -5:
     * median -5, and Sen's ranks (28 - 15.84)/2 = 6.08 and (28 + 15.84)/2 + 1 = 22.92 are both -5 too.
     * y + 5 x year = 10185 for every clean year and 10215 for 2021: intercept 10185.
     * Least squares is pulled: Sxx = 2(0.25 + 2.25 + 6.25 + 12.25) = 42, the outlier adds 30 x 0.5 to Sxy:
     * slope -5 + 15/42 = -65/14 = -4.642857...
     * Residuals from Theil-Sen: 0 except 30 in 2021; MAD 0, so 2021 is beyond any k x MAD: an outlier.
     */
    @Test
    void outlierYear2021SwitchesToTheilSenAndKeepsTheCleanSlope() {
        Trend trend = Trend.fit(series(2017, 100, 95, 90, 85, 110, 75, 70, 65));
        assertEquals(TrendMethod.THEIL_SEN, trend.method());
        assertEquals(List.of(2021), trend.outlierYears());
        assertEquals(-5.0, trend.line().slope(), EXACT);
        assertEquals(10185.0, trend.line().intercept(), EXACT);
        assertEquals(-5.0, trend.line().slopeLow(), EXACT);
        assertEquals(-5.0, trend.line().slopeHigh(), EXACT);
        assertEquals(80.0, trend.line().valueAt(2021), EXACT); // the clean value
        assertEquals(-65.0 / 14, trend.leastSquares().slope(), TIGHT);
        // SST: mean 86.25, squares 189.0625 + 76.5625 + 14.0625 + 1.5625 + 564.0625 + 126.5625 + 264.0625 + 451.5625
        // = 1687.5; SSE = 30² = 900: R² = 1 - 900/1687.5 = 7/15
        assertEquals(7.0 / 15, trend.line().rSquared(), TIGHT);
    }

    @Test
    void outlierThresholdIsConfigurable() {
        // Residuals from Theil-Sen 0, 1.125, -0.75, 1.375, -0.5 (see above): MAD 0.75. With k = 1 the threshold is
        // 1.4826 x 0.75 = 1.112: 1.125 (x = 2) and 1.375 (x = 4) lie beyond it.
        Trend trend = Trend.fit(series(1, 1, 3, 2, 5, 4), new TrendOptions(TrendWindow.ALL, 1.0));
        assertEquals(List.of(2, 4), trend.outlierYears());
        assertEquals(TrendMethod.THEIL_SEN, trend.method());
    }

    @Test
    void outliersAreOnlyLookedForFromFivePoints() {
        Trend trend = Trend.fit(series(2017, 100, 95, 190, 85));
        assertEquals(List.of(), trend.outlierYears());
        assertEquals(TrendMethod.ORDINARY_LEAST_SQUARES, trend.method());
    }

    // ---------------------------------------------------------------- insufficient data, windows, NaN

    @ParameterizedTest(name = "{0} point(s)")
    @ValueSource(ints = {0, 1, 2})
    void oneOrTwoPointsAreInsufficientDataNeverNaN(int count) {
        List<YearValue> points = series(2023, 10, 8).subList(0, count);
        Trend trend = Trend.fit(points);
        assertEquals(TrendStatus.INSUFFICIENT_DATA, trend.status());
        assertEquals("PV-3008", trend.issue());
        assertEquals("PV-3008: " + count + " data year(s) in the trend window; a trend needs at least 3",
                trend.issueMessage());
        assertNull(trend.method());
        assertNull(trend.line());
        assertNull(trend.leastSquares());
        assertNull(trend.theilSen());
        GoalProjection projection = trend.project(Goal.atOrBelow(1));
        assertEquals(ProjectionStatus.INSUFFICIENT_DATA, projection.status());
        assertEquals("PV-3008", projection.issue());
        assertNull(projection.year());
        assertEquals("n/a", projection.describe());
    }

    @Test
    void windowKeepsOnlyItsYears() {
        List<YearValue> points = new ArrayList<>(series(2017, 100, 95, 90, 85));
        points.add(new YearValue(2005, 500));
        points.add(new YearValue(2025, 999));
        Trend trend = Trend.fit(points, TrendOptions.over(new TrendWindow(2017, 2024)));
        assertEquals(List.of(2017, 2018, 2019, 2020), trend.points().stream().map(YearValue::year).toList());
        assertEquals(-5.0, trend.line().slope(), EXACT);
        // Two years left in the window: insufficient, whatever the series holds outside it
        Trend narrow = Trend.fit(points, TrendOptions.over(TrendWindow.lastYears(2, 2020)));
        assertEquals(TrendStatus.INSUFFICIENT_DATA, narrow.status());
        assertEquals(2, narrow.points().size());
        assertEquals(new TrendWindow(2017, 2024), TrendWindow.lastYears(8, 2024));
    }

    @Test
    void aYearTwiceIsRefused() {
        List<YearValue> points = new ArrayList<>(series(2017, 1, 2, 3));
        points.add(new YearValue(2018, 2.5));
        assertThrows(IllegalArgumentException.class, () -> Trend.fit(points));
        assertThrows(IllegalArgumentException.class, () -> new YearValue(2020, Double.NaN));
    }

    @Test
    void flatSeriesHasRSquaredOneNotNaN() {
        Trend trend = Trend.fit(series(2017, 5, 5, 5, 5, 5, 5));
        assertEquals(0.0, trend.line().slope(), EXACT);
        assertEquals(1.0, trend.leastSquares().rSquared(), EXACT);
        assertEquals(1.0, trend.theilSen().rSquared(), EXACT);
        assertEquals(ProjectionStatus.NOT_ON_CURRENT_TREND, trend.project(Goal.atOrBelow(4)).status());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void noNumberIsEverNaNOrInfinite(long seed) {
        Random random = new Random(seed);
        for (int n = 3; n <= 9; n++) {
            List<YearValue> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // a few repeated values and steps, as real series have
                points.add(new YearValue(2017 + i, random.nextInt(4) == 0 ? 50 : random.nextInt(100)));
            }
            Trend trend = Trend.fit(points);
            for (TrendLine line : List.of(trend.leastSquares(), trend.theilSen())) {
                assertTrue(Stream.of(line.slope(), line.intercept(), line.rSquared(), line.slopeLow(),
                        line.slopeHigh()).allMatch(Double::isFinite), line::toString);
            }
            GoalProjection projection = trend.project(Goal.atOrBelow(10));
            assertTrue(projection.crossing() == null || Double.isFinite(projection.crossing()));
        }
    }

    // ---------------------------------------------------------------- goal projections

    /**
     * x = 1..5, y = 10, 9, 6, 4, 1: ȳ = 6, Sxy = 4(-2) + 3(-1) + 0 + (-2)(1) + (-5)(2) = -23, slope -2.3,
     * intercept 6 + 2.3 x 3 = 12.9; residuals -0.6, 0.7, 0, 0.3, -0.4: SSE 1.1, SE = sqrt(1.1/3/10) = 0.191485,
     * half width 0.191485 x 3.182446 = 0.609392: slope interval [-2.909392, -1.690608].
     * Goal 0 (at or below): pivot at x̄ = 3 where the line is 6, D = -6; crossing 3 + 6/2.3 = 5.6087 -> year 6;
     * steepest 3 + 6/2.909392 = 5.0623 -> 6, flattest 3 + 6/1.690608 = 6.5490 -> 7.
     */
    @Test
    void projectionWithABoundedInterval() {
        GoalProjection p = Trend.fit(series(1, 10, 9, 6, 4, 1)).project(Goal.atOrBelow(0).by(6));
        assertEquals(ProjectionStatus.ON_TREND, p.status());
        assertEquals(TrendMethod.ORDINARY_LEAST_SQUARES, p.method());
        assertEquals(3 + 6 / 2.3, p.crossing(), TIGHT);
        assertEquals(6, p.year());
        assertEquals(6, p.earliestYear());
        assertEquals(7, p.latestYear());
        assertEquals(Boolean.TRUE, p.byDeadline());
        assertEquals("6 (6 to 7)", p.describe());
        assertEquals(Boolean.FALSE, Trend.fit(series(1, 10, 9, 6, 4, 1)).project(Goal.atOrBelow(0).by(5))
                .byDeadline());
    }

    /**
     * The noisy rising series (slope 0.8, interval [-0.302432, 1.902432], line 3 at x̄ = 3) towards 10 (at or
     * above): crossing 3 + 7/0.8 = 11.75 -> 12; the steepest slope gives 3 + 7/1.902432 = 6.6795 -> 7; the interval
     * includes slopes that never rise, so there is no latest year.
     */
    @Test
    void projectionWhoseIntervalIncludesAFlatSlopeIsOpenEnded() {
        GoalProjection p = Trend.fit(series(1, 1, 3, 2, 5, 4)).project(Goal.atOrAbove(10));
        assertEquals(ProjectionStatus.ON_TREND, p.status());
        assertEquals(11.75, p.crossing(), TIGHT);
        assertEquals(12, p.year());
        assertEquals(7, p.earliestYear());
        assertNull(p.latestYear());
        assertNull(p.byDeadline());
        assertEquals("12 (7 or later)", p.describe());
    }

    /**
     * y = 1, 5, 4, 6, 3: ȳ = 3.8, Sxy = (-2)(-2.8) + (-1)(1.2) + 0 + 1(2.2) + 2(-0.8) = 5, slope 0.5 (interval
     * [-1.537760, 2.537760]). Goal 3.5 (at or above): the latest point (3) does not meet it, but the line is 3.8 at
     * x̄ = 3, already past: crossing 3 - 0.3/0.5 = 2.4 -> 3, at the latest 3 - 0.3/2.537760 = 2.88 -> 3, no earliest.
     */
    @Test
    void projectionOfALineAlreadyPastTheGoal() {
        GoalProjection p = Trend.fit(series(1, 1, 5, 4, 6, 3)).project(Goal.atOrAbove(3.5));
        assertEquals(ProjectionStatus.ON_TREND, p.status());
        assertEquals(2.4, p.crossing(), TIGHT);
        assertEquals(3, p.year());
        assertNull(p.earliestYear());
        assertEquals(3, p.latestYear());
        assertEquals("3 (3 at the latest)", p.describe());
    }

    @Test
    void aCrossingOnAWholeYearIsThatYearDespiteRounding() {
        // 0.09, 0.18, 0.27 towards 0.54: 2021 + (0.54 - 0.18)/0.09 = 2025 exactly, 2025.0000000000002 in doubles
        GoalProjection p = Trend.fit(series(2020, 0.09, 0.18, 0.27)).project(Goal.atOrAbove(0.54));
        assertTrue(p.crossing() > 2025.0, () -> "the doubles' crossing " + p.crossing());
        assertEquals(2025, p.year());
        assertEquals(2025, p.earliestYear());
        assertEquals(2025, p.latestYear());
    }

    @Test
    void projectionOnTheTheilSenLineOfTheOutlierSeries() {
        // y = 10185 - 5 x year (Theil-Sen): 50 is reached at (10185 - 50)/5 = 2027; the slope interval is [-5, -5]
        GoalProjection p = Trend.fit(series(2017, 100, 95, 90, 85, 110, 75, 70, 65))
                .project(Goal.atOrBelow(50).by(2030));
        assertEquals(TrendMethod.THEIL_SEN, p.method());
        assertEquals(2027.0, p.crossing(), TIGHT);
        assertEquals(2027, p.year());
        assertEquals(2027, p.earliestYear());
        assertEquals(2027, p.latestYear());
        assertEquals(Boolean.TRUE, p.byDeadline());
    }

    @Test
    void goalAlreadyMetOrNotOnCurrentTrend() {
        Trend rising = Trend.fit(series(2017, 1, 3, 2, 5, 4));
        GoalProjection met = rising.project(Goal.atOrAbove(4).by(2030)); // 2021's value 4 meets it
        assertEquals(ProjectionStatus.ALREADY_MET, met.status());
        assertEquals(2021, met.year());
        assertEquals(Boolean.TRUE, met.byDeadline());
        assertEquals("met in 2021", met.describe());

        GoalProjection away = rising.project(Goal.atOrBelow(0)); // rising, goal below
        assertEquals(ProjectionStatus.NOT_ON_CURRENT_TREND, away.status());
        assertNull(away.year());
        assertNull(away.crossing());
        assertEquals("not on current trend", away.describe());
    }

    // ---------------------------------------------------------------- determinism

    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 42L, 2025L})
    void shuffledOrRepeatedInputGivesBitIdenticalResults(long seed) {
        // POLA NOx tons 2017..2025 of the demo data, with the 2021 bump
        List<YearValue> points = series(2017, 6560, 6320, 5999.999, 5600.001, 5760, 4960, 4400, 4261.919, 4079.999);
        Trend first = Trend.fit(points);
        List<YearValue> shuffled = new ArrayList<>(points);
        Collections.shuffle(shuffled, new Random(seed));
        assertNotEquals(points, shuffled);
        for (Trend again : List.of(Trend.fit(points), Trend.fit(shuffled))) {
            assertEquals(bits(first), bits(again));
            assertEquals(first, again);
            assertEquals(first.project(Goal.atOrBelow(2000)), again.project(Goal.atOrBelow(2000)));
        }
    }

    private static List<Long> bits(Trend trend) {
        List<Long> bits = new ArrayList<>();
        for (TrendLine line : List.of(trend.leastSquares(), trend.theilSen())) {
            for (double d : new double[] {line.slope(), line.intercept(), line.rSquared(), line.slopeLow(),
                    line.slopeHigh()}) {
                bits.add(Double.doubleToLongBits(d));
            }
        }
        return bits;
    }

    // ---------------------------------------------------------------- from metric rows

    @Test
    void seriesFromMetricRowsSkipsNotApplicableValues() {
        List<InventoryFigure> figures = new ArrayList<>();
        String[] tons = {"30", "20", "16", "12"};
        int[] years = {2005, 2022, 2023, 2024};
        for (int i = 0; i < years.length; i++) {
            figures.add(new InventoryFigure(1L, years[i], SourceCategory.OGV, Pollutant.DPM, new BigDecimal(tons[i]),
                    MassUnit.SHORT_TONS, i));
        }
        figures.add(new InventoryFigure(1L, 2024, SourceCategory.OGV, Pollutant.NOX, BigDecimal.TEN,
                MassUnit.SHORT_TONS, 9)); // no 2005 NOx: its reduction is n/a
        List<ReductionMetric> metrics = ReductionCalculator.compute(1L, List.of(new PortInventory(Port.POLA,
                figures, List.of(new Throughput(1L, 2024, 1000, 1)))));

        List<YearValue> dpm = Trend.series(metrics, Scope.POLA, null, Pollutant.DPM, ReductionMetric::getTons);
        assertEquals(series(2005, 30).get(0), dpm.get(0));
        assertEquals(List.of(2005, 2022, 2023, 2024), dpm.stream().map(YearValue::year).toList());
        // reductions 0, 1/3, 7/15, 0.6 (of 30): a fitted trend from 2022 on, slope (0.6 - 1/3)/2 by least squares
        Trend reductions = Trend.fit(Trend.series(metrics, Scope.POLA, SourceCategory.OGV, Pollutant.DPM,
                ReductionMetric::getReduction), TrendOptions.over(new TrendWindow(2022, 2024)));
        assertEquals((0.6 - 1.0 / 3) / 2, reductions.line().slope(), TIGHT);
        assertEquals(List.of(), Trend.series(metrics, Scope.POLA, null, Pollutant.NOX,
                ReductionMetric::getReduction));
    }
}
