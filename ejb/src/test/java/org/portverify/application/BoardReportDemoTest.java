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
    void theTonsTableHasEachEntitysTotalsByDataYear() {
        // POLA NOx 2005: 7,200 + 2,100 + 1,900 + 1,800 + 3,000 = 16,000 short tons over 748.4624 x 10,000 TEU = 21.38;
        // POLB 8,800 + 1,900 + 2,100 + 2,400 + 3,600 = 18,800 over 670.9818 = 28.02; San Pedro Bay 34,800 over
        // 1,419.4442 = 24.52
        assertEquals(List.of("short tons", "16,000.0", "21.4"), tons("Port of Los Angeles", "NOx", 2005));
        assertEquals(List.of("short tons", "18,800.0", "28.0"), tons("Port of Long Beach", "NOx", 2005));
        assertEquals(List.of("short tons", "34,800.0", "24.5"), tons("San Pedro Bay (both ports)", "NOx", 2005));
        // POLA 2025: 2,468.571 + 540 + 325.714 + 540 + 205.714 = 4,079.999 over 1,024 x 10,000 TEU = 3.984 (below 10:
        // three decimals)
        assertEquals(List.of("short tons", "4,080.0", "3.984"), tons("Port of Los Angeles", "NOx", 2025));
        // 3 entities x 5 board pollutants x 10 data years (2005, 2017 to 2025)
        assertEquals(150, model.tonsByYear().tons().size());
    }

    @Test
    void theStandardsCarryTheTonsTheyAllow() {
        // 2005's 34,800 short tons of NOx less 59% (2023) and 22% (2014)
        assertEquals("14,268.0", allowed("2023 San Pedro Bay standard: NOx 59% below 2005"));
        assertEquals("27,144.0", allowed("2014 San Pedro Bay standard: NOx 22% below 2005"));
        assertEquals("n/a", allowed("2030 GHG goal: 40% below 1990"));
    }

    @Test
    void theProjectionBandIsTheChartsBandAsTheReportWritesTons() {
        Chart projection = model.charts().get(model.charts().size() - 1);
        List<Chart.BandPoint> drawn = projection.bands().get(0).points();
        List<org.portverify.reports.ProjectionBandRow> nox = model.tonsByYear().projectionBand().stream()
                .filter(r -> r.pollutant().equals("NOx")).toList();
        assertEquals(drawn.size(), nox.size());
        for (int i = 0; i < drawn.size(); i++) {
            assertEquals(drawn.get(i).year(), nox.get(i).year());
            assertEquals(oneDecimal(drawn.get(i).low()), nox.get(i).low());
            assertEquals(oneDecimal(drawn.get(i).high()), nox.get(i).high());
        }
        // drawn six years past the latest data year, 2025; every key pollutant with a fitted trend has its band
        assertEquals(2031, nox.get(nox.size() - 1).year());
        assertEquals(List.of("DPM", "NOx", "SOx"), model.tonsByYear().projectionBand().stream()
                .map(org.portverify.reports.ProjectionBandRow::pollutant).distinct().toList());
    }

    private static String oneDecimal(double value) {
        return new java.text.DecimalFormat("#,##0.0", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US))
                .format(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP));
    }

    private static List<String> tons(String entity, String pollutant, int dataYear) {
        return model.tonsByYear().tons().stream()
                .filter(r -> r.entity().equals(entity) && r.pollutant().equals(pollutant) && r.dataYear() == dataYear)
                .map(r -> List.of(r.unit(), r.tons(), r.tonsPer10kTeu())).findFirst().orElseThrow();
    }

    private static String allowed(String standard) {
        return model.progress().standards().stream().filter(r -> r.standard().equals(standard))
                .map(StandardRow::allowedTons).distinct().reduce((a, b) -> a + " and " + b).orElseThrow();
    }

    @Test
    void everyKeyFigureHasACodeThePublicPagesBundlesLabel() throws IOException {
        // the public page labels a key figure by its code (issue 16): English must say what the report says, and
        // Spanish and Chinese must have the code too
        Path bundles = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && bundles == null; dir = dir.getParent()) {
            Path candidate = dir.resolve("web/src/main/webapp/public/i18n");
            bundles = Files.isDirectory(candidate) ? candidate : null;
        }
        assertNotNull(bundles, "web/src/main/webapp/public/i18n above " + Path.of("").toAbsolutePath());
        java.util.Map<String, java.util.Map<String, String>> labels = new java.util.HashMap<>();
        for (String language : List.of("en", "es", "zh-CN")) {
            java.util.Map<String, String> keys = new java.util.HashMap<>();
            java.util.regex.Matcher entry = java.util.regex.Pattern.compile("\"keyFigure\\.([a-z0-9-]+)\": \"([^\"]*)\"")
                    .matcher(Files.readString(bundles.resolve(language + ".json"), StandardCharsets.UTF_8));
            while (entry.find()) {
                keys.put(entry.group(1), entry.group(2));
            }
            labels.put(language, keys);
        }
        assertFalse(model.executiveSummary().keyFigures().isEmpty());
        for (org.portverify.reports.KeyFigure figure : model.executiveSummary().keyFigures()) {
            assertFalse(figure.code().isEmpty(), figure.label());
            assertEquals(figure.label(), labels.get("en").get(figure.code()).replace("{0}", figure.subject()));
            assertNotNull(labels.get("es").get(figure.code()), figure.code());
            assertNotNull(labels.get("zh-CN").get(figure.code()), figure.code());
        }
        assertEquals(labels.get("en").keySet(), labels.get("es").keySet());
        assertEquals(labels.get("en").keySet(), labels.get("zh-CN").keySet());
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
