package org.portverify.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.portverify.domain.metrics.ReductionCalculator.PortInventory;
import org.portverify.domain.model.MassUnit;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.Port;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.submission.InventoryFigure;
import org.portverify.domain.submission.Throughput;

/**
 * A hand-sized inventory for both ports: categories OGV and CHE, pollutants DPM (short tons) and CO2e (metric tons),
 * data years 2005 and 2024. POLA's CHE DPM 2024 figure arrives as 10.88621688 metric tons = 12 short tons
 * (12 x 0.90718474), so it only sums correctly if it is converted first.
 *
 * <pre>
 *                 POLA 2005  POLA 2024   POLB 2005  POLB 2024   SPB 2005  SPB 2024
 * DPM  OGV           80         28          20         14         100        42
 * DPM  CHE           20         12 (*)      80         21         100        33
 * DPM  total        100         40         100         35         200        75
 * CO2e OGV         1000        800        1000        700        2000      1500
 * CO2e CHE         1000        700        1000        350        2000      1050
 * CO2e total       2000       1500        2000       1050        4000      2550
 * TEU         1,000,000  1,250,000   1,000,000  1,750,000   2,000,000 3,000,000
 * </pre>
 * Tons per 10,000 TEU divide by 100, 125, 100, 175, 200 and 300; the values were chosen so every expected number
 * below is a terminating decimal.
 */
class ReductionCalculatorTest {

    private static final long EXECUTION = 77L;
    private static final long POLA_SUBMISSION = 1L;
    private static final long POLB_SUBMISSION = 2L;

    private static final SourceCategory OGV = SourceCategory.OGV;
    private static final SourceCategory CHE = SourceCategory.CHE;
    private static final Pollutant DPM = Pollutant.DPM;
    private static final Pollutant CO2E = Pollutant.CO2E;
    private static final MassUnit ST = MassUnit.SHORT_TONS;
    private static final MassUnit MT = MassUnit.METRIC_TONS;

    // ---------------------------------------------------------------- inputs

    private static InventoryFigure figure(long submission, int year, SourceCategory category, Pollutant pollutant,
                                          String value, MassUnit unit) {
        return new InventoryFigure(submission, year, category, pollutant, new BigDecimal(value), unit, 0L);
    }

    private static Throughput teu(long submission, int year, long teu) {
        return new Throughput(submission, year, teu, 0L);
    }

    private static List<InventoryFigure> polaFigures() {
        return new ArrayList<>(List.of(
                figure(POLA_SUBMISSION, 2005, OGV, DPM, "80", ST),
                figure(POLA_SUBMISSION, 2005, CHE, DPM, "20", ST),
                figure(POLA_SUBMISSION, 2024, OGV, DPM, "28", ST),
                figure(POLA_SUBMISSION, 2024, CHE, DPM, "10.88621688", MT), // 12 short tons x 0.90718474
                figure(POLA_SUBMISSION, 2005, OGV, CO2E, "1000", MT),
                figure(POLA_SUBMISSION, 2005, CHE, CO2E, "1000", MT),
                figure(POLA_SUBMISSION, 2024, OGV, CO2E, "800", MT),
                figure(POLA_SUBMISSION, 2024, CHE, CO2E, "700", MT)));
    }

    private static List<Throughput> polaTeu() {
        return new ArrayList<>(List.of(teu(POLA_SUBMISSION, 2005, 1_000_000), teu(POLA_SUBMISSION, 2024, 1_250_000)));
    }

    private static List<InventoryFigure> polbFigures() {
        return new ArrayList<>(List.of(
                figure(POLB_SUBMISSION, 2005, OGV, DPM, "20", ST),
                figure(POLB_SUBMISSION, 2005, CHE, DPM, "80", ST),
                figure(POLB_SUBMISSION, 2024, OGV, DPM, "14", ST),
                figure(POLB_SUBMISSION, 2024, CHE, DPM, "21", ST),
                figure(POLB_SUBMISSION, 2005, OGV, CO2E, "1000", MT),
                figure(POLB_SUBMISSION, 2005, CHE, CO2E, "1000", MT),
                figure(POLB_SUBMISSION, 2024, OGV, CO2E, "700", MT),
                figure(POLB_SUBMISSION, 2024, CHE, CO2E, "350", MT)));
    }

