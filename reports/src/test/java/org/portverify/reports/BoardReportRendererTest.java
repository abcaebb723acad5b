package org.portverify.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

import net.sf.jasperreports.engine.JasperReport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class BoardReportRendererTest {

    private final BoardReportRenderer renderer = new BoardReportRenderer();

    @Test
    void rendersTheSampleWithItsKeyFigures() throws IOException {
        byte[] pdf = renderer.renderPdf(SampleModels.sample());

        assertTrue(pdf.length > 1000, "a PDF was produced");
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        String text = text(pdf);
        assertTrue(text.contains("Governing Board Report"), "cover title");
        assertTrue(text.contains("San Pedro Bay Ports — Cooperative Agreement and Clean Air Action Plan verification"),
                "cover subtitle");
        assertTrue(text.contains("2024"), "reporting year");
        assertTrue(text.contains("Emission reductions vs 2005, data year 2024"), "section 1 heading");
        assertTrue(text.contains("2024 tons"), "reporting-year column header");
        assertTrue(text.contains("-93%"), "change per 10,000 TEU cell");
        assertTrue(text.contains("Change vs 2005 by data year"), "section 2 heading");
        assertTrue(text.contains("Records refused at ingest"), "section 3 heading");
        assertTrue(text.contains("PV-2103"), "refused record's code");
        assertFalse(text.contains("No record was refused."), "no empty-table note when a record was refused");
        assertTrue(text.contains("Provenance"), "section 4 heading");
        assertTrue(text.contains(SampleModels.POLA_SHA), "full 64-char SHA-256 of an input, unclipped");
        assertTrue(text.contains(SampleModels.POLB_SHA), "full 64-char SHA-256 of the other input");
        assertTrue(text.contains(SampleModels.DATA_DIGEST), "data digest");
        assertTrue(text.contains("page 1 of"), "page footer");
        assertTrue(text.contains("PortVerify · Board report 2024 · page 1 of"), "page footer wording");
    }

    @Test
    void theMinusNinetyThreeCellIsOnTheLosAngelesDpmLine() throws IOException {
        String text = text(renderer.renderPdf(SampleModels.sample()));
        // Row as the text stripper reads it: entity, pollutant, unit, 2005 tons, 2024 tons, change, per TEU.
        assertTrue(text.contains("Port of Los Angeles DPM short tons 1,062.0 106.2 -90% -93%"), text);
    }

    @Test
    void everyPageCarriesTheFooterWithTheTotal() throws IOException {
        byte[] pdf = renderer.renderPdf(SampleModels.sample());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertTrue(text.contains("page " + page + " of " + pages),
                        "footer of page " + page + ": " + text);
            }
        }
    }

    @Test
    void noPageIsLeftBlankWhateverTheTableLengths() throws IOException {
        for (int inputs = 0; inputs <= 40; inputs += 1) {
            assertNoBlankPage(SampleModels.sized(inputs, 1), "inputs=" + inputs);
        }
        for (int rejected = 0; rejected <= 40; rejected += 1) {
            assertNoBlankPage(SampleModels.sized(2, rejected), "rejected=" + rejected);
        }
    }

    private void assertNoBlankPage(BoardReportModel model, String label) throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.renderPdf(model))) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String body = stripper.getText(document).replaceAll("PortVerify · Board report \\d+ · page \\d+ of \\d+", "");
                assertFalse(body.isBlank(), label + ": page " + page + " has nothing but its footer");
            }
        }
    }

    @Test
    void anEmptyRejectedListSaysSo() throws IOException {
        String text = text(renderer.renderPdf(SampleModels.withoutRejected()));
        assertTrue(text.contains("Records refused at ingest"));
        assertTrue(text.contains("No record was refused."));
        assertFalse(text.contains("PV-2103"));
    }

    @Test
    void metadataCarriesTitleLanguageAndTheAsOfDate() throws IOException {
        byte[] pdf = renderer.renderPdf(SampleModels.sample());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals("PortVerify Governing Board Report 2024", info.getTitle());
            assertEquals("en-US", document.getDocumentCatalog().getLanguage());
            Calendar created = info.getCreationDate();
            assertNotNull(created);
            assertEquals(2025, created.get(Calendar.YEAR));
            assertEquals(Calendar.OCTOBER, created.get(Calendar.MONTH));
            assertEquals(31, created.get(Calendar.DAY_OF_MONTH));
            assertEquals(created.getTimeInMillis(), info.getModificationDate().getTimeInMillis());
        }
    }

    @Test
    void theSameModelGivesByteIdenticalPdfs() throws InterruptedException {
        byte[] first = renderer.renderPdf(SampleModels.sample());
        Thread.sleep(1100); // a PDF date has second resolution: make a clock-derived value differ
        byte[] second = new BoardReportRenderer().renderPdf(SampleModels.sample());
        assertTrue(Arrays.equals(first, second), "same model, same bytes");
    }

    @Test
    void differentModelsGetDifferentDocumentIds() {
        byte[] a = renderer.renderPdf(SampleModels.sample());
        byte[] b = renderer.renderPdf(SampleModels.withoutRejected());
        assertFalse(Arrays.equals(a, b));
    }

    @Test
    void concurrentRendersAgreeWithEachOther() throws Exception {
        byte[] expected = renderer.renderPdf(SampleModels.sample());
        List<Thread> threads = new java.util.ArrayList<>();
        byte[][] results = new byte[4][];
        for (int i = 0; i < results.length; i++) {
            int slot = i;
            Thread t = new Thread(() -> results[slot] = renderer.renderPdf(SampleModels.sample()));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(60_000);
        }
        for (byte[] result : results) {
            assertArrayEquals(expected, result);
        }
    }

    @Test
    void theModelIsImmutable() {
        BoardReportModel model = SampleModels.sample();
        assertThrows(UnsupportedOperationException.class, () -> model.reductions().clear());
        assertThrows(NullPointerException.class, () -> new BoardReportModel(2024, null, "DRAFT", 1L, "v", "d",
                List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void templatesArePrecompiledAndNeedNoCompilerAtRunTime() {
        for (String name : List.of(BoardReportRenderer.MAIN, BoardReportRenderer.REDUCTIONS,
                BoardReportRenderer.TRENDS, BoardReportRenderer.REJECTED, BoardReportRenderer.INPUTS)) {
            JasperReport report = BoardReportRenderer.template(name);
            assertEquals(name, report.getName());
            assertSame(report, BoardReportRenderer.template(name), "loaded once, then cached");
            // The evaluator loader named in the .jasper lives in the core jar, not in jasperreports-jdt.
            assertEquals("net.sf.jasperreports.engine.design.JRJavacCompiler", report.getCompilerClass());
        }
    }

    @Test
    void failuresCarryTheStableCode() {
        ReportRenderingException e = new ReportRenderingException("boom");
        assertTrue(e.getMessage().startsWith("PV-5001 "), e.getMessage());
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
