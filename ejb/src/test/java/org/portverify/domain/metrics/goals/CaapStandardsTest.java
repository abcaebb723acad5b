package org.portverify.domain.metrics.goals;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.portverify.domain.metrics.ReductionCalculator;
import org.portverify.domain.metrics.ReductionCalculator.PortInventory;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.StandardProgress.Basis;
import org.portverify.domain.metrics.goals.StandardProgress.Status;
import org.portverify.domain.model.MassUnit;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.Port;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.submission.InventoryFigure;

/**
 * The CAAP targets on a hand-sized inventory (all figures OGV; San Pedro Bay = both ports summed):
 *
 * <pre>
 *              POLA                       POLB                       San Pedro Bay
 *         2005  2014  2023   2024    2005  2014  2023   2024     2005  2014  2023  2024
 * DPM      400   100    80    100     600   180   120    150     1000   280   200   250
 * NOx     1000   800   400    300    1000   800   500    400     2000  1600   900   700
 * SOx      500     -    30     40     500     -    40     40     1000     -    70    80
 * CO2e   50000     -     -  45359.237 50000    -     -  44640.763 100000   -     - 90000
 * </pre>
 * San Pedro Bay reductions vs 2005: DPM 0.72 (2014), 0.8 (2023), 0.75 (2024); NOx 0.2, 0.55, 0.65; SOx -, 0.93, 0.92.
 * 1990 references: San Pedro Bay 120,000 metric tons; POLA 100,000 short tons = 90,718.474 metric tons.
 */
class CaapStandardsTest {

    private static final SourceCategory OGV = SourceCategory.OGV;

    private static List<InventoryFigure> port(String[][] rows) {
        List<InventoryFigure> figures = new ArrayList<>();
        int line = 0;
        for (String[] row : rows) {
            Pollutant pollutant = Pollutant.valueOf(row[0]);
            int[] years = {2005, 2014, 2023, 2024};
            for (int i = 0; i < years.length; i++) {
                if (!row[i + 1].equals("-")) {
                    figures.add(new InventoryFigure(1L, years[i], OGV, pollutant, new BigDecimal(row[i + 1]),
                            pollutant.reportingUnit(), ++line));
                }
            }
        }
        return figures;
    }

    private static List<PortInventory> inventories() {
        return List.of(
                new PortInventory(Port.POLA, port(new String[][] {
                        {"DPM", "400", "100", "80", "100"},
                        {"NOX", "1000", "800", "400", "300"},
                        {"SOX", "500", "-", "30", "40"},
                        {"CO2E", "50000", "-", "-", "45359.237"}}), List.of()),
                new PortInventory(Port.POLB, port(new String[][] {
                        {"DPM", "600", "180", "120", "150"},
                        {"NOX", "1000", "800", "500", "400"},
                        {"SOX", "500", "-", "40", "40"},
                        {"CO2E", "50000", "-", "-", "44640.763"}}), List.of()));
    }

    private static final GhgReferences REFERENCES = new GhgReferences(java.util.Map.of(
            Scope.SAN_PEDRO_BAY, new GhgReference(new BigDecimal("120000"), MassUnit.METRIC_TONS, "test reference"),
            Scope.POLA, new GhgReference(new BigDecimal("100000"), MassUnit.SHORT_TONS, "test reference")));

    private static List<StandardProgress> evaluate() {
        return CaapStandards.evaluate(ReductionCalculator.compute(1L, inventories()), REFERENCES);
    }

