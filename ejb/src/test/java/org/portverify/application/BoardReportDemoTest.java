package org.portverify.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portverify.domain.metrics.DemoData;
import org.portverify.domain.metrics.ReductionCalculator.PortInventory;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.InventoryFigure;
import org.portverify.reports.BoardReportModel;
import org.portverify.reports.BoardReportRenderer;
import org.portverify.reports.Chart;
import org.portverify.reports.ReportConformance;
import org.portverify.reports.StandardRow;

/**
 * The Board report of the demo run, filled from the demo packages the way {@link BoardReports} fills it and rendered
 * to PDF: its text carries the figures a person can recompute from the CSV files, the compliance statuses and the
 * digests. The PDF is also written to target/board-report-demo.pdf for looking at.
 */
class BoardReportDemoTest {

    private static BoardReportModel model;
    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        model = BoardReportFixtures.demo(ReportConformance.TAGGED);
        pdf = new BoardReportRenderer().renderPdf(model);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "board-report-demo.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theCategoryTableRoundsPolaDpmHalfUp() {
        // POLA 2025 DPM: 32.251 + 21.135 + 9.881 + 16.469 + 5.764 = 85.5 tons against 900 in 2005:
        // (900 - 85.5) / 900 = 0.905 exactly, shown -91% (half-up), not -90%.
        assertEquals(0, new BigDecimal("85.5").compareTo(dpm(Port.POLA, 2025)));
        assertEquals(0, new BigDecimal("900").compareTo(dpm(Port.POLA, 2005)));
        assertTrue(text.contains("All source categories DPM short tons 85.5 -91%"), text);
        assertTrue(text.contains("3. Emissions by source category, data year 2025"));
    }

    @Test
    void aMissingPortIsSaidFirstInTheSummaryAndInDataQuality() throws IOException {
        String missing = "PV-4101 Port of Long Beach has no accepted submission for reporting year 2025: its figures,"
                + " and the San Pedro Bay totals that need them, are missing from this report.";
        BoardReportModel polaOnly = BoardReportFixtures.polaOnly();
        assertEquals(missing, polaOnly.executiveSummary().summary().get(0));
        assertTrue(polaOnly.dataQuality().restatements().contains(missing), polaOnly.dataQuality().restatements().toString());
        try (PDDocument document = Loader.loadPDF(new BoardReportRenderer().renderPdf(polaOnly))) {
            String pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(pdf.contains("PV-4101 Port of Long Beach has no accepted submission"), pdf);
        }
        // both ports pinned: nothing is said missing
        assertTrue(model.dataQuality().restatements().stream().noneMatch(r -> r.startsWith("PV-4101")));
        assertFalse(model.executiveSummary().summary().get(0).startsWith("PV-4101"));
    }

    @Test
    void theTrendTableShowsThePublishedPola2024Figures() {
        assertTrue(text.contains("2024 -90% -73% -98% -90% -18%"), text);
    }

    @Test
    void theSummaryStatesSanPedroBayDpmAsTheTablesRoundIt() {
        BigDecimal now = dpm(Port.POLA, 2025).add(dpm(Port.POLB, 2025));
        BigDecimal then = dpm(Port.POLA, 2005).add(dpm(Port.POLB, 2005));
        int percent = then.subtract(now).divide(then, MathContext.DECIMAL64).movePointRight(2)
                .setScale(0, RoundingMode.HALF_UP).intValueExact();
        assertTrue(text.contains("Executive summary"));
        assertTrue(flat().contains("In data year 2025 the two ports together emitted " + percent + "% less DPM"),
                text);
        assertTrue(model.executiveSummary().keyFigures().stream().anyMatch(f -> f.label().equals("San Pedro Bay DPM vs 2005")
                && f.value().equals("-" + percent + "%")), model.executiveSummary().keyFigures().toString());
        assertTrue(text.contains("-" + percent + "%"));
    }

    @Test
    void theContentsListEverySectionWithItsPage() {
        for (String section : List.of("Emission reductions vs 2005, data year 2025", "Change vs 2005 by data year",
                "CAAP standards and goals", "Trends and projections", "Ocean-going vessels",
                "Cooperative Agreement compliance", "Data quality", "Provenance")) {
            assertTrue(text.matches("(?s).*\\d " + java.util.regex.Pattern.quote(section) + " \\d+\\R.*"),
                    "contents line of " + section);
        }
    }

    @Test
    void theStandardsTableShowsEachStatus() {
        assertFalse(model.progress().standards().isEmpty());
        for (StandardRow row : model.progress().standards()) {
            assertTrue(flat().contains(row.basis() + " " + (row.dataYear().isEmpty() ? "" : row.dataYear() + " ")
                    + row.achieved() + " " + row.status() + " " + row.margin()), "standard row " + row);
        }
        assertTrue(model.progress().standards().stream().anyMatch(r -> r.status().equals("Met")));
        assertTrue(text.contains("No reference"), "GHG goals without a 1990 reference");
    }

    @Test
    void milestoneStatusesDefaultsAndTheFundTotal() {
        assertTrue(text.contains("POLB-P1-01"));
        assertTrue(text.contains("Missed"));
        assertTrue(text.contains("Excused"));
        assertTrue(text.contains("FLEX-POLB-2025-01"));
        assertTrue(text.contains("POLB POLB-P1-01 2025-12-15 Missed FIRST $50,000"), text);
        assertTrue(text.contains("Clean Air Mitigation Fund (both ports) $50,000 $50,000"), text);
        assertTrue(flat().contains("1 Cooperative Agreement default was charged for reporting year 2025"), text);
    }

    @Test
    void provenanceAndDataQualityCarryTheDigests() {
        assertTrue(text.contains("Execution id 42"), text);
        assertTrue(text.contains(model.identity().dataDigest()));
        model.provenance().inputs().forEach(i -> assertTrue(text.contains(i.sha256()), i.file()));
        assertTrue(text.contains("Package SHA-256 " + "a".repeat(64)));
        assertTrue(text.contains("Package SHA-256 " + "b".repeat(64)));
        assertTrue(text.contains("Submissions used"));
    }

    @Test
    void theOgvSectionHasItsFiguresAndContext() {
        assertTrue(text.contains("6. Ocean-going vessels"));
        assertTrue(flat().contains("CAAP-Plus"));
        assertTrue(flat().contains("Memorandum of Cooperation with Shenzhen"));
        assertEquals(15, model.oceanGoingVessels().ogv().size(), "3 entities x 5 headline pollutants");
        assertTrue(model.oceanGoingVessels().ogvFigures().stream().anyMatch(f -> f.label().equals("OGV share of San Pedro Bay NOx")));
    }

    @Test
    void everyChartIsThereAndTheProjectionHasItsBand() {
        List<String> titles = model.charts().stream().map(Chart::title).toList();
        assertEquals(10, titles.size(), titles.toString());
        Chart projection = model.charts().get(model.charts().size() - 1);
        assertEquals("NOx projection, San Pedro Bay, short tons", projection.title());
        assertEquals(1, projection.bands().size());
        projection.bands().get(0).points().forEach(p -> assertTrue(p.low() <= p.high()));
        for (Chart chart : model.charts()) {
            assertTrue(flat().contains(chart.title()), "chart title " + chart.title());
        }
    }

    @Test
    void theSameRunGivesTheSameBytesAlsoAsPdfA() throws IOException {
        assertArrayEquals(pdf, new BoardReportRenderer().renderPdf(BoardReportFixtures.demo(ReportConformance.TAGGED)));
        byte[] archive = new BoardReportRenderer().renderPdf(BoardReportFixtures.demo(ReportConformance.PDF_A_1A));
        Files.write(Path.of("target", "board-report-demo-pdfa.pdf"), archive);
        assertArrayEquals(archive,
                new BoardReportRenderer().renderPdf(BoardReportFixtures.demo(ReportConformance.PDF_A_1A)));
        try (PDDocument document = Loader.loadPDF(archive)) {
            assertNotNull(document.getDocumentCatalog().getMetadata(), "XMP metadata");
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part>1<") || xmp.contains("pdfaid:part=\"1\""), xmp);
            assertFalse(document.getDocumentCatalog().getOutputIntents().isEmpty(), "sRGB output intent");
            assertEquals("en-US", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
        }
    }

    private static String flat() {
        return text.replaceAll("\\s+", " ");
    }

    private static BigDecimal dpm(Port port, int year) {
        PortInventory inventory = DemoData.inventories().get(port.ordinal());
        return inventory.figures().stream().filter(f -> f.getDataYear() == year && f.getPollutant() == Pollutant.DPM)
                .map(InventoryFigure::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
