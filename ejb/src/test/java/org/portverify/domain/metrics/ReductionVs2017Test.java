package org.portverify.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portverify.domain.metrics.ReductionCalculator.PortInventory;
import org.portverify.domain.model.MassUnit;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.Port;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.submission.InventoryFigure;
import org.portverify.domain.submission.Throughput;

/**
 * The change vs 2017 of the same edition, next to the change vs 2005, on a hand-sized DPM inventory:
 *
 * <pre>
 *                 2005        2017        2024
 * POLA OGV          80          50          28
 * POLA CHE          20          30          12
 * POLA total       100          80          40
 * POLB OGV         100         120          30
 * SPB OGV          180         170          58
 * SPB total        200         200          70
 * POLA TEU   1,000,000   1,600,000   1,250,000
 * POLB TEU   1,000,000   1,600,000   1,750,000
 * SPB TEU    2,000,000   3,200,000   3,000,000
 * </pre>
 */
class ReductionVs2017Test {

    private static final long EXECUTION = 5L;
    private static final Pollutant DPM = Pollutant.DPM;
    private static final SourceCategory OGV = SourceCategory.OGV;
    private static final SourceCategory CHE = SourceCategory.CHE;

    private static InventoryFigure figure(int year, SourceCategory category, String tons) {
        return new InventoryFigure(1L, year, category, DPM, new BigDecimal(tons), MassUnit.SHORT_TONS, 0L);
    }

    private static List<InventoryFigure> pola() {
        return new ArrayList<>(List.of(figure(2005, OGV, "80"), figure(2005, CHE, "20"), figure(2017, OGV, "50"),
                figure(2017, CHE, "30"), figure(2024, OGV, "28"), figure(2024, CHE, "12")));
    }

    private static List<Throughput> teu(long teu2005, Long teu2017, long teu2024) {
        List<Throughput> teu = new ArrayList<>(List.of(new Throughput(1L, 2005, teu2005, 0L),
                new Throughput(1L, 2024, teu2024, 0L)));
        if (teu2017 != null) {
            teu.add(new Throughput(1L, 2017, teu2017, 0L));
        }
        return teu;
    }

    private static List<ReductionMetric> bothPorts() {
        return ReductionCalculator.compute(EXECUTION, List.of(
                new PortInventory(Port.POLA, pola(), teu(1_000_000, 1_600_000L, 1_250_000)),
                new PortInventory(Port.POLB, List.of(figure(2005, OGV, "100"), figure(2017, OGV, "120"),
                        figure(2024, OGV, "30")), teu(1_000_000, 1_600_000L, 1_750_000))));
    }

