package org.portverify.domain.metrics.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.metrics.ReductionCalculator;
import org.portverify.domain.metrics.ReductionCalculator.PortInventory;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.CaapTarget;
import org.portverify.domain.metrics.goals.GhgReferences;
import org.portverify.domain.metrics.goals.StandardProgress;
import org.portverify.domain.metrics.goals.StandardProgress.Basis;
import org.portverify.domain.metrics.goals.StandardProgress.Status;
import org.portverify.domain.metrics.qa.EditionBaseline;
import org.portverify.domain.metrics.qa.QaFlag;
import org.portverify.domain.metrics.trend.ProjectionStatus;
import org.portverify.domain.metrics.trend.TrendMethod;
import org.portverify.domain.metrics.trend.TrendStatus;
import org.portverify.domain.metrics.trend.TrendWindow;
import org.portverify.domain.model.MassUnit;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.Port;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.submission.InventoryFigure;
import org.portverify.domain.submission.Throughput;

/**
 * A POLA-only edition small enough to check by hand: OGV NOx 2005 100 short tons, then 50, 48, 46, 44, 42 in 2021 to
 * 2025; CO2e 900 metric tons in 2005, then 800, 790, 780, 770, 760; TEU 1,000,000 every year (so tons per 10,000 TEU
 * are tons / 100).
 */
class RunProgressTest {

    private static final long SUBMISSION = 1L;
    private static final TrendWindow WINDOW = new TrendWindow(2021, 2025);

    private static List<InventoryFigure> figures(String nox2005) {
        List<InventoryFigure> figures = new ArrayList<>();
        figures.add(figure(2005, Pollutant.NOX, nox2005, MassUnit.SHORT_TONS));
        figures.add(figure(2005, Pollutant.CO2E, "900", MassUnit.METRIC_TONS));
        String[] nox = {"50", "48", "46", "44", "42"};
        String[] co2e = {"800", "790", "780", "770", "760"};
        for (int i = 0; i < 5; i++) {
            figures.add(figure(2021 + i, Pollutant.NOX, nox[i], MassUnit.SHORT_TONS));
            figures.add(figure(2021 + i, Pollutant.CO2E, co2e[i], MassUnit.METRIC_TONS));
        }
        return figures;
    }

    private static InventoryFigure figure(int year, Pollutant pollutant, String value, MassUnit unit) {
        return new InventoryFigure(SUBMISSION, year, SourceCategory.OGV, pollutant, new BigDecimal(value), unit, 0L);
    }

    private static List<Throughput> teu() {
        List<Throughput> teu = new ArrayList<>(List.of(new Throughput(SUBMISSION, 2005, 1_000_000L, 0L)));
        for (int year = 2021; year <= 2025; year++) {
            teu.add(new Throughput(SUBMISSION, year, 1_000_000L, 0L));
        }
        return teu;
    }

    private static List<ReductionMetric> metrics(List<InventoryFigure> figures) {
        return ReductionCalculator.compute(9L, List.of(new PortInventory(Port.POLA, figures, teu())));
    }

    private static ProgressSettings settings(String ghg, String tolerance) {
        return new ProgressSettings(GhgReferences.parse(ghg, "test"), WINDOW, new BigDecimal(tolerance));
    }

    private static RunProgress compute(String ghg, List<EditionComparison> editions) {
        return RunProgress.compute(metrics(figures("100")), List.of(), editions, settings(ghg, "0.01"));
    }

    private static SeriesTrend trend(RunProgress progress, Scope scope, Pollutant pollutant, TrendMeasure measure) {
        return progress.trends().stream().filter(t -> t.scope() == scope && t.pollutant() == pollutant
                && t.measure() == measure).findFirst().orElseThrow();
    }

    @Test
    void everyScopeHasItsFourHeadlineTotalsInTonsAndPerTeu() {
        RunProgress progress = compute(null, List.of());
        assertEquals(3 * 4 * 2, progress.trends().size());
        List<SeriesTrend> sorted = new ArrayList<>(progress.trends());
        sorted.sort(SeriesTrend.ORDER);
        assertEquals(sorted, progress.trends());
        // San Pedro Bay needs both ports: no point, no trend, never NaN
        SeriesTrend spb = trend(progress, Scope.SAN_PEDRO_BAY, Pollutant.NOX, TrendMeasure.TONS);
        assertEquals(TrendStatus.INSUFFICIENT_DATA, spb.trend().status());
        assertEquals("PV-3008", spb.trend().issue());
        assertEquals("PV-3001", spb.goalIssue());
        assertNull(spb.projection());
    }

