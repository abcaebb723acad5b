package org.portverify.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.metrics.goals.CaapStandards;
import org.portverify.domain.metrics.goals.CaapTarget;
import org.portverify.domain.metrics.goals.GhgReferences;
import org.portverify.domain.metrics.goals.StandardProgress;
import org.portverify.domain.metrics.goals.StandardProgress.Basis;
import org.portverify.domain.metrics.goals.StandardProgress.Status;
import org.portverify.domain.metrics.goals.ZeroEmissionShare;
import org.portverify.domain.metrics.goals.ZeroEmissionShares;
import org.portverify.domain.metrics.qa.FlagLevel;
import org.portverify.domain.metrics.qa.QaFlag;
import org.portverify.domain.metrics.qa.QaFlags;
import org.portverify.domain.metrics.qa.QaThresholds;
import org.portverify.domain.metrics.trend.GoalProjection;
import org.portverify.domain.metrics.trend.ProjectionStatus;
import org.portverify.domain.metrics.trend.Trend;
import org.portverify.domain.metrics.trend.TrendMethod;
import org.portverify.domain.metrics.trend.TrendOptions;
import org.portverify.domain.metrics.trend.TrendWindow;
import org.portverify.domain.metrics.trend.YearValue;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;

/**
 * The CAAP progress of the illustrative demo data (edition 2025, data years 2005, 2017 to 2025), from the files.
 * San Pedro Bay totals (POLA + POLB, short tons): DPM 2005 1850, 2023 166.899, 2025 175.749; NOx 34800, 9852, 9908;
 * SOx 16600, 315.399, 282.798.
 */
class DemoDataCaapProgressTest {

    private static List<ReductionMetric> metrics;
    private static List<StandardProgress> standards;
    private static List<ZeroEmissionShare> shares;

    @BeforeAll
    static void compute() {
        metrics = ReductionCalculator.compute(1L, DemoData.inventories());
        standards = CaapStandards.evaluate(metrics, GhgReferences.none());
        shares = ZeroEmissionShares.compute(DemoData.fleets());
    }

    private static StandardProgress standard(CaapTarget target, Basis basis) {
        return standards.stream().filter(s -> s.target() == target && s.scope() == Scope.SAN_PEDRO_BAY
                && s.basis() == basis).findFirst().orElseThrow();
    }

    /** Margins (r - target) x 100 as exact fractions, half-up to 10 places. */
    @ParameterizedTest(name = "{0} on {1}: {3} by {4} pp")
    @CsvSource({
            // 2023 standards in 2023: DPM 1683101/1850000 - 0.77 = 258601/18500 pp; NOx 2079/2900 - 0.59 = 368/29;
            // SOx 16284601/16600000 - 0.93 = 846601/166000
            "STANDARD_2023_DPM, TARGET_YEAR, 2023, MET, 13.9784324324, +14 pp",
            "STANDARD_2023_NOX, TARGET_YEAR, 2023, MET, 12.6896551724, +13 pp",
            "STANDARD_2023_SOX, TARGET_YEAR, 2023, MET, 5.1000060241,  +5 pp",
            // ...and held in 2025: DPM 1674251/1850000 - 0.77 = 249751/18500; NOx 6223/8700 - 0.59 = 1090/87;
            // SOx 8158601/8300000 - 0.93 = 439601/83000
            "STANDARD_2023_DPM, LATEST_YEAR, 2025, MET, 13.5000540541, +14 pp",
            "STANDARD_2023_NOX, LATEST_YEAR, 2025, MET, 12.5287356322, +13 pp",
            "STANDARD_2023_SOX, LATEST_YEAR, 2025, MET, 5.2963975904,  +5 pp",
            // the 2014 levels in 2025: DPM vs 0.72 = 342251/18500; NOx vs 0.22 = 4309/87
            "STANDARD_2014_DPM, LATEST_YEAR, 2025, MET, 18.5000540541, +19 pp",
            "STANDARD_2014_NOX, LATEST_YEAR, 2025, MET, 49.5287356322, +50 pp",
    })
    void sanPedroBayStandards(CaapTarget target, Basis basis, int year, Status status, String margin, String shown) {
        StandardProgress s = standard(target, basis);
        assertEquals(year, s.dataYear());
        assertEquals(status, s.status());
        assertEquals(margin, s.marginPoints().setScale(10, RoundingMode.HALF_UP).toPlainString());
        assertEquals(shown, s.displayMargin());
    }

    @Test
    void the2014StandardsCannotBeCheckedIn2014OnThisEdition() {
        for (CaapTarget target : List.of(CaapTarget.STANDARD_2014_DPM, CaapTarget.STANDARD_2014_NOX,
                CaapTarget.STANDARD_2014_SOX)) {
            StandardProgress s = standard(target, Basis.TARGET_YEAR);
            assertEquals(Status.NO_DATA, s.status());
            assertEquals("PV-3009", s.issue());
        }
        assertTrue(standards.stream().filter(s -> s.target().isGreenhouseGasGoal())
                .allMatch(s -> s.status() == Status.NO_REFERENCE && "PV-3010".equals(s.issue())));
    }