    private static StandardProgress get(List<StandardProgress> rows, CaapTarget target, Scope scope, Basis basis) {
        return rows.stream().filter(r -> r.target() == target && r.scope() == scope && r.basis() == basis)
                .findFirst().orElseThrow(() -> new AssertionError("no row " + target + " " + scope + " " + basis));
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3} {4}, {5} pp ({6})")
    @CsvSource({
            // target, scope, basis, data year, status, reduction, margin points, shown
            "STANDARD_2014_DPM, SAN_PEDRO_BAY, TARGET_YEAR, 2014, MET,     0.72, 0,   0 pp",  // 720/1000: exactly met
            "STANDARD_2014_DPM, SAN_PEDRO_BAY, LATEST_YEAR, 2024, MET,     0.75, 3,   +3 pp", // 750/1000
            "STANDARD_2023_DPM, SAN_PEDRO_BAY, TARGET_YEAR, 2023, MET,     0.8,  3,   +3 pp", // 800/1000 vs 0.77
            "STANDARD_2023_DPM, SAN_PEDRO_BAY, LATEST_YEAR, 2024, NOT_MET, 0.75, -2,  -2 pp", // 0.75 vs 0.77
            "STANDARD_2014_NOX, SAN_PEDRO_BAY, TARGET_YEAR, 2014, NOT_MET, 0.2,  -2,  -2 pp", // 400/2000 vs 0.22
            "STANDARD_2014_NOX, SAN_PEDRO_BAY, LATEST_YEAR, 2024, MET,     0.65, 43,  +43 pp", // 1300/2000 vs 0.22
            "STANDARD_2023_NOX, SAN_PEDRO_BAY, TARGET_YEAR, 2023, NOT_MET, 0.55, -4,  -4 pp", // 1100/2000 vs 0.59
            "STANDARD_2023_NOX, SAN_PEDRO_BAY, LATEST_YEAR, 2024, MET,     0.65, 6,   +6 pp",
            "STANDARD_2023_SOX, SAN_PEDRO_BAY, TARGET_YEAR, 2023, MET,     0.93, 0,   0 pp",  // 930/1000 = 0.93
            "STANDARD_2023_SOX, SAN_PEDRO_BAY, LATEST_YEAR, 2024, NOT_MET, 0.92, -1,  -1 pp", // 920/1000
            "STANDARD_2014_SOX, SAN_PEDRO_BAY, LATEST_YEAR, 2024, NOT_MET, 0.92, -1,  -1 pp",
            // GHG vs 1990: SPB (120000 - 90000)/120000 = 0.25; POLA (90718.474 - 45359.237)/90718.474 = 0.5
            "GHG_2030,          SAN_PEDRO_BAY, LATEST_YEAR, 2024, NOT_MET, 0.25, -15, -15 pp",
            "GHG_2050,          SAN_PEDRO_BAY, LATEST_YEAR, 2024, NOT_MET, 0.25, -55, -55 pp",
            "GHG_2030,          POLA,          LATEST_YEAR, 2024, MET,     0.5,  10,  +10 pp",
            "GHG_2050,          POLA,          LATEST_YEAR, 2024, NOT_MET, 0.5,  -30, -30 pp",
    })
    void targetsMetOrNotAndByHowMuch(CaapTarget target, Scope scope, Basis basis, int year, Status status,
                                     String reduction, String margin, String shown) {
        StandardProgress row = get(evaluate(), target, scope, basis);
        assertAll(
                () -> assertEquals(year, row.dataYear()),
                () -> assertEquals(status, row.status()),
                () -> assertEquals(0, new BigDecimal(reduction).compareTo(row.reduction()), row::toString),
                () -> assertEquals(0, new BigDecimal(margin).compareTo(row.marginPoints()), row::toString),
                () -> assertEquals(shown, row.displayMargin()),
                () -> assertNull(row.issue()));
    }

    @Test
    void aStandardYearTheEditionLacksIsNoDataPv3009() {
        StandardProgress sox2014 = get(evaluate(), CaapTarget.STANDARD_2014_SOX, Scope.SAN_PEDRO_BAY,
                Basis.TARGET_YEAR);
        assertEquals(Status.NO_DATA, sox2014.status());
        assertEquals(2014, sox2014.dataYear());
        assertEquals("PV-3009", sox2014.issue());
        assertNull(sox2014.reduction());
        assertEquals("n/a", sox2014.displayMargin());
        assertEquals("n/a", sox2014.displayChange());
    }

    @Test
    void goalYearsAfterTheLatestDataYearAreNotYetDue() {
        List<StandardProgress> rows = evaluate();
        for (CaapTarget goal : List.of(CaapTarget.GHG_2030, CaapTarget.GHG_2050)) {
            StandardProgress row = get(rows, goal, Scope.SAN_PEDRO_BAY, Basis.TARGET_YEAR);
            assertEquals(Status.NOT_YET_DUE, row.status());
            assertEquals(goal.year(), row.dataYear());
            assertNull(row.marginPoints());
            assertNull(row.issue());
        }
    }

    @Test
    void withoutA1990ReferenceTheGhgGoalsSaySoExplicitly() {
        List<StandardProgress> rows = evaluate();
        for (CaapTarget goal : List.of(CaapTarget.GHG_2030, CaapTarget.GHG_2050)) {
            for (Basis basis : Basis.values()) {
                StandardProgress polb = get(rows, goal, Scope.POLB, basis);
                assertEquals(Status.NO_REFERENCE, polb.status());
                assertEquals("PV-3010", polb.issue());
                assertNull(polb.reduction());
                assertNull(polb.marginPoints());
            }
        }
        // ...and with no references at all, not one GHG row is evaluated
        List<StandardProgress> none = CaapStandards.evaluate(ReductionCalculator.compute(1L, inventories()),
                GhgReferences.none());
        assertTrue(none.stream().filter(r -> r.target().isGreenhouseGasGoal())
                .allMatch(r -> r.status() == Status.NO_REFERENCE && r.reduction() == null));
        assertEquals(2024, get(none, CaapTarget.GHG_2030, Scope.POLB, Basis.LATEST_YEAR).dataYear());
    }