    /**
     * NOx 50, 48, 46, 44, 42 over 2021..2025 is the line 46 - 2 (year - 2023): slope -2, R² 1, a zero-width interval.
     * The 2023 standard's level is (1 - 0.59) x 100 = 41 tons; the line reaches it at 2023 + (41 - 46) / -2 = 2025.5,
     * so in 2026, after the 2023 deadline.
     */
    @Test
    void noxTonsFollowAStraightLineToTheStandardsLevel() {
        SeriesTrend nox = trend(compute(null, List.of()), Scope.POLA, Pollutant.NOX, TrendMeasure.TONS);
        assertEquals(TrendMethod.ORDINARY_LEAST_SQUARES, nox.trend().method());
        assertEquals(-2.0, nox.trend().line().slope(), 1e-9);
        assertEquals(1.0, nox.trend().line().rSquared(), 1e-12);
        assertEquals(-2.0, nox.trend().line().slopeLow(), 1e-9);
        assertEquals(-2.0, nox.trend().line().slopeHigh(), 1e-9);
        assertEquals(46.0, nox.trend().line().valueAt(2023), 1e-6);
        assertEquals("least squares: no residual from the Theil-Sen line beyond 3 x 1.4826 x MAD",
                nox.methodReason());
        assertEquals(CaapTarget.STANDARD_2023_NOX, nox.goal());
        assertEquals(41.0, nox.goalValue(), 1e-12);
        assertEquals(ProjectionStatus.ON_TREND, nox.projection().status());
        assertEquals(2025.5, nox.projection().crossing(), 1e-6);
        assertEquals(2026, nox.projection().year());
        assertEquals(2026, nox.projection().earliestYear());
        assertEquals(2026, nox.projection().latestYear());
        assertEquals(Boolean.FALSE, nox.projection().byDeadline());
        assertEquals("short tons", nox.unit());
    }

    /** Per 10,000 TEU the NOx line is tons / 100: slope -0.02; no CAAP goal is set per TEU. */
    @Test
    void tonsPerTeuHaveATrendButNoGoal() {
        SeriesTrend perTeu = trend(compute(null, List.of()), Scope.POLA, Pollutant.NOX, TrendMeasure.TONS_PER_10K_TEU);
        assertEquals(-0.02, perTeu.trend().line().slope(), 1e-12);
        assertEquals("short tons per 10,000 TEU", perTeu.unit());
        assertNull(perTeu.goal());
        assertNull(perTeu.projection());
        assertNull(perTeu.goalIssue());
    }

    /**
     * With a 1990 reference of 1,000 metric tons the 2030 goal is 600 t: CO2e 780 - 10 (year - 2023) reaches it at
     * 2023 + (600 - 780) / -10 = 2041. In 2025 the reduction is (1000 - 760) / 1000 = 24%, 16 points short of 40%.
     */
    @Test
    void ghgGoalsAreMeasuredAgainstTheConfiguredReference() {
        RunProgress progress = compute("POLA:1000", List.of());
        SeriesTrend co2e = trend(progress, Scope.POLA, Pollutant.CO2E, TrendMeasure.TONS);
        assertEquals(-10.0, co2e.trend().line().slope(), 1e-9);
        assertEquals(600.0, co2e.goalValue(), 1e-12);
        assertEquals(2041, co2e.projection().year());
        assertEquals(Boolean.FALSE, co2e.projection().byDeadline());

        StandardProgress latest = progress.standards().stream().filter(s -> s.target() == CaapTarget.GHG_2030
                && s.scope() == Scope.POLA && s.basis() == Basis.LATEST_YEAR).findFirst().orElseThrow();
        assertEquals(Status.NOT_MET, latest.status());
        assertEquals(0, new BigDecimal("0.24").compareTo(latest.reduction()));
        assertEquals(0, new BigDecimal("-16").compareTo(latest.marginPoints()));
        StandardProgress due = progress.standards().stream().filter(s -> s.target() == CaapTarget.GHG_2030
                && s.scope() == Scope.POLA && s.basis() == Basis.TARGET_YEAR).findFirst().orElseThrow();
        assertEquals(Status.NOT_YET_DUE, due.status());
        // POLB has no reference: stated, not assumed
        assertTrue(progress.standards().stream().filter(s -> s.target().isGreenhouseGasGoal()
                && s.scope() == Scope.POLB).allMatch(s -> s.status() == Status.NO_REFERENCE
                && "PV-3010".equals(s.issue())));
    }

