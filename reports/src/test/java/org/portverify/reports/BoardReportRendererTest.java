package org.portverify.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JRTextElement;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;

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
        assertTrue(text.contains("Refused at ingest: records and package errors"), "data quality sub-heading");
        assertTrue(text.contains("PV-2103"), "refused record's code");
        assertFalse(text.contains("Nothing was refused: no record and no package error."), "no empty-table note when a record was refused");
        assertTrue(text.contains("9. Provenance"), "provenance heading");
        assertTrue(text.contains(SampleModels.POLA_SHA), "full 64-char SHA-256 of an input, unclipped");
        assertTrue(text.contains(SampleModels.POLB_SHA), "full 64-char SHA-256 of the other input");
        assertTrue(text.contains(SampleModels.DATA_DIGEST), "data digest");
        assertTrue(text.contains("Audit trail head " + SampleModels.AUDIT_HEAD), "the audit head, unclipped");
        assertTrue(text.contains("Page 1 of"), "page footer");
        assertTrue(text.contains("PortVerify · Governing Board Report 2024 · DRAFT · Page 1 of"), "page footer wording");
    }

    @Test
    void aRunFromBeforeTheAuditTrailPrintsNoHead() throws IOException {
        BoardReportModel model = SampleModels.sample();
        ReportIdentity before = model.identity();
        ReportIdentity noHead = new ReportIdentity(before.reportingYear(), before.asOfDate(), before.status(),
                before.executionId(), before.softwareVersion(), before.dataDigest(), before.conformance(), null);
        String text = text(renderer.renderPdf(new BoardReportModel(noHead, model.headline(), model.provenance(),
                model.compliance(), model.executiveSummary(), model.sourceCategories(), model.progress(),
                model.oceanGoingVessels(), model.dataQuality(), model.charts())));
        assertFalse(text.contains("Audit trail head"), "no row");
        assertTrue(text.contains("As of"), "the rows below it are there");
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
                assertTrue(text.contains("Page " + page + " of " + pages),
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
        for (int milestones = 0; milestones <= 60; milestones += 1) {
            assertNoBlankPage(SampleModels.withMilestones(milestones, milestones % 3), "milestones=" + milestones);
        }
    }

    private void assertNoBlankPage(BoardReportModel model, String label) throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.renderPdf(model))) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String body = stripper.getText(document).replaceAll("PortVerify · Governing Board Report \\d+ · \\S+ · Page \\d+ of \\d+", "");
                assertFalse(body.isBlank(), label + ": page " + page + " has nothing but its footer");
            }
        }
    }

    @Test
    void theComplianceSectionShowsMilestonesDefaultsAndTheFundTotal() throws IOException {
        String text = text(renderer.renderPdf(SampleModels.sample()));
        assertTrue(text.contains("7. Cooperative Agreement compliance"), "section heading");
        assertTrue(text.contains("Rules version CA-2025.1; penalties per default $50,000 to $200,000 into the"
                + " Clean Air Mitigation Fund."), "subtitle with the rules version: " + text);
        assertTrue(text.contains("Milestones and plan deadlines, status as of 2025-12-31"), "milestone table heading");
        for (MilestoneStatusRow row : SampleModels.MILESTONES) {
            assertTrue(text.contains(row.item()), "milestone " + row.item());
            assertTrue(text.contains(row.status()), "status " + row.status());
        }
        for (String status : List.of("Completed on time", "Completed late", "Missed", "Excused", "Due soon",
                "Not yet due")) {
            assertTrue(text.contains(status), "status " + status);
        }
        assertTrue(text.contains("FLEX-POLB-2025-01"), "flexibility reference of the excused milestone");
        assertTrue(text.contains("Status found"), "defaults table header");
        // Rows as the text stripper reads them.
        assertTrue(text.contains("POLB POLB-P1-01 2025-12-15 Missed FIRST $50,000"), "the missed default: " + text);
        assertTrue(text.contains("POLB POLB-P1-07 2025-11-30 Completed late FIRST $50,000"), "the late default");
        assertTrue(text.contains("Port of Long Beach $100,000 $100,000"), "POLB's total");
        assertTrue(text.contains("Clean Air Mitigation Fund (both ports) $100,000 $100,000"), "the fund's total row");
        assertFalse(text.contains("No milestone reported."));
        assertFalse(text.contains("No default found"));
        assertFalse(text.contains("No penalty total was supplied."));
    }

    @Test
    void theComplianceSectionComesAfterTheTrendsAndBeforeDataQuality() throws IOException {
        String text = text(renderer.renderPdf(SampleModels.sample()));
        int trends = text.indexOf("2. Change vs 2005 by data year");
        int compliance = text.indexOf("7. Cooperative Agreement compliance");
        int refused = text.indexOf("Refused at ingest: records and package errors");
        int provenance = text.indexOf("9. Provenance");
        assertTrue(trends >= 0 && trends < compliance && compliance < refused && refused < provenance,
                trends + " < " + compliance + " < " + refused + " < " + provenance);
        int milestones = text.indexOf("Milestones and plan deadlines");
        int defaults = text.indexOf("Defaults and penalties");
        int totals = text.indexOf("Penalties into the Clean Air Mitigation Fund");
        assertTrue(compliance < milestones && milestones < defaults && defaults < totals && totals < refused);
    }

    @Test
    void emptyComplianceListsSaySo() throws IOException {
        String text = text(renderer.renderPdf(SampleModels.withoutCompliance()));
        assertTrue(text.contains("7. Cooperative Agreement compliance"));
        assertTrue(text.contains("Rules version CA-2025.1;"), "the rules version even without rows");
        assertTrue(text.contains("No milestone reported."));
        assertTrue(text.contains("No default found as of 2025-12-31: no penalty."));
        assertTrue(text.contains("No penalty total was supplied."));
        assertFalse(text.contains("POLB-P1-01"));
        assertFalse(text.contains("Status found"), "no defaults table header without defaults");
    }

    @Test
    void noDefaultSaysSoAndStillPrintsTheTotals() throws IOException {
        String text = text(renderer.renderPdf(SampleModels.withoutDefaults()));
        assertTrue(text.contains("POLB-P1-01"), "the milestone table is there");
        assertTrue(text.contains("No default found as of 2025-12-31: no penalty."));
        assertFalse(text.contains("Status found"));
        assertTrue(text.contains("Clean Air Mitigation Fund (both ports) $0 $0"), text);
    }

    @Test
    void statusCellsAreColouredAndTheFundRowIsBold() throws Exception {
        List<JRPrintText> texts = printTexts(renderer.fill(SampleModels.sample()));
        JRPrintText missed = only(texts, "Missed", 7f);
        assertEquals(new Color(0x9B, 0x1C, 0x1C), missed.getForecolor());
        assertTrue(missed.isBold());
        assertEquals(new Color(0x97, 0x5A, 0x16), only(texts, "Excused", 7f).getForecolor());
        assertEquals(new Color(0x97, 0x5A, 0x16), only(texts, "Completed late", 7f).getForecolor());
        JRPrintText onTime = texts.stream().filter(t -> "Completed on time".equals(t.getFullText())).findFirst()
                .orElseThrow();
        assertEquals(new Color(0x27, 0x67, 0x49), onTime.getForecolor());
        assertFalse(onTime.isBold());
        assertEquals(new Color(0x1A, 0x20, 0x2C), only(texts, "Due soon", 7f).getForecolor());

        assertTrue(only(texts, SampleModels.FUND, 8f).isBold(), "the last totals row is bold");
        assertTrue(texts.stream().filter(t -> "Port of Long Beach".equals(t.getFullText())).noneMatch(JRPrintText::isBold),
                "the other totals rows (and the port names elsewhere) are not bold");
    }

    @Test
    void noTextIsClipped() throws Exception {
        // Keeping the full text makes the fill record where it had to cut a text that did not fit its box.
        SimpleJasperReportsContext context = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
        context.setProperty(JRTextElement.PROPERTY_PRINT_KEEP_FULL_TEXT, "true");
        for (PaperSize paper : PaperSize.values()) {
            for (BoardReportModel model : List.of(SampleModels.sample(), SampleModels.withoutCompliance(),
                    SampleModels.withoutDefaults(), SampleModels.withMilestones(45, 5), SampleModels.full())) {
                JasperPrint print = BoardReportRenderer.fill(model, context, paper);
                List<JRPrintText> texts = printTexts(print);
                assertFalse(texts.isEmpty());
                for (JRPrintText text : texts) {
                    assertNull(text.getTextTruncateIndex(), paper + " clipped: " + text.getFullText());
                }
                assertEquals(List.of(paper.width(), paper.height()),
                        List.of(print.getPageWidth(), print.getPageHeight()), paper.name());
                // nothing is laid outside the paper's margins: the top 36 and bottom 28 points, the sides' share
                int side = (paper.width() - 515) / 2;
                for (JRPrintPage page : print.getPages()) {
                    for (JRPrintElement element : page.getElements()) {
                        assertTrue(element.getX() >= side && element.getX() + element.getWidth() <= paper.width()
                                - side + 1, paper + ": " + element + " beyond the side margins");
                        assertTrue(element.getY() >= 36 && element.getY() + element.getHeight()
                                <= paper.height() - 28, paper + ": " + element + " beyond the top or bottom margin");
                    }
                }
            }
        }
    }

    @Test
    void everyComplianceCellPrintsInFull() throws Exception {
        List<String> printed = printTexts(renderer.fill(SampleModels.sample())).stream()
                .map(JRPrintText::getFullText).toList();
        for (MilestoneStatusRow row : SampleModels.MILESTONES) {
            for (String cell : List.of(row.port(), row.phase(), row.category(), row.item(), row.title(),
                    row.dueDate(), row.completedDate(), row.status(), row.note())) {
                if (!cell.isEmpty()) {
                    assertTrue(printed.contains(cell), "milestone cell printed in full: " + cell);
                }
            }
        }
        for (DefaultRow row : SampleModels.DEFAULTS) {
            for (String cell : List.of(row.port(), row.rule(), row.dueDate(), row.statusFound(), row.charge(),
                    row.amount())) {
                assertTrue(printed.contains(cell), "default cell printed in full: " + cell);
            }
        }
        for (PenaltyTotalRow row : SampleModels.PENALTY_TOTALS) {
            for (String cell : List.of(row.port(), row.thisYear(), row.toDate())) {
                assertTrue(printed.contains(cell), "total cell printed in full: " + cell);
            }
        }
    }

    private static JRPrintText only(List<JRPrintText> texts, String content, float fontSize) {
        List<JRPrintText> found = texts.stream()
                .filter(t -> content.equals(t.getFullText()) && t.getFontSize() == fontSize)
                .toList();
        assertEquals(1, found.size(), content + " at " + fontSize + " pt");
        return found.get(0);
    }

    private static List<JRPrintText> printTexts(JasperPrint print) {
        List<JRPrintText> texts = new ArrayList<>();
        for (JRPrintPage page : print.getPages()) {
            collect(page.getElements(), texts);
        }
        return texts;
    }

    private static void collect(List<JRPrintElement> elements, List<JRPrintText> texts) {
        for (JRPrintElement element : elements) {
            if (element instanceof JRPrintText text) {
                texts.add(text);
            } else if (element instanceof JRPrintFrame frame) {
                collect(frame.getElements(), texts);
            }
        }
    }

    @Test
    void anEmptyRejectedListSaysSo() throws IOException {
        String text = text(renderer.renderPdf(SampleModels.withoutRejected()));
        assertTrue(text.contains("Refused at ingest: records and package errors"));
        assertTrue(text.contains("Nothing was refused: no record and no package error."));
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
            assertEquals(Calendar.DECEMBER, created.get(Calendar.MONTH));
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
    void theDocumentIdComesFromTheModelsTextAsBeforeItWasGrouped() {
        // the seed of the PDF's /ID: unchanged by the grouping into sections, so stored reports re-render the same
        BoardReportModel empty = BoardReportModel.originalSections(new ReportIdentity(2024,
                        LocalDate.of(2025, 12, 31), "DRAFT", 1L, "v", "d", ReportConformance.TAGGED, null),
                new HeadlineSection(List.of(new ReductionRow("POLA", "DPM", "short tons", "1.0", "0.1", "-90%",
                        "n/a")), List.of()),
                new ProvenanceSection(List.of(), List.of()), new ComplianceSection("CA-2025.1", List.of(), List.of(),
                        List.of()));
        assertEquals("BoardReportModel[reportingYear=2024, asOfDate=2025-12-31, status=DRAFT, executionId=1,"
                + " softwareVersion=v, dataDigest=d, reductions=[ReductionRow[entity=POLA, pollutant=DPM,"
                + " unit=short tons, baselineTons=1.0, tons=0.1, change=-90%, changePer10kTeu=n/a]], trends=[],"
                + " inputs=[], rejected=[], rulesVersion=CA-2025.1, milestones=[], defaults=[], penaltyTotals=[],"
                + " conformance=TAGGED, summary=[], keyFigures=[], categories=[], standards=[], zeroEmission=[],"
                + " projections=[], ogv=[], ogvFigures=[], submissions=[], qaFlags=[], restatements=[], charts=[]]",
                BoardReportRenderer.fileIdSeed(empty));
    }

    @Test
    void theModelIsImmutable() {
        BoardReportModel model = SampleModels.sample();
        assertThrows(UnsupportedOperationException.class, () -> model.headline().reductions().clear());
        assertThrows(UnsupportedOperationException.class, () -> model.compliance().milestones().clear());
        assertThrows(UnsupportedOperationException.class, () -> model.compliance().defaults().clear());
        assertThrows(UnsupportedOperationException.class, () -> model.compliance().penaltyTotals().clear());
        assertThrows(UnsupportedOperationException.class, () -> model.charts().clear());
        assertThrows(NullPointerException.class, () -> new ReportIdentity(2024, null, "DRAFT", 1L, "v", "d",
                ReportConformance.TAGGED, null));
        assertThrows(NullPointerException.class, () -> new ComplianceSection(null, List.of(), List.of(),
                List.of()));
        assertThrows(NullPointerException.class, () -> new ComplianceSection("CA-2025.1", null, List.of(),
                List.of()));
        assertThrows(NullPointerException.class, () -> new BoardReportModel(model.identity(), model.headline(),
                model.provenance(), null, model.executiveSummary(), model.sourceCategories(), model.progress(),
                model.oceanGoingVessels(), model.dataQuality(), model.charts()));
        assertThrows(NullPointerException.class, () -> new MilestoneStatusRow("POLA", "1", "Drayage", "POLA-P1-02",
                "t", "2025-12-31", null, "Not yet due", ""));
        assertThrows(NullPointerException.class, () -> new DefaultRow("POLB", "POLB-P1-01", "2025-12-15", "Missed",
                "FIRST", null));
        assertThrows(NullPointerException.class, () -> new PenaltyTotalRow("Port of Long Beach", null, "$0"));
    }

    @Test
    void templatesArePrecompiledAndNeedNoCompilerAtRunTime() {
        assertEquals(20, BoardReportRenderer.ALL_TEMPLATES.size());
        for (String name : BoardReportRenderer.ALL_TEMPLATES) {
            JasperReport report = BoardReportRenderer.template(name);
            assertEquals(name, report.getName());
            assertSame(report, BoardReportRenderer.template(name), "loaded once, then cached");
            // The evaluator loader named in the .jasper lives in the core jar, not in jasperreports-jdt.
            assertEquals("net.sf.jasperreports.engine.design.JRJavacCompiler", report.getCompilerClass());
        }
    }

    /** Code-free: the application answers it with PV-5001 (BoardReportPdfTest in the ejb module). */
    @Test
    void failuresSayWhatFailed() {
        IllegalStateException cause = new IllegalStateException("no font");
        ReportRenderingException e = new ReportRenderingException("boom", cause);
        assertEquals("boom", e.getMessage());
        assertSame(cause, e.getCause());
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