    private static List<Throughput> polbTeu() {
        return new ArrayList<>(List.of(teu(POLB_SUBMISSION, 2005, 1_000_000), teu(POLB_SUBMISSION, 2024, 1_750_000)));
    }

    private static List<ReductionMetric> computeBothPorts() {
        return ReductionCalculator.compute(EXECUTION, List.of(
                new PortInventory(Port.POLA, polaFigures(), polaTeu()),
                new PortInventory(Port.POLB, polbFigures(), polbTeu())));
    }

    private static Optional<ReductionMetric> find(List<ReductionMetric> metrics, Scope scope,
                                                  SourceCategory category, Pollutant pollutant, int year) {
        return metrics.stream().filter(m -> m.getScope() == scope && m.getCategory() == category
                && m.getPollutant() == pollutant && m.getDataYear() == year).findFirst();
    }

    private static ReductionMetric get(List<ReductionMetric> metrics, Scope scope, SourceCategory category,
                                       Pollutant pollutant, int year) {
        return find(metrics, scope, category, pollutant, year).orElseThrow(() -> new AssertionError(
                "no row " + scope + "/" + category + "/" + pollutant + "/" + year));
    }

    private static void assertDecimal(String expected, BigDecimal actual, String what) {
        assertNotNull(actual, what + " is null");
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> what + ": expected " + expected
                + " but was " + actual.toPlainString());
    }

    // ---------------------------------------------------------------- the full table

    @ParameterizedTest(name = "{0} {1} {2} {3}: {4} t, r {5}, {6} t/10k TEU, eff r {7}")
    @CsvSource({
            // scope, category (empty = all), pollutant, year, tons, reduction, tons/10k TEU, eff. reduction, TEU
            "POLA,,    DPM,  2005, 100,  0,      1,     0,     1000000", // 100 / 100
            "POLA,,    DPM,  2024, 40,   0.6,    0.32,  0.68,  1250000", // 60/100; 40/125; 1 - 0.32/1
            "POLA,,    CO2E, 2005, 2000, 0,      20,    0,     1000000", // 2000/100
            "POLA,,    CO2E, 2024, 1500, 0.25,   12,    0.4,   1250000", // 500/2000; 1500/125; 1 - 12/20
            "POLA,OGV, DPM,  2005, 80,   0,      0.8,   0,     1000000", // 80/100
            "POLA,OGV, DPM,  2024, 28,   0.65,   0.224, 0.72,  1250000", // 52/80; 28/125; 1 - 0.224/0.8
            "POLA,OGV, CO2E, 2005, 1000, 0,      10,    0,     1000000",
            "POLA,OGV, CO2E, 2024, 800,  0.2,    6.4,   0.36,  1250000", // 200/1000; 800/125; 1 - 6.4/10
            "POLA,CHE, DPM,  2005, 20,   0,      0.2,   0,     1000000",
            "POLA,CHE, DPM,  2024, 12,   0.4,    0.096, 0.52,  1250000", // 8/20; 12/125; 1 - 0.096/0.2
            "POLA,CHE, CO2E, 2005, 1000, 0,      10,    0,     1000000",
            "POLA,CHE, CO2E, 2024, 700,  0.3,    5.6,   0.44,  1250000", // 300/1000; 700/125; 1 - 5.6/10
            "POLB,,    DPM,  2005, 100,  0,      1,     0,     1000000",
            "POLB,,    DPM,  2024, 35,   0.65,   0.2,   0.8,   1750000", // 65/100; 35/175; 1 - 0.2/1
            "POLB,,    CO2E, 2005, 2000, 0,      20,    0,     1000000",
            "POLB,,    CO2E, 2024, 1050, 0.475,  6,     0.7,   1750000", // 950/2000; 1050/175; 1 - 6/20
            "POLB,OGV, DPM,  2005, 20,   0,      0.2,   0,     1000000",
            "POLB,OGV, DPM,  2024, 14,   0.3,    0.08,  0.6,   1750000", // 6/20; 14/175; 1 - 0.08/0.2
            "POLB,OGV, CO2E, 2005, 1000, 0,      10,    0,     1000000",
            "POLB,OGV, CO2E, 2024, 700,  0.3,    4,     0.6,   1750000", // 300/1000; 700/175; 1 - 4/10
            "POLB,CHE, DPM,  2005, 80,   0,      0.8,   0,     1000000",
            "POLB,CHE, DPM,  2024, 21,   0.7375, 0.12,  0.85,  1750000", // 59/80; 21/175; 1 - 0.12/0.8
            "POLB,CHE, CO2E, 2005, 1000, 0,      10,    0,     1000000",
            "POLB,CHE, CO2E, 2024, 350,  0.65,   2,     0.8,   1750000", // 650/1000; 350/175; 1 - 2/10
            // San Pedro Bay: tons and TEU summed (2,000,000 in 2005, 3,000,000 in 2024)
            "SAN_PEDRO_BAY,,    DPM,  2005, 200,  0,      1,    0,     2000000", // 100+100; 200/200
            "SAN_PEDRO_BAY,,    DPM,  2024, 75,   0.625,  0.25, 0.75,  3000000", // 40+35; 125/200; 75/300
            "SAN_PEDRO_BAY,,    CO2E, 2005, 4000, 0,      20,   0,     2000000", // 2000+2000; 4000/200
            "SAN_PEDRO_BAY,,    CO2E, 2024, 2550, 0.3625, 8.5,  0.575, 3000000", // 1500+1050; 1450/4000; 2550/300
            "SAN_PEDRO_BAY,OGV, DPM,  2005, 100,  0,      0.5,  0,     2000000", // 80+20
            "SAN_PEDRO_BAY,OGV, DPM,  2024, 42,   0.58,   0.14, 0.72,  3000000", // 28+14; 58/100; 42/300
            "SAN_PEDRO_BAY,OGV, CO2E, 2005, 2000, 0,      10,   0,     2000000",
            "SAN_PEDRO_BAY,OGV, CO2E, 2024, 1500, 0.25,   5,    0.5,   3000000", // 800+700; 500/2000; 1500/300
            "SAN_PEDRO_BAY,CHE, DPM,  2005, 100,  0,      0.5,  0,     2000000", // 20+80
            "SAN_PEDRO_BAY,CHE, DPM,  2024, 33,   0.67,   0.11, 0.78,  3000000", // 12+21; 67/100; 33/300
            "SAN_PEDRO_BAY,CHE, CO2E, 2005, 2000, 0,      10,   0,     2000000",
            "SAN_PEDRO_BAY,CHE, CO2E, 2024, 1050, 0.475,  3.5,  0.65,  3000000", // 700+350; 950/2000; 1050/300
    })
    void everyRowOfBothPortsAndSanPedroBay(Scope scope, SourceCategory category, Pollutant pollutant, int year,
                                           String tons, String reduction, String per10k, String efficiencyReduction,
                                           long teu) {
        List<ReductionMetric> metrics = computeBothPorts();
        ReductionMetric m = get(metrics, scope, category, pollutant, year);
        long baselineTeu = scope == Scope.SAN_PEDRO_BAY ? 2_000_000 : 1_000_000;
        assertAll(
                () -> assertEquals(EXECUTION, m.getExecutionId()),
                () -> assertEquals(pollutant.reportingUnit(), m.getUnit()),
                () -> assertDecimal(tons, m.getTons(), "tons"),
                () -> assertDecimal(reduction, m.getReduction(), "reduction"),
                () -> assertDecimal(per10k, m.getTonsPer10kTeu(), "tons per 10k TEU"),
                () -> assertDecimal(efficiencyReduction, m.getEfficiencyReduction(), "efficiency reduction"),
                () -> assertEquals(teu, m.getTeu()),
                () -> assertEquals(baselineTeu, m.getBaselineTeu()),
                () -> assertNull(m.getReductionIssue()),
                () -> assertNull(m.getEfficiencyIssue()));
    }

    @Test
    void thirtySixRowsInStableOrder() {
        List<ReductionMetric> metrics = computeBothPorts();
        // 3 scopes x (all categories + OGV + CHE) x 2 pollutants x 2 years = 36
        assertEquals(36, metrics.size());
        List<MetricKey> keys = metrics.stream().map(ReductionCalculatorTest::key).toList();
        List<MetricKey> sorted = new ArrayList<>(keys);
        sorted.sort(MetricKey.ORDER);
        assertEquals(sorted, keys);
        // Scope first; the all-categories total before each category; pollutant; then year.
        assertEquals(List.of(
                new MetricKey(Scope.POLA, null, DPM, 2005),
                new MetricKey(Scope.POLA, null, DPM, 2024),
                new MetricKey(Scope.POLA, null, CO2E, 2005),
                new MetricKey(Scope.POLA, null, CO2E, 2024),
                new MetricKey(Scope.POLA, OGV, DPM, 2005)), keys.subList(0, 5));
        assertEquals(new MetricKey(Scope.SAN_PEDRO_BAY, CHE, CO2E, 2024), keys.get(35));
    }

    @Test
    void criteriaFigureSubmittedInMetricTonsIsSummedInShortTons() {
        List<ReductionMetric> metrics = computeBothPorts();
        ReductionMetric che = get(metrics, Scope.POLA, CHE, DPM, 2024);
        // 10.88621688 metric tons / 0.90718474 = 12 short tons (not 10.886...)
        assertEquals(MassUnit.SHORT_TONS, che.getUnit());
        assertDecimal("12", che.getTons(), "POLA CHE DPM 2024");
        // The total is 28 + 12 = 40, not 28 + 10.88621688 = 38.88621688
        assertDecimal("40", get(metrics, Scope.POLA, null, DPM, 2024).getTons(), "POLA DPM 2024");
        // CO2e stays in metric tons
        assertEquals(MassUnit.METRIC_TONS, get(metrics, Scope.POLA, null, CO2E, 2024).getUnit());
    }

    @Test
    void baselineTonsAreTheSameEditions2005Figure() {
        List<ReductionMetric> metrics = computeBothPorts();
        assertDecimal("100", get(metrics, Scope.POLA, null, DPM, 2024).getBaselineTons(), "POLA DPM baseline");
        assertDecimal("4000", get(metrics, Scope.SAN_PEDRO_BAY, null, CO2E, 2024).getBaselineTons(),
                "SPB CO2e baseline"); // 2000 + 2000
    }

    @Test
    void displayStringsAreWholePercentsOrNotApplicable() {
        List<ReductionMetric> metrics = computeBothPorts();
        // POLA DPM 2024: r = 0.6 -> change -60%; efficiency 0.68 -> -68%
        ReductionMetric pola = get(metrics, Scope.POLA, null, DPM, 2024);
        assertEquals("-60%", pola.displayChange());
        assertEquals("-68%", pola.displayEfficiencyChange());
        // SPB CO2e 2024: r = 0.3625 -> -36.25% -> -36%; efficiency 0.575 -> -57.5% -> -58% (half away from zero)
        ReductionMetric spb = get(metrics, Scope.SAN_PEDRO_BAY, null, CO2E, 2024);
        assertEquals("-36%", spb.displayChange());
        assertEquals("-58%", spb.displayEfficiencyChange());
        for (ReductionMetric m : metrics) {
            assertTrue(m.displayChange().matches("n/a|[+-]?\\d+%"), m.displayChange());
            assertTrue(m.displayEfficiencyChange().matches("n/a|[+-]?\\d+%"), m.displayEfficiencyChange());
        }
    }

    // ---------------------------------------------------------------- what cannot be computed

    @Test
    void dataYearWithoutTeuHasThroughputMissing() {
        List<InventoryFigure> figures = polaFigures();
        figures.add(figure(POLA_SUBMISSION, 2020, OGV, DPM, "40", ST)); // no TEU for 2020
        List<ReductionMetric> metrics = ReductionCalculator.compute(EXECUTION,
                List.of(new PortInventory(Port.POLA, figures, polaTeu())));

        ReductionMetric m = get(metrics, Scope.POLA, OGV, DPM, 2020);
        assertDecimal("0.5", m.getReduction(), "reduction"); // (80 - 40) / 80: tons still compare
        assertEquals("PV-3003", m.getEfficiencyIssue());
        assertNull(m.getEfficiencyReduction());
        assertNull(m.getTonsPer10kTeu());
        assertNull(m.getTeu());
        assertEquals("-50%", m.displayChange());
        assertEquals("n/a", m.displayEfficiencyChange());
    }

    @Test
    void missing2005TeuLeavesEfficiencyButNoEfficiencyReduction() {
        List<ReductionMetric> metrics = ReductionCalculator.compute(EXECUTION, List.of(new PortInventory(
                Port.POLA, polaFigures(), List.of(teu(POLA_SUBMISSION, 2024, 1_250_000)))));

        ReductionMetric m = get(metrics, Scope.POLA, null, DPM, 2024);
        assertDecimal("0.6", m.getReduction(), "reduction");
        assertDecimal("0.32", m.getTonsPer10kTeu(), "tons per 10k TEU"); // 40 / 125
        assertNull(m.getBaselineTeu());
        assertNull(m.getEfficiencyReduction());
        assertEquals("PV-3003", m.getEfficiencyIssue());
    }

    @Test
    void pollutantWithout2005FigureHasBaselineMissing() {
        List<InventoryFigure> figures = polaFigures();
        figures.add(figure(POLA_SUBMISSION, 2024, OGV, Pollutant.NOX, "500", ST)); // no 2005 NOx
        List<ReductionMetric> metrics = ReductionCalculator.compute(EXECUTION,
                List.of(new PortInventory(Port.POLA, figures, polaTeu())));

        for (SourceCategory category : new SourceCategory[] {null, OGV}) {
            ReductionMetric m = get(metrics, Scope.POLA, category, Pollutant.NOX, 2024);
            assertEquals("PV-3001", m.getReductionIssue());
            assertNull(m.getReduction());
            assertNull(m.getBaselineTons());
            assertDecimal("4", m.getTonsPer10kTeu(), "tons per 10k TEU"); // 500 / 125
            assertNull(m.getEfficiencyReduction());
            assertEquals("PV-3001", m.getEfficiencyIssue());
            assertEquals("n/a", m.displayChange());
        }
        assertFalse(find(metrics, Scope.POLA, null, Pollutant.NOX, 2005).isPresent());
    }

    @Test
    void zero2005BaselineHasBaselineZeroAndNoException() {
        List<InventoryFigure> figures = polaFigures();
        figures.add(figure(POLA_SUBMISSION, 2005, OGV, Pollutant.SOX, "0", ST));
        figures.add(figure(POLA_SUBMISSION, 2024, OGV, Pollutant.SOX, "5", ST));
        List<ReductionMetric> metrics = assertDoesNotThrow(() -> ReductionCalculator.compute(EXECUTION,
                List.of(new PortInventory(Port.POLA, figures, polaTeu()))));

        for (int year : new int[] {2005, 2024}) {
            ReductionMetric m = get(metrics, Scope.POLA, null, Pollutant.SOX, year);
            assertEquals("PV-3002", m.getReductionIssue(), "year " + year);
            assertDecimal("0", m.getBaselineTons(), "baseline");
            assertNull(m.getReduction());
            assertNull(m.getEfficiencyReduction());
            assertEquals("PV-3002", m.getEfficiencyIssue());
            assertEquals("n/a", m.displayChange());
            assertEquals("n/a", m.displayEfficiencyChange());
        }
        // 5 / 125 = 0.04 t per 10,000 TEU: the efficiency itself is still defined
        assertDecimal("0.04", get(metrics, Scope.POLA, null, Pollutant.SOX, 2024).getTonsPer10kTeu(), "eff");
    }

    @Test
    void figureOfOnlyOnePortHasNoSanPedroBayRow() {
        List<InventoryFigure> pola = polaFigures();
        pola.add(figure(POLA_SUBMISSION, 2005, SourceCategory.LOCOMOTIVE, Pollutant.HC, "3", ST));
        pola.add(figure(POLA_SUBMISSION, 2024, SourceCategory.LOCOMOTIVE, Pollutant.HC, "2", ST));
        List<ReductionMetric> metrics = ReductionCalculator.compute(EXECUTION, List.of(
                new PortInventory(Port.POLA, pola, polaTeu()),
                new PortInventory(Port.POLB, polbFigures(), polbTeu())));

        assertTrue(find(metrics, Scope.POLA, SourceCategory.LOCOMOTIVE, Pollutant.HC, 2024).isPresent());
        assertTrue(find(metrics, Scope.POLA, null, Pollutant.HC, 2024).isPresent());
        assertTrue(metrics.stream().noneMatch(m -> m.getScope() == Scope.SAN_PEDRO_BAY
                && (m.getPollutant() == Pollutant.HC || m.getCategory() == SourceCategory.LOCOMOTIVE)));
        // 36 rows as before + POLA (LOCOMOTIVE, all) x HC x (2005, 2024) = 40
        assertEquals(40, metrics.size());
    }

    @Test
    void sanPedroBayYearWithTeuFromOnlyOnePortHasThroughputMissing() {
        List<ReductionMetric> metrics = ReductionCalculator.compute(EXECUTION, List.of(
                new PortInventory(Port.POLA, polaFigures(), polaTeu()),
                new PortInventory(Port.POLB, polbFigures(), List.of(teu(POLB_SUBMISSION, 2005, 1_000_000)))));

        ReductionMetric spb = get(metrics, Scope.SAN_PEDRO_BAY, null, DPM, 2024);
        assertDecimal("75", spb.getTons(), "tons");          // tons still combine: 40 + 35
        assertDecimal("0.625", spb.getReduction(), "reduction");
        assertEquals("PV-3003", spb.getEfficiencyIssue());   // 2024 TEU only from POLA: no combined TEU
        assertNull(spb.getTeu());
        assertNull(spb.getEfficiencyReduction());
        assertEquals(2_000_000L, get(metrics, Scope.SAN_PEDRO_BAY, null, DPM, 2005).getTeu());
    }

    @ParameterizedTest
    @ValueSource(strings = {"POLA", "POLB"})
    void onePortAloneHasNoSanPedroBayRows(Port port) {
        PortInventory inventory = port == Port.POLA
                ? new PortInventory(Port.POLA, polaFigures(), polaTeu())
                : new PortInventory(Port.POLB, polbFigures(), polbTeu());
        List<ReductionMetric> metrics = ReductionCalculator.compute(EXECUTION, List.of(inventory));

        assertEquals(12, metrics.size()); // (all + OGV + CHE) x 2 pollutants x 2 years
        assertTrue(metrics.stream().allMatch(m -> m.getScope() == Scope.of(port)));
    }

    @Test
    void editionWithout2017HasNoChangeVs2017OnAnyRow() {
        // The fixture has data years 2005 and 2024 only: every row says why it has no change vs 2017.
        for (ReductionMetric m : computeBothPorts()) {
            assertEquals("PV-3006", m.getReduction2017Issue());
            assertEquals("PV-3003", m.getEfficiency2017Issue()); // no 2017 TEU either: checked first, as for 2005
            assertNull(m.getReduction2017());
            assertNull(m.getEfficiencyReduction2017());
            assertEquals("n/a", m.displayChange2017());
        }
    }

    @Test
    void noInventoriesNoRows() {
        assertTrue(ReductionCalculator.compute(EXECUTION, List.of()).isEmpty());
    }

    // ---------------------------------------------------------------- determinism

    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 42L, 2025L, 123_456_789L})
    void shuffledInputGivesTheSameSequence(long seed) {
        List<String> expected = signature(ReductionCalculator.compute(EXECUTION, richInput(null)));
        List<String> shuffled = signature(ReductionCalculator.compute(EXECUTION, richInput(new Random(seed))));
        assertEquals(expected, shuffled);
    }

    /** Both ports plus a year without TEU, a pollutant without baseline and a zero baseline; optionally shuffled. */
    private static List<PortInventory> richInput(Random random) {
        List<InventoryFigure> pola = polaFigures();
        pola.add(figure(POLA_SUBMISSION, 2020, OGV, DPM, "40", ST));
        pola.add(figure(POLA_SUBMISSION, 2024, OGV, Pollutant.NOX, "500", ST));
        pola.add(figure(POLA_SUBMISSION, 2005, CHE, Pollutant.SOX, "0", ST));
        pola.add(figure(POLA_SUBMISSION, 2024, CHE, Pollutant.SOX, "1", MT)); // 1 / 0.90718474: non-terminating
        pola.add(figure(POLA_SUBMISSION, 2017, OGV, DPM, "33", ST));
        pola.add(figure(POLA_SUBMISSION, 2017, CHE, CO2E, "0", MT));         // zero 2017 figure
        List<InventoryFigure> polb = polbFigures();
        polb.add(figure(POLB_SUBMISSION, 2020, OGV, DPM, "17", ST));
        polb.add(figure(POLB_SUBMISSION, 2024, CHE, Pollutant.SOX, "2.5", MT));
        polb.add(figure(POLB_SUBMISSION, 2017, OGV, DPM, "19", ST));
        List<Throughput> polaTeu = polaTeu();
        polaTeu.add(teu(POLA_SUBMISSION, 2017, 1_100_000));
        List<Throughput> polbTeu = polbTeu();
        polbTeu.add(teu(POLB_SUBMISSION, 2017, 1_300_000));
        List<PortInventory> inventories = new ArrayList<>();
        if (random != null) {
            Collections.shuffle(pola, random);
            Collections.shuffle(polb, random);
            Collections.shuffle(polaTeu, random);
            Collections.shuffle(polbTeu, random);
        }
        inventories.add(new PortInventory(Port.POLA, pola, polaTeu));
        inventories.add(new PortInventory(Port.POLB, polb, polbTeu));
        if (random != null) {
            Collections.shuffle(inventories, random);
        }
        return inventories;
    }

    private static List<String> signature(List<ReductionMetric> metrics) {
        return metrics.stream().map(m -> String.join("|", m.getScope().name(), String.valueOf(m.getCategory()),
                        m.getPollutant().name(), String.valueOf(m.getDataYear()), plain(m.getTons()),
                        plain(m.getReduction()), plain(m.getEfficiencyReduction()), plain(m.getTonsPer10kTeu()),
                        plain(m.getReduction2017()), plain(m.getEfficiencyReduction2017()), m.getReductionIssue(),
                        m.getEfficiencyIssue(), m.getReduction2017Issue(), m.getEfficiency2017Issue()))
                .collect(Collectors.toList());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.toPlainString();
    }

    private static MetricKey key(ReductionMetric m) {
        return new MetricKey(m.getScope(), m.getCategory(), m.getPollutant(), m.getDataYear());
    }

    @Test
    void signatureCoversIssuesToo() {
        // A guard for the determinism test: the rich input really contains rows that cannot be computed.
        List<ReductionMetric> metrics = ReductionCalculator.compute(EXECUTION, richInput(null));
        assertTrue(metrics.stream().anyMatch(m -> Objects.equals(m.getReductionIssue(), "PV-3001")));
        assertTrue(metrics.stream().anyMatch(m -> Objects.equals(m.getReductionIssue(), "PV-3002")));
        assertTrue(metrics.stream().anyMatch(m -> Objects.equals(m.getEfficiencyIssue(), "PV-3003")));
        assertTrue(metrics.stream().anyMatch(m -> m.getReduction2017() != null));
        assertTrue(metrics.stream().anyMatch(m -> Objects.equals(m.getReduction2017Issue(), "PV-3006")));
        assertTrue(metrics.stream().anyMatch(m -> Objects.equals(m.getReduction2017Issue(), "PV-3007")));
    }

    // ---------------------------------------------------------------- published totals and partial inventories

    @Test
    void aPublishedTotalIsThePortsFigureAndNeverASixthCategory() {
        // POLA files DPM as ALL only: 2005 = 470, 2024 = 47; its reduction is (47 - 470) / 470 = 0.9 (90 %)
        List<ReductionMetric> metrics = ReductionCalculator.compute(EXECUTION, List.of(new PortInventory(Port.POLA,
                List.of(figure(POLA_SUBMISSION, 2005, SourceCategory.ALL, DPM, "470", ST),
                        figure(POLA_SUBMISSION, 2024, SourceCategory.ALL, DPM, "47", ST)),
                List.of(teu(POLA_SUBMISSION, 2005, 1_000_000), teu(POLA_SUBMISSION, 2024, 1_000_000)))));
        assertEquals(2, metrics.size(), "one all-categories figure per data year, no category row");
        ReductionMetric total = find(metrics, Scope.POLA, null, DPM, 2024).orElseThrow();
        assertEquals(0, new BigDecimal("47").compareTo(total.getTons()));
        assertEquals(0, new BigDecimal("0.9").compareTo(total.getReduction()));
        assertNull(total.getCaveat(), "a published total is complete");
    }

    @Test
    void aPublishedTotalStandsForItsYearWhateverItsCategoriesAddUpTo() {
        // 2024: ALL 42 next to OGV 28 (the only category filed): the total is 42, OGV keeps its own row
        List<ReductionMetric> metrics = ReductionCalculator.compute(EXECUTION, List.of(new PortInventory(Port.POLA,
                List.of(figure(POLA_SUBMISSION, 2005, OGV, DPM, "80", ST),
                        figure(POLA_SUBMISSION, 2005, CHE, DPM, "20", ST),
                        figure(POLA_SUBMISSION, 2024, SourceCategory.ALL, DPM, "42", ST),
                        figure(POLA_SUBMISSION, 2024, OGV, DPM, "28", ST)),
                List.of())));
        assertEquals(0, new BigDecimal("42").compareTo(find(metrics, Scope.POLA, null, DPM, 2024).orElseThrow()
                .getTons()));
        assertEquals(0, new BigDecimal("28").compareTo(find(metrics, Scope.POLA, OGV, DPM, 2024).orElseThrow()
                .getTons()));
        // 2005's total is OGV + CHE only: it lacks three categories
        assertEquals("partial inventory: 2005 lacks HARBOR_CRAFT, LOCOMOTIVE, HDV",
                find(metrics, Scope.POLA, null, DPM, 2024).orElseThrow().getCaveat());
    }

    @Test
    void everyTotalBuiltOnAPartialInventorySaysWhatItLacksPerPort() {
        // the hand-sized inventory files OGV and CHE only, for both ports, in 2005 and 2024
        List<ReductionMetric> metrics = ReductionCalculator.compute(EXECUTION, List.of(
                new PortInventory(Port.POLA, polaFigures(), List.of()),
                new PortInventory(Port.POLB, polbFigures(), List.of())));
        assertEquals("partial inventory: 2024 lacks HARBOR_CRAFT, LOCOMOTIVE, HDV, 2005 lacks HARBOR_CRAFT,"
                + " LOCOMOTIVE, HDV", find(metrics, Scope.POLA, null, DPM, 2024).orElseThrow().getCaveat());
        assertEquals("partial inventory: 2005 lacks HARBOR_CRAFT, LOCOMOTIVE, HDV",
                find(metrics, Scope.POLB, null, CO2E, 2005).orElseThrow().getCaveat());
        assertEquals("partial inventory: POLA 2024 lacks HARBOR_CRAFT, LOCOMOTIVE, HDV, 2005 lacks HARBOR_CRAFT,"
                        + " LOCOMOTIVE, HDV; POLB 2024 lacks HARBOR_CRAFT, LOCOMOTIVE, HDV, 2005 lacks HARBOR_CRAFT,"
                        + " LOCOMOTIVE, HDV",
                find(metrics, Scope.SAN_PEDRO_BAY, null, DPM, 2024).orElseThrow().getCaveat());
        assertNull(find(metrics, Scope.POLA, OGV, DPM, 2024).orElseThrow().getCaveat(), "a category is itself");
    }
}
