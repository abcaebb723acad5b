package org.portverify.domain.metrics.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.metrics.ReductionCalculator;
import org.portverify.domain.metrics.ReductionCalculator.PortInventory;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.MassUnit;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.Port;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.submission.InventoryFigure;

/** The auditors' quality flags on hand-sized series; every threshold below is computed by hand. */
class QaFlagsTest {

    private static final SourceCategory OGV = SourceCategory.OGV;
    private static final SourceCategory CHE = SourceCategory.CHE;
    private static final SourceCategory HDV = SourceCategory.HDV;

    private static InventoryFigure figure(int year, SourceCategory category, Pollutant pollutant, String tons) {
        return new InventoryFigure(1L, year, category, pollutant, new BigDecimal(tons), pollutant.reportingUnit(), 0);
    }

    private static List<ReductionMetric> metrics(Port port, List<InventoryFigure> figures) {
        return ReductionCalculator.compute(1L, List.of(new PortInventory(port, figures, List.of())));
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " but was " + actual);
    }

    // ---------------------------------------------------------------- year over year

    /**
     * POLA OGV DPM: 1200 in 2005, then 1000, 900, 828, 728.64, 874.368, 795.67488, 708.1506432 in 2017..2023, i.e.
     * changes -0.10, -0.08, -0.12, +0.20, -0.09, -0.11 (2005 to 2017 is not a year-over-year change).
     * Median (-0.10 - 0.09)/2 = -0.095; deviations 0.005, 0.015, 0.025, 0.295, 0.005, 0.015; MAD (0.015 + 0.015)/2
     * = 0.015; threshold 3 x 1.4826 x 0.015 = 0.066717: only 2021 (0.295) lies beyond it.
     */
    private static List<InventoryFigure> ogvDpm() {
        List<InventoryFigure> figures = new ArrayList<>();
        String[] tons = {"1000", "900", "828", "728.64", "874.368", "795.67488", "708.1506432"};
        figures.add(figure(2005, OGV, Pollutant.DPM, "1200"));
        for (int i = 0; i < tons.length; i++) {
            figures.add(figure(2017 + i, OGV, Pollutant.DPM, tons[i]));
        }
        return figures;
    }

    @Test
    void theCongestionYearIsTheOnlyYearOverYearOutlier() {
        List<QaFlag> flags = QaFlags.yearOverYearOutliers(metrics(Port.POLA, ogvDpm()), QaThresholds.DEFAULT);
        // the OGV series and the all-categories total (the same tons) both flag 2021, total first
        assertEquals(2, flags.size());
        assertNull(flags.get(0).category());
        assertEquals(OGV, flags.get(1).category());
        for (QaFlag flag : flags) {
            assertEquals(2021, flag.dataYear());
            assertEquals(FlagLevel.WARNING, flag.level());
            assertEquals(ErrorCode.QA_YEAR_OVER_YEAR_OUTLIER, flag.code());
            assertDecimal("0.2", flag.value());
        }
        assertEquals("Port of Los Angeles OGV DPM changed +20.0% from 2020 to 2021; the series' median"
                + " year-over-year change is -9.5% and changes more than 6.7 points from it are flagged",
                flags.get(1).message());
    }

    @Test
    void kIsConfigurable() {
        // k = 1: threshold 1.4826 x 0.015 = 0.022239; 2020 (deviation 0.025) joins 2021 (0.295)
        QaThresholds k1 = new QaThresholds(BigDecimal.ONE, new BigDecimal("0.01"), Set.of(Pollutant.CO));
        List<QaFlag> flags = QaFlags.yearOverYearOutliers(metrics(Port.POLA, ogvDpm()), k1);
        assertEquals(List.of(2020, 2021, 2020, 2021), flags.stream().map(QaFlag::dataYear).toList());
        assertDecimal("-0.12", flags.get(0).value());
    }

    @Test
    void riseFromZeroIsFlaggedAndTooFewChangesAreNot() {
        List<InventoryFigure> figures = new ArrayList<>();
        figures.add(figure(2017, CHE, Pollutant.NOX, "0"));
        figures.add(figure(2018, CHE, Pollutant.NOX, "5"));   // from zero: no relative change
        figures.add(figure(2017, HDV, Pollutant.SOX, "10"));
        figures.add(figure(2018, HDV, Pollutant.SOX, "100")); // +900%, but only two changes: no spread to judge
        figures.add(figure(2019, HDV, Pollutant.SOX, "1"));
        List<QaFlag> flags = QaFlags.yearOverYearOutliers(metrics(Port.POLB, figures), QaThresholds.DEFAULT);
        assertEquals(2, flags.size()); // NOx total and CHE NOx
        for (QaFlag flag : flags) {
            assertEquals(Pollutant.NOX, flag.pollutant());
            assertEquals(2018, flag.dataYear());
            assertNull(flag.value());
            assertTrue(flag.message().contains("changed from zero from 2017 to 2018"), flag.message());
        }
    }

    @Test
    void mostlyEqualChangesFlagTheOtherOne() {
        // 100, 90, 81, 72.9, 87.48, 78.732: changes -0.1, -0.1, -0.1, +0.2, -0.1; MAD 0, so +0.2 is flagged
        List<InventoryFigure> figures = new ArrayList<>();
        String[] tons = {"100", "90", "81", "72.9", "87.48", "78.732"};
        for (int i = 0; i < tons.length; i++) {
            figures.add(figure(2017 + i, OGV, Pollutant.SOX, tons[i]));
        }
        List<QaFlag> flags = QaFlags.yearOverYearOutliers(metrics(Port.POLA, figures), QaThresholds.DEFAULT);
        assertEquals(List.of(2021, 2021), flags.stream().map(QaFlag::dataYear).toList());
    }

    // ---------------------------------------------------------------- rises since 2005

    @Test
    void coMayRiseOtherPollutantsMayNot() {
        List<InventoryFigure> figures = List.of(
                figure(2005, CHE, Pollutant.CO, "10"), figure(2024, CHE, Pollutant.CO, "12"),      // +20%
                figure(2005, HDV, Pollutant.NOX, "10"), figure(2024, HDV, Pollutant.NOX, "11"),    // +10%
                figure(2005, OGV, Pollutant.DPM, "10"), figure(2024, OGV, Pollutant.DPM, "9"));    // fell
        List<QaFlag> flags = QaFlags.risesSinceBaseline(metrics(Port.POLA, figures), QaThresholds.DEFAULT);
        // the totals first (NOx, then CO in pollutant order), then CHE CO and HDV NOx
        assertEquals(4, flags.size());
        assertEquals(FlagLevel.WARNING, flags.get(0).level());
        assertEquals(FlagLevel.INFO, flags.get(1).level());
        QaFlag coChe = flags.get(2);
        assertEquals(CHE, coChe.category());
        assertEquals(FlagLevel.INFO, coChe.level());
        assertDecimal("0.2", coChe.value());
        assertEquals("Port of Los Angeles CHE CO rose +20.0% from 2005 to 2024", coChe.message());
        QaFlag noxHdv = flags.get(3);
        assertEquals(Pollutant.NOX, noxHdv.pollutant());
        assertEquals(HDV, noxHdv.category());
        assertEquals(FlagLevel.WARNING, noxHdv.level());
        assertDecimal("0.1", noxHdv.value());
        assertEquals("PV-3052", noxHdv.code().code());
        // Configured without exceptions, CO is a warning too
        QaThresholds strict = new QaThresholds(new BigDecimal("3"), new BigDecimal("0.01"), Set.of());
        assertTrue(QaFlags.risesSinceBaseline(metrics(Port.POLA, figures), strict).stream()
                .allMatch(f -> f.level() == FlagLevel.WARNING));
    }

    // ---------------------------------------------------------------- missing data years

    @Test
    void gapsInACategorySeriesAndInTheWholeEdition() {
        List<InventoryFigure> pola = new ArrayList<>();
        for (int year : new int[] {2005, 2017, 2018, 2019, 2020}) {
            pola.add(figure(year, OGV, Pollutant.DPM, "10"));
            if (year != 2019) {
                pola.add(figure(year, CHE, Pollutant.DPM, "5")); // CHE lacks 2019
            }
        }
        List<InventoryFigure> polb = new ArrayList<>();
        for (int year : new int[] {2005, 2017, 2019}) { // 2018 missing from the whole edition
            polb.add(figure(year, OGV, Pollutant.DPM, "10"));
        }
        List<ReductionMetric> metrics = new ArrayList<>(metrics(Port.POLA, pola));
        metrics.addAll(ReductionCalculator.compute(2L, List.of(new PortInventory(Port.POLB, polb, List.of()))));

        List<QaFlag> flags = QaFlags.missingDataYears(metrics);
        assertEquals(2, flags.size());
        assertEquals(List.of(Scope.POLA, Scope.POLB), flags.stream().map(QaFlag::scope).toList());
        assertEquals(CHE, flags.get(0).category());
        assertEquals(2019, flags.get(0).dataYear());
        assertEquals("Port of Los Angeles CHE DPM has no figure for data year 2019, a year the edition reports",
                flags.get(0).message());
        assertEquals(OGV, flags.get(1).category());
        assertEquals(2018, flags.get(1).dataYear());
        assertNull(flags.get(1).value());
    }

    // ---------------------------------------------------------------- baselines between editions

    /**
     * Previous edition 2024 vs current 2025, POLA 2005 baselines: OGV DPM 100 -> 100.5 (+0.5%, within 1%), CHE DPM
     * 50 -> 52 (+4%), OGV SOx 200 -> 202 (+1% exactly: not beyond), OGV NOx 0 -> 3 (from zero). HDV DPM 7 is only in
     * the current edition: not compared itself, but it moves the DPM total from 150 to 159.5 (+9.5/150 = +6.33%), as
     * a category added to an inventory does.
     */
    @Test
    void baselinesThatMovedBetweenEditions() {
        EditionBaseline previous = EditionBaseline.of("2024", Port.POLA, List.of(
                figure(2005, OGV, Pollutant.DPM, "100"), figure(2005, CHE, Pollutant.DPM, "50"),
                figure(2005, OGV, Pollutant.SOX, "200"), figure(2005, OGV, Pollutant.NOX, "0"),
                figure(2024, OGV, Pollutant.DPM, "999"))); // not a baseline
        EditionBaseline current = EditionBaseline.of("2025", Port.POLA, List.of(
                figure(2005, OGV, Pollutant.DPM, "100.5"), figure(2005, CHE, Pollutant.DPM, "52"),
                figure(2005, OGV, Pollutant.SOX, "202"), figure(2005, OGV, Pollutant.NOX, "3"),
                figure(2005, HDV, Pollutant.DPM, "7")));
        assertDecimal("150", previous.tons().get(new org.portverify.domain.metrics.MetricKey(Scope.POLA, null,
                Pollutant.DPM, 2005)));

        List<QaFlag> flags = QaFlags.baselineMoves(previous, current, QaThresholds.DEFAULT);
        // The totals (DPM, NOx), then the categories in their order (OGV NOx, CHE DPM)
        assertEquals(4, flags.size(), flags::toString);
        assertNull(flags.get(0).category());
        assertEquals(Pollutant.DPM, flags.get(0).pollutant());
        assertEquals("0.063333333333333333333", flags.get(0).value().toPlainString()); // 9.5/150, 20 digits
        assertNull(flags.get(1).category());
        assertEquals(Pollutant.NOX, flags.get(1).pollutant());
        assertNull(flags.get(1).value()); // from zero
        assertEquals(OGV, flags.get(2).category());
        assertEquals(Pollutant.NOX, flags.get(2).pollutant());
        assertTrue(flags.get(2).message().contains("(from zero)"), flags.get(2).message());
        assertEquals(CHE, flags.get(3).category());
        assertDecimal("0.04", flags.get(3).value());
        assertEquals("Port of Los Angeles CHE DPM: the 2005 baseline is 52 short tons in edition 2025 against 50"
                + " short tons in edition 2024 (+4.0%), beyond the +1.0% tolerance", flags.get(3).message());
        assertTrue(flags.stream().allMatch(f -> f.dataYear() == 2005 && f.level() == FlagLevel.WARNING));
        assertTrue(flags.stream().noneMatch(f -> f.pollutant() == Pollutant.SOX || f.category() == HDV));
    }

    @Test
    void baselinesFromTwoRunsIncludeSanPedroBay() {
        List<InventoryFigure> pola = List.of(figure(2005, OGV, Pollutant.DPM, "100"));
        List<InventoryFigure> polb = List.of(figure(2005, OGV, Pollutant.DPM, "100"));
        List<InventoryFigure> polbRestated = List.of(figure(2005, OGV, Pollutant.DPM, "110"));
        EditionBaseline before = EditionBaseline.of("run 1", ReductionCalculator.compute(1L, List.of(
                new PortInventory(Port.POLA, pola, List.of()), new PortInventory(Port.POLB, polb, List.of()))));
        EditionBaseline after = EditionBaseline.of("run 2", ReductionCalculator.compute(2L, List.of(
                new PortInventory(Port.POLA, pola, List.of()), new PortInventory(Port.POLB, polbRestated, List.of()))));
        List<QaFlag> flags = QaFlags.baselineMoves(before, after, QaThresholds.DEFAULT);
        // POLB total and OGV (+10%), San Pedro Bay total and OGV (200 -> 210, +5%)
        assertEquals(List.of(Scope.POLB, Scope.POLB, Scope.SAN_PEDRO_BAY, Scope.SAN_PEDRO_BAY),
                flags.stream().map(QaFlag::scope).toList());
        assertDecimal("0.05", flags.get(2).value());
    }

    // ---------------------------------------------------------------- together, in order

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L})
    void checkIsDeterministicWhateverTheRowOrder(long seed) {
        List<InventoryFigure> figures = new ArrayList<>(ogvDpm());
        figures.add(figure(2005, CHE, Pollutant.CO, "10"));
        figures.add(figure(2017, CHE, Pollutant.CO, "12"));
        figures.add(figure(2019, CHE, Pollutant.CO, "13")); // CO lacks 2018
        List<QaFlag> expected = QaFlags.check(metrics(Port.POLA, figures), QaThresholds.DEFAULT);
        assertTrue(expected.stream().map(QaFlag::code).distinct().count() >= 3, expected::toString);

        List<ReductionMetric> rows = new ArrayList<>(metrics(Port.POLA, figures));
        Collections.shuffle(rows, new Random(seed));
        assertEquals(expected, QaFlags.check(rows, QaThresholds.DEFAULT));
        List<QaFlag> sorted = new ArrayList<>(expected);
        sorted.sort(QaFlag.ORDER);
        assertEquals(sorted, expected);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertDecimal("-0.095", QaFlags.median(List.of(new BigDecimal("-0.12"), new BigDecimal("-0.11"),
                new BigDecimal("-0.10"), new BigDecimal("-0.09"), new BigDecimal("-0.08"), new BigDecimal("0.20"))));
        assertDecimal("2", QaFlags.median(List.of(BigDecimal.ONE, new BigDecimal("3"), new BigDecimal("2"))));
        assertEquals(MassUnit.SHORT_TONS, Pollutant.DPM.reportingUnit());
    }
}
