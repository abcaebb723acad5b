package org.portverify.domain.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.portverify.domain.agreement.AgreementCategory;
import org.portverify.domain.agreement.MilestoneKind;
import org.portverify.domain.agreement.compliance.ComplianceItem;
import org.portverify.domain.agreement.compliance.ComplianceStatus;
import org.portverify.domain.metrics.ReductionCalculator;
import org.portverify.domain.metrics.ReductionCalculator.PortInventory;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.model.MassUnit;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.Port;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.submission.InventoryFigure;
import org.portverify.domain.submission.Throughput;
import org.portverify.domain.run.FigureComparison.RunFigures;

/**
 * The comparison of a re-run with its original. One port, one category, DPM: 100 short tons in 2005 and 40 in 2025,
 * TEU 1,000,000 and 2,000,000; so the reduction is (100 - 40) / 100 = 0.6 and per 10,000 TEU 40 / 200 = 0.2 tons.
 */
class FigureComparisonTest {

    private static final String PDF = "a".repeat(64);
    private static final String DATA = "b".repeat(64);

    @Test
    void theSameFiguresStatusesAndDigestsMatch() {
        RunFigures original = figures(metrics(1, "40"), Map.of(Port.POLB, List.of(missed())), DATA, PDF);
        RunFigures rerun = figures(metrics(2, "40.000"), Map.of(Port.POLB, List.of(missed())), DATA, PDF);
        assertEquals(List.of(), FigureComparison.compare(original, rerun), "other execution ids, 40 = 40.000");
    }

    @Test
    void aChangedFigureListsEveryValueItMoves() {
        List<Difference> differences = FigureComparison.metrics(metrics(1, "40"), metrics(2, "41"));
        // 2025 row of the category and of the all-categories total: tons 40 -> 41, reduction 0.6 -> 0.59,
        // tons per 10,000 TEU 40 / 200 = 0.2 -> 41 / 200 = 0.205, efficiency 1 - 0.2 / 1 = 0.8 -> 0.795.
        for (String row : List.of("POLA OGV DPM 2025", "POLA ALL DPM 2025")) {
            assertTrue(differences.contains(new Difference("metric " + row + " tons", "40", "41")), differences::toString);
            assertTrue(differences.contains(new Difference("metric " + row + " reduction", "0.6", "0.59")),
                    differences::toString);
            assertTrue(differences.contains(new Difference("metric " + row + " tons per 10,000 TEU", "0.2", "0.205")),
                    differences::toString);
            assertTrue(differences.contains(new Difference("metric " + row + " efficiency reduction", "0.8", "0.795")),
                    differences::toString);
        }
        assertTrue(differences.stream().noneMatch(d -> d.getWhat().contains(" 2005 ")), "the 2005 rows are equal");
    }

    @Test
    void aMetricOnlyOneRunHasIsADifference() {
        List<ReductionMetric> original = metrics(1, "40");
        List<ReductionMetric> fewer = original.stream().filter(m -> m.getCategory() == null).toList();
        List<Difference> differences = FigureComparison.metrics(original, fewer);
        assertTrue(differences.contains(new Difference("metric POLA OGV DPM 2025", "present", "missing")),
                differences::toString);
        List<Difference> reverse = FigureComparison.metrics(fewer, original);
        assertTrue(reverse.contains(new Difference("metric POLA OGV DPM 2005", "missing", "present")),
                reverse::toString);
    }

    @Test
    void aChangedStatusAndDifferentDigestsAreDifferences() {
        ComplianceItem excused = new ComplianceItem("MILESTONE:POLB-P1-01", AgreementCategory.CHE_CONTAINER,
                MilestoneKind.PROJECT_MILESTONE, "POLB-P1-01", "Plan", LocalDate.of(2025, 6, 30), null, null, false,
                "FLEX-1", ComplianceStatus.EXCUSED);
        RunFigures original = figures(metrics(1, "40"), Map.of(Port.POLB, List.of(missed())), DATA, PDF);
        RunFigures rerun = figures(metrics(2, "40"), Map.of(Port.POLB, List.of(excused)), DATA, "c".repeat(64));
        assertEquals(List.of(
                        new Difference("compliance POLB MILESTONE:POLB-P1-01 status", "MISSED", "EXCUSED"),
                        new Difference("report PDF SHA-256", PDF, "c".repeat(64))),
                FigureComparison.compare(original, rerun));
    }

    @Test
    void aMissingReportIsADifference() {
        RunFigures original = figures(metrics(1, "40"), Map.of(), DATA, PDF);
        RunFigures rerun = figures(metrics(2, "40"), Map.of(), null, null);
        assertEquals(List.of(new Difference("report data SHA-256", DATA, null),
                new Difference("report PDF SHA-256", PDF, null)), FigureComparison.compare(original, rerun));
    }

    @Test
    void storedProgressIsComparedValueByValueInOrder() {
        Map<String, List<?>> original = Map.of("QA flag", List.of("PV-3050 POLA NOx", "PV-3052 POLB CO"));
        Map<String, List<?>> rerun = Map.of("QA flag", List.of("PV-3050 POLA NOx"));
        assertEquals(List.of(new Difference("QA flag #2", "PV-3052 POLB CO", null)),
                FigureComparison.progress(original, rerun));
        assertEquals(List.of(), FigureComparison.progress(original, original));
    }

    @Test
    void aValueLongerThanItsColumnIsCut() {
        Difference long_ = new Difference("trend #1", "x".repeat(1500), "y");
        assertEquals(1000, long_.getOriginal().length());
        assertTrue(long_.getOriginal().endsWith("\u2026"));
    }

    private static ComplianceItem missed() {
        return new ComplianceItem("MILESTONE:POLB-P1-01", AgreementCategory.CHE_CONTAINER, MilestoneKind.PROJECT_MILESTONE,
                "POLB-P1-01", "Plan", LocalDate.of(2025, 6, 30), null, null, true, null, ComplianceStatus.MISSED);
    }

    private static RunFigures figures(List<ReductionMetric> metrics, Map<Port, List<ComplianceItem>> compliance,
                                      String data, String pdf) {
        return new RunFigures(metrics, compliance, data, pdf);
    }

    private static List<ReductionMetric> metrics(long executionId, String tons2025) {
        List<InventoryFigure> figures = List.of(
                new InventoryFigure(7, 2005, SourceCategory.OGV, Pollutant.DPM, new BigDecimal("100"),
                        MassUnit.SHORT_TONS, 2),
                new InventoryFigure(7, 2025, SourceCategory.OGV, Pollutant.DPM, new BigDecimal(tons2025),
                        MassUnit.SHORT_TONS, 3));
        List<Throughput> teu = List.of(new Throughput(7, 2005, 1_000_000, 2), new Throughput(7, 2025, 2_000_000, 3));
        return ReductionCalculator.compute(executionId, List.of(new PortInventory(Port.POLA, figures, teu)));
    }
}