    @Test
    void everyTargetInAFixedOrder() {
        List<StandardProgress> rows = evaluate();
        // 6 standards x San Pedro Bay x 2 bases + 2 GHG goals x 3 scopes x 2 bases
        assertEquals(24, rows.size());
        assertEquals(CaapTarget.STANDARD_2014_DPM, rows.get(0).target());
        assertEquals(Basis.TARGET_YEAR, rows.get(0).basis());
        assertEquals(Basis.LATEST_YEAR, rows.get(1).basis());
        List<StandardProgress> sorted = new ArrayList<>(rows);
        sorted.sort(StandardProgress.ORDER);
        assertEquals(sorted, rows);
        assertTrue(rows.stream().filter(r -> !r.target().isGreenhouseGasGoal())
                .allMatch(r -> r.scope() == Scope.SAN_PEDRO_BAY));
    }

    @Test
    void onePortAloneHasNoSanPedroBayStandards() {
        List<StandardProgress> rows = CaapStandards.evaluate(
                ReductionCalculator.compute(1L, inventories().subList(0, 1)), REFERENCES);
        StandardProgress target = get(rows, CaapTarget.STANDARD_2023_NOX, Scope.SAN_PEDRO_BAY, Basis.TARGET_YEAR);
        StandardProgress latest = get(rows, CaapTarget.STANDARD_2023_NOX, Scope.SAN_PEDRO_BAY, Basis.LATEST_YEAR);
        assertEquals(Status.NO_DATA, target.status());
        assertEquals("PV-3009", target.issue());
        assertEquals(Status.NO_DATA, latest.status());
        assertNull(latest.dataYear()); // no San Pedro Bay year at all
        assertEquals("PV-3009", latest.issue());
    }

    @Test
    void aReductionThatIsNotApplicableCarriesItsOwnCode() {
        // NOx of 2023 and 2024 only, in both ports: no 2005 baseline, so the metric rows say PV-3001
        List<PortInventory> inventories = new ArrayList<>();
        for (Port port : Port.values()) {
            inventories.add(new PortInventory(port, List.of(
                    new InventoryFigure(1L, 2023, OGV, Pollutant.NOX, BigDecimal.TEN, MassUnit.SHORT_TONS, 1),
                    new InventoryFigure(1L, 2024, OGV, Pollutant.NOX, BigDecimal.ONE, MassUnit.SHORT_TONS, 2)),
                    List.of()));
        }
        StandardProgress row = get(CaapStandards.evaluate(ReductionCalculator.compute(1L, inventories),
                GhgReferences.none()), CaapTarget.STANDARD_2023_NOX, Scope.SAN_PEDRO_BAY, Basis.TARGET_YEAR);
        assertEquals(Status.NO_DATA, row.status());
        assertEquals("PV-3001", row.issue());
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L})
    void shuffledMetricRowsGiveTheSameResult(long seed) {
        List<ReductionMetric> metrics = new ArrayList<>(ReductionCalculator.compute(1L, inventories()));
        List<StandardProgress> expected = CaapStandards.evaluate(metrics, REFERENCES);
        Collections.shuffle(metrics, new Random(seed));
        List<StandardProgress> shuffled = CaapStandards.evaluate(metrics, REFERENCES);
        assertEquals(expected, shuffled);
        assertEquals(expected.stream().map(StandardProgress::toString).toList(),
                shuffled.stream().map(StandardProgress::toString).toList());
    }

    @Test
    void targetsAreThePublishedOnesAndAReferenceIsAboveZero() {
        assertEquals("2014 San Pedro Bay standard: DPM 72% below 2005", CaapTarget.STANDARD_2014_DPM.label());
        assertEquals("2023 San Pedro Bay standard: NOx 59% below 2005", CaapTarget.STANDARD_2023_NOX.label());
        assertEquals("2023 San Pedro Bay standard: SOx 93% below 2005", CaapTarget.STANDARD_2023_SOX.label());
        assertEquals("2050 GHG goal: 80% below 1990", CaapTarget.GHG_2050.label());
        assertThrows(IllegalArgumentException.class,
                () -> new GhgReference(BigDecimal.ZERO, MassUnit.METRIC_TONS, "none"));
    }
}
