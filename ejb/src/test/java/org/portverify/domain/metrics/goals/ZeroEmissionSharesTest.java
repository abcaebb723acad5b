package org.portverify.domain.metrics.goals;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.ZeroEmissionShare.Status;
import org.portverify.domain.metrics.goals.ZeroEmissionShares.PortFleet;
import org.portverify.domain.metrics.trend.GoalProjection;
import org.portverify.domain.metrics.trend.ProjectionStatus;
import org.portverify.domain.metrics.trend.TrendOptions;
import org.portverify.domain.model.CapacityUnit;
import org.portverify.domain.model.Port;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.submission.FleetFigure;

/**
 * Zero-emission shares on hand-sized fleets:
 *
 * <pre>
 *                 POLA (ze/total)   POLB (ze/total)   San Pedro Bay
 * CHE 2025            50/200            70/200           120/400
 * HDV 2025             0/0              10/500            10/500
 * HDV 2034           400/400               -                 -
 * HDV 2035               -             399/400               -
 * OGV 2025             3/60                -                 -
 * </pre>
 */
class ZeroEmissionSharesTest {

    private static final SourceCategory CHE = SourceCategory.CHE;
    private static final SourceCategory HDV = SourceCategory.HDV;

    private static FleetFigure fleet(int year, SourceCategory category, long ze, long total) {
        return new FleetFigure(1L, year, category, ze, total, 0, BigDecimal.ZERO, CapacityUnit.values()[0], 0);
    }

    private static List<PortFleet> fleets() {
        return List.of(
                new PortFleet(Port.POLA, new ArrayList<>(List.of(fleet(2025, CHE, 50, 200), fleet(2025, HDV, 0, 0),
                        fleet(2034, HDV, 400, 400), fleet(2025, SourceCategory.OGV, 3, 60)))),
                new PortFleet(Port.POLB, new ArrayList<>(List.of(fleet(2025, CHE, 70, 200), fleet(2025, HDV, 10, 500),
                        fleet(2035, HDV, 399, 400)))));
    }

    private static ZeroEmissionShare get(List<ZeroEmissionShare> shares, Scope scope, SourceCategory category,
                                         int year) {
        return shares.stream().filter(s -> s.scope() == scope && s.category() == category && s.dataYear() == year)
                .findFirst().orElseThrow(() -> new AssertionError("no share " + scope + " " + category + " " + year));
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        if (expected == null) {
            assertNull(actual);
        } else {
            assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " but was " + actual);
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3} ({4}), {5} years to go, {7} a year")
    @CsvSource({
            // scope, category, year, share, status, years to goal, gap, required gain per year
            "POLA,          CHE, 2025, 0.25,   IN_PROGRESS, 5,  0.75,  0.15",  // 50/200; 0.75/5
            "POLB,          CHE, 2025, 0.35,   IN_PROGRESS, 5,  0.65,  0.13",  // 70/200; 0.65/5
            "SAN_PEDRO_BAY, CHE, 2025, 0.3,    IN_PROGRESS, 5,  0.7,   0.14",  // 120/400; 0.7/5
            "POLB,          HDV, 2025, 0.02,   IN_PROGRESS, 10, 0.98,  0.098", // 10/500; goal 2035: 0.98/10
            "SAN_PEDRO_BAY, HDV, 2025, 0.02,   IN_PROGRESS, 10, 0.98,  0.098", // (0 + 10)/(0 + 500)
            "POLA,          HDV, 2034, 1,      GOAL_MET,    ,   0,     ",      // 400/400
            "POLB,          HDV, 2035, 0.9975, GOAL_MISSED, ,   0.0025, ",     // 399/400 in the goal year
            "POLA,          OGV, 2025, 0.05,   NO_GOAL,     ,   0.95,  ",      // 3/60: no CAAP goal for OGV
    })
    void shareAndProgressTowardsTheGoal(Scope scope, SourceCategory category, int year, String share, Status status,
                                        Integer yearsToGoal, String gap, String perYear) {
        ZeroEmissionShare s = get(ZeroEmissionShares.compute(fleets()), scope, category, year);
        assertAll(
                () -> assertDecimal(share, s.share()),
                () -> assertEquals(status, s.status()),
                () -> assertEquals(yearsToGoal, s.yearsToGoal()),
                () -> assertDecimal(gap, s.gap()),
                () -> assertDecimal(perYear, s.requiredGainPerYear()),
                () -> assertNull(s.issue()));
    }