    private static ReductionMetric get(List<ReductionMetric> metrics, Scope scope, SourceCategory category,
                                       int year) {
        return metrics.stream().filter(m -> m.getScope() == scope && m.getCategory() == category
                        && m.getDataYear() == year).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + scope + "/" + category + "/" + year));
    }

    private static void assertDecimal(String expected, BigDecimal actual, String what) {
        assertNotNull(actual, what + " is null");
        assertEquals(0, new BigDecimal(expected).compareTo(actual),
                () -> what + ": expected " + expected + " but was " + actual.toPlainString());
    }

    /** For the non-terminating cases: the exact fraction, to 18 decimal places (20 significant digits computed). */
    private static void assertFraction(long numerator, long denominator, BigDecimal actual, String what) {
        assertNotNull(actual, what + " is null");
        BigDecimal exact = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator),
                MathContext.DECIMAL128);
        assertTrue(exact.subtract(actual).abs().compareTo(new BigDecimal("1E-18")) <= 0,
                () -> what + ": expected " + numerator + "/" + denominator + " but was " + actual);
    }

    @ParameterizedTest(name = "{0} {1} {2}: vs 2017 r {4}, eff r {5}")
    @CsvSource({
            // scope, category (empty = all), year, 2017 tons, reduction vs 2017, efficiency reduction vs 2017
            "POLA,,    2024, 80,  0.5,    0.36",   // 40/80; eff 80/160 = 0.5 and 40/125 = 0.32: 1 - 0.32/0.5
            "POLA,OGV, 2024, 50,  0.44,   0.2832", // 22/50; 50/160 = 0.3125, 28/125 = 0.224: 1 - 0.7168
            "POLA,CHE, 2024, 30,  0.6,    0.488",  // 18/30; 30/160 = 0.1875, 12/125 = 0.096: 1 - 0.512
            "POLA,,    2017, 80,  0,      0",      // 2017 against itself
            "POLA,,    2005, 80,  -0.25,  -1",     // (80 - 100)/80; eff 1 against 0.5: 1 - 1/0.5
            "POLB,OGV, 2024, 120, 0.75,   ",       // 90/120; efficiency checked below (27/35)
            "SAN_PEDRO_BAY,OGV, 2024, 170, ,  ",   // 170 = 50 + 120
            "SAN_PEDRO_BAY,,    2024, 200, 0.65, ", // 130/200
    })
    void changeVs2017(Scope scope, SourceCategory category, int year, String tons2017, String reduction,
                      String efficiencyReduction) {
        ReductionMetric m = get(bothPorts(), scope, category, year);
        assertAll(
                () -> assertDecimal(tons2017, m.getTons2017(), "2017 tons"),
                () -> {
                    if (reduction != null) {
                        assertDecimal(reduction, m.getReduction2017(), "reduction vs 2017");
                    }
                },
                () -> {
                    if (efficiencyReduction != null) {
                        assertDecimal(efficiencyReduction, m.getEfficiencyReduction2017(), "eff. reduction vs 2017");
                    }
                },
                () -> assertNull(m.getReduction2017Issue()),
                () -> assertNull(m.getEfficiency2017Issue()));
    }

    @Test
    void nonTerminatingEfficiencyReductionsVs2017And2005() {
        List<ReductionMetric> metrics = bothPorts();
        // POLB OGV 2024: eff 2017 = 120/160 = 0.75, eff 2024 = 30/175 = 6/35: 1 - (6/35)/(3/4) = 1 - 8/35 = 27/35
        assertFraction(27, 35, get(metrics, Scope.POLB, OGV, 2024).getEfficiencyReduction2017(), "POLB vs 2017");
        // SPB 2024: eff 2017 = 200/320 = 5/8, eff 2024 = 70/300 = 7/30: 1 - (7/30)/(5/8) = 1 - 28/75 = 47/75
        ReductionMetric spb = get(metrics, Scope.SAN_PEDRO_BAY, null, 2024);
        assertFraction(47, 75, spb.getEfficiencyReduction2017(), "SPB vs 2017");
        assertEquals(3_200_000L, spb.getTeu2017()); // 1,600,000 + 1,600,000
        // ...and vs 2005 as before: eff 2005 = 200/200 = 1: 1 - 7/30 = 23/30; tons 130/200 = 0.65
        assertFraction(23, 30, spb.getEfficiencyReduction(), "SPB vs 2005");
        assertDecimal("0.65", spb.getReduction(), "SPB vs 2005");
        // SPB OGV 2024 vs 2017: (170 - 58)/170 = 112/170 = 56/85
        assertFraction(56, 85, get(metrics, Scope.SAN_PEDRO_BAY, OGV, 2024).getReduction2017(), "SPB OGV");
    }

    @Test
    void vs2005IsUnchangedNextTo2017() {
        ReductionMetric m = get(bothPorts(), Scope.POLA, null, 2024);
        assertDecimal("0.6", m.getReduction(), "vs 2005");               // 60/100
        assertDecimal("0.68", m.getEfficiencyReduction(), "eff vs 2005"); // 1 - 0.32/1
        assertEquals(1_000_000L, m.getBaselineTeu());
        assertEquals(1_600_000L, m.getTeu2017());
        assertEquals("-60%", m.displayChange());
        assertEquals("-50%", m.displayChange2017());
        assertEquals("-36%", m.displayEfficiencyChange2017());
        // 2005 vs 2017: +25% in tons (100 against 80), +100% per 10,000 TEU (1 against 0.5)
        ReductionMetric base = get(bothPorts(), Scope.POLA, null, 2005);
        assertEquals("+25%", base.displayChange2017());
        assertEquals("+100%", base.displayEfficiencyChange2017());
    }

    @Test
    void missing2017FigureIsPv3006NotNaN() {
        List<InventoryFigure> figures = pola();
        figures.add(figure(2005, SourceCategory.HDV, "10"));
        figures.add(figure(2024, SourceCategory.HDV, "4")); // HDV has no 2017 figure
        List<ReductionMetric> metrics = ReductionCalculator.compute(EXECUTION, List.of(
                new PortInventory(Port.POLA, figures, teu(1_000_000, 1_600_000L, 1_250_000))));

        ReductionMetric hdv = get(metrics, Scope.POLA, SourceCategory.HDV, 2024);
        assertEquals("PV-3006", hdv.getReduction2017Issue());
        assertEquals("PV-3006", hdv.getEfficiency2017Issue());
        assertNull(hdv.getTons2017());
        assertNull(hdv.getReduction2017());
        assertNull(hdv.getEfficiencyReduction2017());
        assertEquals("n/a", hdv.displayChange2017());
        assertEquals("n/a", hdv.displayEfficiencyChange2017());
        assertDecimal("0.6", hdv.getReduction(), "vs 2005 still computed"); // (10 - 4)/10
        assertNull(hdv.getReductionIssue());
    }

    @Test
    void zero2017FigureIsPv3007() {
        List<InventoryFigure> figures = pola();
        figures.add(figure(2005, SourceCategory.HDV, "10"));
        figures.add(figure(2017, SourceCategory.HDV, "0"));
        figures.add(figure(2024, SourceCategory.HDV, "4"));
        List<ReductionMetric> metrics = assertDoesNotThrow(() -> ReductionCalculator.compute(EXECUTION, List.of(
                new PortInventory(Port.POLA, figures, teu(1_000_000, 1_600_000L, 1_250_000)))));

        ReductionMetric hdv = get(metrics, Scope.POLA, SourceCategory.HDV, 2024);
        assertEquals("PV-3007", hdv.getReduction2017Issue());
        assertEquals("PV-3007", hdv.getEfficiency2017Issue());
        assertDecimal("0", hdv.getTons2017(), "2017 tons");
        assertNull(hdv.getReduction2017());
        assertNull(hdv.getEfficiencyReduction2017());
    }

    @Test
    void missing2017TeuLeavesTheTonsComparison() {
        List<ReductionMetric> metrics = ReductionCalculator.compute(EXECUTION, List.of(
                new PortInventory(Port.POLA, pola(), teu(1_000_000, null, 1_250_000))));

        ReductionMetric m = get(metrics, Scope.POLA, null, 2024);
        assertDecimal("0.5", m.getReduction2017(), "vs 2017");
        assertNull(m.getReduction2017Issue());
        assertNull(m.getTeu2017());
        assertNull(m.getEfficiencyReduction2017());
        assertEquals("PV-3003", m.getEfficiency2017Issue());
        assertDecimal("0.68", m.getEfficiencyReduction(), "vs 2005 per 10,000 TEU");
        // The 2017 row itself has no TEU at all: no efficiency, against either year
        ReductionMetric row2017 = get(metrics, Scope.POLA, null, 2017);
        assertEquals("PV-3003", row2017.getEfficiencyIssue());
        assertEquals("PV-3003", row2017.getEfficiency2017Issue());
        assertDecimal("0", row2017.getReduction2017(), "2017 against itself");
    }
}