    @ParameterizedTest(name = "{0} {1} 2025: {2}")
    @CsvSource({
            "POLA,          CHE, 0.2,  5,  0.16",   // 404/2020; (1 - 0.2)/5
            "POLA,          HDV, 0.03, 10, 0.097",  // 381/12700; (1 - 0.03)/10
    })
    void zeroEmissionShares2025(Scope scope, SourceCategory category, String share, int years, String perYear) {
        ZeroEmissionShare s = shares.stream().filter(z -> z.scope() == scope && z.category() == category
                && z.dataYear() == 2025).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal(share).compareTo(s.share()));
        assertEquals(years, s.yearsToGoal());
        assertEquals(0, new BigDecimal(perYear).compareTo(s.requiredGainPerYear()));
    }

    @Test
    void sanPedroBayZeroEmissionCheShare() {
        // (404 + 395) / (2020 + 1796) = 799/3816; (1 - 799/3816)/5 = 3017/19080
        ZeroEmissionShare s = shares.stream().filter(z -> z.scope() == Scope.SAN_PEDRO_BAY
                && z.category() == SourceCategory.CHE && z.dataYear() == 2025).findFirst().orElseThrow();
        assertEquals(new BigDecimal(799).divide(new BigDecimal(3816), MathContext.DECIMAL128)
                .round(new MathContext(20)), s.share());
        assertEquals("21%", s.displayShare());
        // The CHE trend (about +2 points a year) reaches 100% long after the 2030 goal
        GoalProjection p = ZeroEmissionShares.projection(shares, Scope.SAN_PEDRO_BAY, SourceCategory.CHE,
                TrendOptions.DEFAULT).orElseThrow();
        assertEquals(ProjectionStatus.ON_TREND, p.status());
        assertEquals(Boolean.FALSE, p.byDeadline());
        assertTrue(p.year() > 2050, p::describe);
    }

    /** The trend's least-squares slope equals Sxy / Sxx computed exactly from the stored tons. */
    @Test
    void sanPedroBayNoxTrendAgreesWithTheClosedForm() {
        List<YearValue> nox = Trend.series(metrics, Scope.SAN_PEDRO_BAY, null, Pollutant.NOX,
                ReductionMetric::getTons);
        Trend trend = Trend.fit(nox, TrendOptions.over(new TrendWindow(2017, 2025)));
        assertEquals(9, trend.points().size());
        List<ReductionMetric> rows = metrics.stream().filter(m -> m.getScope() == Scope.SAN_PEDRO_BAY
                && m.getCategory() == null && m.getPollutant() == Pollutant.NOX && m.getDataYear() >= 2017).toList();
        BigDecimal meanYear = BigDecimal.valueOf(2021);
        BigDecimal meanTons = rows.stream().map(ReductionMetric::getTons).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(9), MathContext.DECIMAL128);
        BigDecimal sxy = BigDecimal.ZERO;
        BigDecimal sxx = BigDecimal.ZERO;
        for (ReductionMetric m : rows) {
            BigDecimal dx = BigDecimal.valueOf(m.getDataYear()).subtract(meanYear);
            sxy = sxy.add(dx.multiply(m.getTons().subtract(meanTons)));
            sxx = sxx.add(dx.multiply(dx));
        }
        double exactSlope = sxy.divide(sxx, MathContext.DECIMAL128).doubleValue();
        assertEquals(60L, sxx.longValueExact()); // 2 x (1 + 4 + 9 + 16)
        assertEquals(exactSlope, trend.leastSquares().slope(), Math.abs(exactSlope) * 1e-12);
        assertTrue(trend.leastSquares().slopeHigh() < 0, "NOx falls, significantly");
    }

    /**
     * POLA DPM total, changes 2018..2025: -5.72%, -6.06%, -8.06%, +5.26% (2021), -10.00%, -6.48%, -2.47%, -3.56%;
     * median -5.89%, MAD (2.18 + 2.33)/2 = 2.25 points, threshold 3 x 1.4826 x 2.25 = 10.0 points: 2021 lies 11.2
     * points from the median. POLB's totals jump in 2024 (DPM 76.0 -> 95.9 tons, +26.3%).
     */
    @Test
    void auditorsFlagsOnTheDemoData() {
        List<QaFlag> flags = QaFlags.check(metrics, QaThresholds.DEFAULT);
        assertTrue(flags.stream().anyMatch(f -> f.code() == ErrorCode.QA_YEAR_OVER_YEAR_OUTLIER
                && f.scope() == Scope.POLA && f.category() == null && f.pollutant() == Pollutant.DPM
                && f.dataYear() == 2021), "POLA 2021");
        assertTrue(flags.stream().anyMatch(f -> f.code() == ErrorCode.QA_YEAR_OVER_YEAR_OUTLIER
                && f.scope() == Scope.POLB && f.category() == null && f.pollutant() == Pollutant.DPM
                && f.dataYear() == 2024), "POLB 2024");
        // CO rose in some categories as fleets turned over: information, not a warning
        List<QaFlag> rises = flags.stream().filter(f -> f.code() == ErrorCode.QA_ROSE_SINCE_BASELINE).toList();
        assertTrue(rises.stream().filter(f -> f.pollutant() == Pollutant.CO)
                .allMatch(f -> f.level() == FlagLevel.INFO));
        // POLB's harbor craft CO2e is above 2005 in 2024 (the edition added dredging boats): a warning
        assertTrue(rises.stream().anyMatch(f -> f.level() == FlagLevel.WARNING && f.scope() == Scope.POLB
                && f.category() == SourceCategory.HARBOR_CRAFT && f.pollutant() == Pollutant.CO2E
                && f.dataYear() == 2024));
        // every series has every year of the edition
        assertTrue(flags.stream().noneMatch(f -> f.code() == ErrorCode.QA_DATA_YEAR_MISSING));
    }

    /** POLA SOx 2017..2024: the 2021 bump (200 after 192 in 2020) is the outlier year; Theil-Sen reports the trend. */
    @Test
    void the2021BumpMakesTheTrendRobust() {
        Trend trend = Trend.fit(Trend.series(metrics, Scope.POLA, null, Pollutant.SOX, ReductionMetric::getTons),
                TrendOptions.over(new TrendWindow(2017, 2024)));
        assertEquals(List.of(2021), trend.outlierYears());
        assertEquals(TrendMethod.THEIL_SEN, trend.method());
    }
}