    @Test
    void zeroTotalIsPv3011NotADivisionByZero() {
        ZeroEmissionShare s = get(ZeroEmissionShares.compute(fleets()), Scope.POLA, HDV, 2025);
        assertEquals(Status.NO_DATA, s.status());
        assertEquals("PV-3011", s.issue());
        assertNull(s.share());
        assertNull(s.gap());
        assertEquals("n/a", s.displayShare());
        assertEquals(ZeroEmissionGoal.DRAYAGE_TRUCKS, s.goal());
    }

    @Test
    void sanPedroBayOnlyWhereBothPortsReportTheCategoryAndYear() {
        List<ZeroEmissionShare> shares = ZeroEmissionShares.compute(fleets());
        // POLA: 4 rows, POLB: 3 rows, San Pedro Bay: CHE 2025 and HDV 2025
        assertEquals(9, shares.size());
        assertTrue(shares.stream().filter(s -> s.scope() == Scope.SAN_PEDRO_BAY)
                .allMatch(s -> s.dataYear() == 2025 && (s.category() == CHE || s.category() == HDV)));
        assertEquals(400, get(shares, Scope.SAN_PEDRO_BAY, CHE, 2025).totalUnits());
        assertEquals(120, get(shares, Scope.SAN_PEDRO_BAY, CHE, 2025).zeUnits());
        assertEquals("30%", get(shares, Scope.SAN_PEDRO_BAY, CHE, 2025).displayShare());
    }

    @Test
    void goalsAreThoseOfThe2017CaapUpdate() {
        assertEquals(2030, ZeroEmissionGoal.of(CHE).orElseThrow().year());
        assertEquals(2035, ZeroEmissionGoal.of(HDV).orElseThrow().year());
        assertEquals(Optional.empty(), ZeroEmissionGoal.of(SourceCategory.OGV));
    }

    /**
     * CHE shares 10/160, 20/160, 30/160 = 0.0625, 0.125, 0.1875 in 2023..2025 (exact in binary): slope 0.0625 a year,
     * exactly on a line (interval of width 0), so 100% is reached at 2024 + (1 - 0.125)/0.0625 = 2038, after the 2030
     * goal. (With shares like 0.1, 0.2, 0.3 the doubles' rounding gives the slope a 95% interval of about 2e-8 either
     * side, and the latest year of the interval can tip into the next year.)
     */
    @Test
    void projectionTowardsOneHundredPercent() {
        List<PortFleet> fleets = List.of(new PortFleet(Port.POLA, List.of(fleet(2023, CHE, 10, 160),
                fleet(2024, CHE, 20, 160), fleet(2025, CHE, 30, 160))));
        List<ZeroEmissionShare> shares = ZeroEmissionShares.compute(fleets);
        GoalProjection p = ZeroEmissionShares.projection(shares, Scope.POLA, CHE, TrendOptions.DEFAULT)
                .orElseThrow();
        assertEquals(ProjectionStatus.ON_TREND, p.status());
        assertEquals(2038.0, p.crossing(), 0);
        assertEquals(2038, p.year());
        assertEquals(2038, p.earliestYear());
        assertEquals(2038, p.latestYear());
        assertEquals(Boolean.FALSE, p.byDeadline());
        assertEquals(Optional.empty(), ZeroEmissionShares.projection(shares, Scope.POLA, SourceCategory.OGV,
                TrendOptions.DEFAULT));
    }

    @ParameterizedTest
    @ValueSource(longs = {3L, 5L, 8L})
    void shuffledRowsGiveTheSameShares(long seed) {
        List<ZeroEmissionShare> expected = ZeroEmissionShares.compute(fleets());
        List<PortFleet> shuffled = new ArrayList<>();
        for (PortFleet fleet : fleets()) {
            List<FleetFigure> figures = new ArrayList<>(fleet.figures());
            Collections.shuffle(figures, new Random(seed));
            shuffled.add(new PortFleet(fleet.port(), figures));
        }
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(expected, ZeroEmissionShares.compute(shuffled));
    }
}