    @Test
    void withoutAReferenceTheGhgTrendHasNoGoalValue() {
        SeriesTrend co2e = trend(compute(null, List.of()), Scope.POLA, Pollutant.CO2E, TrendMeasure.TONS);
        assertEquals(CaapTarget.GHG_2030, co2e.goal());
        assertNull(co2e.goalValue());
        assertNull(co2e.projection());
        assertEquals(ErrorCode.GHG_REFERENCE_MISSING.code(), co2e.goalIssue());
    }

    /**
     * The previous edition put OGV NOx 2005 at 95 tons; this one at 100: a move of 5 / 95 = 5.26%, beyond 1% and
     * flagged for OGV and for the total; with a 6% tolerance it is not.
     */
    @Test
    void aBaselineMovedSinceThePreviousEditionIsFlagged() {
        EditionComparison edition = new EditionComparison(Port.POLA,
                EditionBaseline.of("2024", Port.POLA, figures("95")),
                EditionBaseline.of("2025", Port.POLA, figures("100")));
        RunProgress progress = compute(null, List.of(edition));
        List<QaFlag> moved = progress.qaFlags().stream().filter(f -> f.code() == ErrorCode.QA_BASELINE_MOVED)
                .toList();
        assertEquals(2, moved.size());
        assertNull(moved.get(0).category());
        assertEquals(SourceCategory.OGV, moved.get(1).category());
        for (QaFlag flag : moved) {
            assertEquals(Pollutant.NOX, flag.pollutant());
            assertEquals(2005, flag.dataYear());
            assertEquals(new BigDecimal("0.052631578947368421053"), flag.value());
            assertTrue(flag.message().contains("edition 2025") && flag.message().contains("edition 2024"),
                    flag.message());
        }
        // nothing else is flagged on this smooth edition
        assertEquals(moved, progress.qaFlags());

        RunProgress tolerant = RunProgress.compute(metrics(figures("100")), List.of(), List.of(edition),
                settings(null, "0.06"));
        assertEquals(List.of(), tolerant.qaFlags());
    }

    /** The same inputs in another row order give equal results, field for field (doubles bit for bit). */
    @Test
    void computingTwiceOrInAnotherOrderGivesIdenticalResults() {
        EditionComparison edition = new EditionComparison(Port.POLA,
                EditionBaseline.of("2024", Port.POLA, figures("95")),
                EditionBaseline.of("2025", Port.POLA, figures("100")));
        RunProgress first = RunProgress.compute(metrics(figures("100")), List.of(), List.of(edition),
                settings("POLA:1000", "0.01"));
        List<InventoryFigure> reversed = figures("100");
        Collections.reverse(reversed);
        List<ReductionMetric> shuffled = new ArrayList<>(metrics(reversed));
        Collections.reverse(shuffled);
        RunProgress second = RunProgress.compute(shuffled, List.of(), List.of(edition),
                settings("POLA:1000", "0.01"));
        assertEquals(first, second);
    }

    /** What is stored reads back equal: doubles bit for bit, the points and outlier years through their text. */
    @Test
    void storedRowsReadBackEqual() {
        RunProgress progress = compute("POLA:1000", List.of());
        for (SeriesTrend trend : progress.trends()) {
            assertEquals(trend, new SeriesTrendRecord(9L, 0, trend).toSeriesTrend());
        }
        for (StandardProgress standard : progress.standards()) {
            StandardProgress read = new StandardProgressRecord(9L, 0, standard).toProgress();
            assertEquals(standard.status(), read.status());
            assertEquals(standard.issue(), read.issue());
            if (standard.reduction() != null) {
                assertEquals(0, standard.reduction().compareTo(read.reduction()));
            }
        }
    }
}
