package org.portverify.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sections the full report adds: cover, summary, contents, tables, charts, OGV, data quality, PDF/A. */
class BoardReportSectionsTest {

    private static final BoardReportRenderer RENDERER = new BoardReportRenderer();
    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        pdf = RENDERER.renderPdf(SampleModels.full());
        text = BoardReportRendererTest.text(pdf);
    }

    @Test
    void theCoverNamesYearDateStatusAndExecution() throws IOException {
        String cover = page(pdf, 1);
        assertTrue(cover.contains("Governing Board Report"));
        assertTrue(cover.contains("2024"), cover);
        assertTrue(cover.contains("2025-12-31"), cover);
        assertTrue(cover.contains("DRAFT"), cover);
        assertTrue(cover.contains("4711"), cover);
        assertTrue(cover.contains("Tagged PDF"), cover);
    }

    @Test
    void theOpinionIsOnTheCoverAndInItsOwnSectionWithEveryReason() throws IOException {
        assertTrue(flat(page(pdf, 1)).contains("Verification opinion: Port of Los Angeles: Verified; Port of Long"
                + " Beach: Not verified."), page(pdf, 1));
        String section = flat(page(pdf, 4));
        assertTrue(section.startsWith("Verification opinion"), section);
        for (OpinionRow row : SampleModels.VERIFICATION.opinions()) {
            assertTrue(section.contains(row.reason()), row.reason() + " in\n" + section);
        }
        assertTrue(page(pdf, 3).contains("Verification opinion 4"), page(pdf, 3));
    }

    @Test
    void everyClaimIsListedWithBothNumbersAndItsOutcome() throws IOException {
        String section = flat(page(pdf, 4));
        assertTrue(section.contains("The ports' claims"), section);
        assertTrue(section.contains(SampleModels.VERIFICATION.claimsNote()), section);
        for (ClaimRow row : SampleModels.VERIFICATION.claims()) {
            assertTrue(section.contains(row.claim()), row.claim() + " in\n" + section);
            assertTrue(section.contains(row.claimed() + " " + row.recomputed() + " " + row.outcome()),
                    row + " in\n" + section);
        }
    }

    @Test
    void aRunWithoutAnOpinionPrintsNeitherTheSectionNorItsContentsLine() throws IOException {
        String old = BoardReportRendererTest.text(RENDERER.renderPdf(SampleModels.sample()));
        assertFalse(old.contains("Verification opinion"), old);
    }

    @Test
    void theExecutiveSummaryIsOnePageOfWordsAndKeyFigures() throws IOException {
        String summary = page(pdf, 2);
        assertTrue(summary.startsWith("Executive summary"), summary);
        assertTrue(flat(summary).contains(SampleModels.SUMMARY_FIRST), summary);
        for (KeyFigure figure : SampleModels.full().executiveSummary().keyFigures()) {
            assertTrue(summary.contains(figure.value()), figure.toString());
            assertTrue(flat(summary).contains(figure.label()), figure.toString());
        }
        assertFalse(page(pdf, 3).contains("Key figures"), "the summary ends on its page");
    }

    @Test
    void theContentsGiveThePageEachSectionStartsOn() throws IOException {
        String contents = page(pdf, 3);
        assertTrue(contents.startsWith("Contents"), contents);
        Map<String, String> headings = BoardReportRenderer.headings(SampleModels.full());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (Map.Entry<String, String> heading : headings.entrySet()) {
                if (heading.getKey().equals("C")) {
                    continue;
                }
                int page = firstPageWith(document, heading.getValue());
                String title = heading.getValue().replaceFirst("^\\d\\. ", "");
                assertTrue(contents.contains(title + " " + page), title + " on page " + page + ":\n" + contents);
            }
        }
    }

    @Test
    void theCategoryStandardsAndZeroEmissionTablesPrintTheirRows() {
        assertTrue(text.contains("3. Emissions by source category, data year 2024"));
        assertTrue(text.contains("Ocean-going vessels NOx short tons 1,234.5 -73% -12% 1.199 -81% -20%"), text);
        for (StandardRow row : SampleModels.STANDARDS) {
            assertTrue(flat(text).contains(row.achieved() + " " + row.status() + " " + row.margin()), row.toString());
        }
        assertTrue(text.contains("Not met"));
        assertTrue(text.contains("404 of 2,020"));
        assertTrue(flat(text).contains("2036 (2033 to 2041)"));
        assertTrue(flat(text).contains("-450 (-520 to -380)"));
    }

    @Test
    void theOgvAndDataQualitySectionsCarryTheirContent() {
        String flat = flat(text);
        assertTrue(flat.contains("6. Ocean-going vessels"));
        assertTrue(flat.contains("CAAP-Plus measures for ocean-going vessels"));
        assertTrue(flat.contains("2024 Memorandum of Cooperation with Shenzhen port entities"));
        assertTrue(flat.contains("58% OGV share of San Pedro Bay NOx"), flat);
        assertTrue(flat.contains("8. Data quality"));
        assertTrue(flat.contains("POLB v2 2025 2026-03-09 Accepted with warnings ZIP upload by polb"), flat);
        assertTrue(text.contains("Package SHA-256 " + SampleModels.POLB_SHA));
        assertTrue(flat.contains("Warning PV-3050 Port of Long Beach OGV NOx 2021"), flat);
        assertTrue(flat.contains("added dredging boats to harbor craft"));
    }

    @Test
    void chartsAreDrawnAsVectorsInTheEmbeddedFont() throws IOException {
        for (Chart chart : SampleModels.full().charts()) {
            assertTrue(flat(text).contains(chart.title()), chart.title());
            assertTrue(flat(text).replace("- ", "-").contains(chart.caption()), chart.caption());
        }
        // Chart lettering is drawn as outlines (JasperReports' default for Graphics2D renderers): no font to embed
        // or subset, nothing that varies; the title and caption are the chart's text.
        assertFalse(text.contains("2023 standard (-59%)"), "marker labels are outlines");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    // Only the 1 x 1 pixel OpenPDF's Graphics2D draws as a placeholder; no chart is a bitmap.
                    if (page.getResources().getXObject(name)
                            instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                        assertEquals(1, image.getWidth() * image.getHeight(), "no bitmap: " + name.getName());
                    }
                }
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().contains("DejaVu"), font.getName());
                }
            }
        }
    }

    @Test
    void eachChartCarriesItsCaptionAsAlternativeTextAndHeadingsAreTagged() throws IOException {
        List<String> alternatives = new java.util.ArrayList<>();
        List<String> types = new java.util.ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            collect(document.getDocumentCatalog().getStructureTreeRoot().getKids(), alternatives, types);
        }
        assertEquals(SampleModels.full().charts().stream().map(Chart::caption).toList(), alternatives);
        assertEquals(1, types.stream().filter("H1"::equals).count(), "the title");
        assertEquals(12, types.stream().filter("H2"::equals).count(),
                "summary, contents, the verification opinion and nine sections");
    }

    private static void collect(List<Object> kids, List<String> alternatives, List<String> types) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                types.add(e.getStructureType());
                if (e.getAlternateDescription() != null) {
                    alternatives.add(e.getAlternateDescription());
                }
                collect(e.getKids(), alternatives, types);
            }
        }
    }

    @Test
    void withChartsTheSameModelStillGivesTheSameBytes() throws InterruptedException {
        Thread.sleep(1100);
        assertArrayEquals(pdf, new BoardReportRenderer().renderPdf(SampleModels.full()));
    }

    @Test
    void pdfAIsReproducibleAndDeclaresItself() throws IOException, InterruptedException {
        BoardReportModel archived = SampleModels.full().withConformance(ReportConformance.PDF_A_1A);
        byte[] first = RENDERER.renderPdf(archived);
        Thread.sleep(1100);
        assertArrayEquals(first, RENDERER.renderPdf(archived));
        try (PDDocument document = Loader.loadPDF(first)) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>1</pdfaid:part>"), xmp);
            assertTrue(xmp.contains("<pdfaid:conformance>A</pdfaid:conformance>"), xmp);
            assertTrue(xmp.contains("<xmp:CreateDate>2025-12-31T00:00:00Z</xmp:CreateDate>"), xmp);
            assertEquals(1, document.getDocumentCatalog().getOutputIntents().size(), "the sRGB output intent");
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            assertEquals("en-US", document.getDocumentCatalog().getLanguage());
            assertEquals("PortVerify Governing Board Report 2024", document.getDocumentInformation().getTitle());
        }
        assertTrue(page(first, 1).contains("PDF/A-1a"));
    }

    @Test
    void pdfAPassesVeraPdfAsPdfA1a() throws Exception {
        PdfA.assertPdfA1a(RENDERER.renderPdf(SampleModels.full().withConformance(ReportConformance.PDF_A_1A)));
    }

    @Test
    void theConformanceParameterAcceptsTaggedAndPdfaOnly() {
        assertEquals(ReportConformance.TAGGED, ReportConformance.fromParameter(null));
        assertEquals(ReportConformance.TAGGED, ReportConformance.fromParameter(" Tagged "));
        assertEquals(ReportConformance.PDF_A_1A, ReportConformance.fromParameter("pdfa"));
        assertEquals(ReportConformance.PDF_A_1A, ReportConformance.fromParameter("PDF/A-1a"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportConformance.fromParameter("pdfx"));
        // Code-free: the job parameter is refused with PV-4001 (RunSettings) before a renderer sees it.
        assertEquals("reportConformance must be 'tagged' or 'pdfa', not 'pdfx'", e.getMessage());
    }

    @Test
    void theOldConstructorStillGivesACompleteReport() throws IOException {
        String old = BoardReportRendererTest.text(RENDERER.renderPdf(SampleModels.sample()));
        assertTrue(old.contains("No standard was evaluated."));
        assertTrue(old.contains("No chart: too few figures."));
        assertTrue(old.contains("No submission was recorded."));
        assertTrue(old.contains("9. Provenance"));
    }

    private static int firstPageWith(PDDocument document, String heading) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(document).contains(heading + "\n") || stripper.getText(document)
                    .startsWith(heading)) {
                return page;
            }
        }
        return -1;
    }

    static String page(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

}
