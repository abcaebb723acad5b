package org.portverify.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JRTextElement;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CommunitySummaryRendererTest {

    static final String DIGEST = "3f1b5c0d9e8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c";

    /**
     * Figures a person can check against the Board report's rounding: DPM -91 %, NOx -62 %, SOx -98 %, CO2e +4 %
     * for both ports; Long Beach reported no PM2.5. Two defaults cost $250,000 this year, $400,000 since 2025.
     */
    static CommunitySummary sample() {
        return new CommunitySummary(2025, LocalDate.of(2026, 3, 31), 41L, DIGEST, "1.0-test",
                List.of("Port of Los Angeles", "Port of Long Beach"),
                List.of(new CommunitySummary.PortOpinion("Port of Los Angeles", "VERIFIED"),
                        new CommunitySummary.PortOpinion("Port of Long Beach", "VERIFIED_WITH_FINDINGS")),
                List.of(change("DPM", "-0.91", "-0.90", "-0.92"), change("NOX", "-0.62", "-0.60", "-0.64"),
                        change("SOX", "-0.98", "-0.98", "-0.97"), change("PM2_5", "-0.88", "-0.86", null),
                        change("CO2E", "0.04", "0.03", "0.05")),
                2, new BigDecimal("250000"), new BigDecimal("400000"),
                List.of(new BigDecimal("50000"), new BigDecimal("200000")));
    }

    private static CommunitySummary.Change change(String pollutant, String spb, String pola, String polb) {
        return new CommunitySummary.Change(pollutant, figure(spb), figure(pola), polb == null ? null : figure(polb));
    }

    /** The sample with Long Beach's NOx on a partial inventory, and so both ports' figure too. */
    private static CommunitySummary partial() {
        CommunitySummary sample = sample();
        List<CommunitySummary.Change> changes = new ArrayList<>(sample.changes());
        changes.set(1, new CommunitySummary.Change("NOX", new ChangeFigure(new BigDecimal("-0.62"), true),
                figure("-0.60"), new ChangeFigure(new BigDecimal("-0.64"), true)));
        return new CommunitySummary(2025, sample.asOfDate(), 41L, DIGEST, "1.0", sample.ports(), sample.opinions(),
                changes, 2, sample.fundThisYear(), sample.fundToDate(), sample.penaltyRange());
    }

    private static ChangeFigure figure(String change) {
        return new ChangeFigure(new BigDecimal(change), false);
    }

    private final CommunitySummaryRenderer renderer = new CommunitySummaryRenderer();

    @Test
    void englishSaysWhatWasVerifiedTheChangesAndTheFund() throws Exception {
        String text = text(renderer.renderPdf(sample(), SummaryLanguage.ENGLISH));
        assertTrue(text.contains("Clean air at the ports of San Pedro Bay"), text);
        assertTrue(text.contains("Community summary of reporting year 2025"), text);
        assertTrue(text.contains("Figures as of March 31, 2026, from the Governing Board report of run 41."), text);
        assertTrue(text.contains("South Coast AQMD's opinion on each port's figures for 2025:"), text);
        assertTrue(text.contains("Verified: the figures were recomputed and they hold."), text);
        assertTrue(text.contains("Verified with findings: the figures stand;"), text);
        assertTrue(text.contains("Diesel particulate matter (DPM) -91% -90% -92%"), text);
        assertTrue(text.contains("Greenhouse gases (CO2e) +4% +3% +5%"), text);
        assertTrue(text.contains("Fine particles (PM2.5) -88% -86% not reported"), text);
        assertTrue(text.contains("2 defaults of the Cooperative Agreement were found for 2025."), text);
        assertTrue(text.contains("Clean Air Mitigation Fund for 2025: $250,000. Since the agreement began: $400,000."),
                text);
        assertTrue(text.contains("between $50,000 and $200,000"), text);
        assertTrue(text.contains(DIGEST), "the digest whole: " + text);
    }

    @Test
    void spanishTranslatesTheTextAndFormatsTheFiguresForItsLocale() throws Exception {
        String text = text(renderer.renderPdf(sample(), SummaryLanguage.SPANISH));
        assertTrue(text.contains("Aire limpio en los puertos de la bahía de San Pedro"), text);
        assertTrue(text.contains("Resumen comunitario del año de informe 2025"), text);
        assertTrue(text.contains("Cifras al 31 de marzo de 2026"), text);
        assertTrue(text.contains("Qué se verificó"), text);
        assertTrue(text.contains("Verificado con observaciones:"), text);
        assertTrue(text.contains("Cómo han cambiado las emisiones desde 2005"), text);
        // as the JDK's locale data writes a percent in es-US: "-91 %" with a no-break space on Java 17, "-91%" on 25
        java.text.NumberFormat percent = java.text.NumberFormat.getPercentInstance(SummaryLanguage.SPANISH.locale());
        assertTrue(text.contains("Partículas de diésel (DPM) " + percent.format(-0.91) + " " + percent.format(-0.90)
                + " " + percent.format(-0.92)), text);
        assertTrue(text.contains("Se encontraron 2 incumplimientos del Acuerdo de Cooperación en 2025."), text);
        assertTrue(text.contains("$250,000"), text);
        // names are never translated
        assertTrue(text.contains("Port of Los Angeles"), text);
    }

    @Test
    void chineseIsSetInAnEmbeddedChineseFont() throws Exception {
        assumeTrue(ChineseTypeface.locate().isPresent(), "no Chinese font here: " + ChineseTypeface.wanted());
        byte[] pdf = renderer.renderPdf(sample(), SummaryLanguage.CHINESE);
        String text = text(pdf);
        assertTrue(text.contains("圣佩德罗湾港口的清洁空气"), text);
        assertTrue(text.contains("2025 报告年度社区摘要"), text);
        assertTrue(text.contains("数据截至 2026年3月31日"), text);
        assertTrue(text.contains("核查了什么"), text);
        assertTrue(text.contains("已核实：数据经重新计算，结果成立。"), text);
        assertTrue(text.contains("柴油颗粒物 (DPM) -91% -90% -92%"), text);
        assertTrue(text.contains("2025 年度发现 2 项违反《合作协议》的情况。"), text);
        // the dollar is named as such outside the United States
        assertTrue(text.contains("US$250,000"), text);
        assertArrayEquals(pdf, renderer.renderPdf(sample(), SummaryLanguage.CHINESE), "reproducible in Chinese too");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " embedded");
                fonts.add(font.getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("NotoSansCJK")), fonts.toString());
        }
        PdfA.assertPdfA1a(pdf);
    }

    @Test
    void everyLanguageShowsTheSameFigures() throws Exception {
        List<SummaryLanguage> languages = new ArrayList<>(List.of(SummaryLanguage.ENGLISH, SummaryLanguage.SPANISH));
        if (ChineseTypeface.locate().isPresent()) {
            languages.add(SummaryLanguage.CHINESE);
        }
        List<String> english = percents(text(renderer.renderPdf(sample(), SummaryLanguage.ENGLISH)));
        assertEquals(List.of("-91", "-90", "-92", "-62", "-60", "-64", "-98", "-98", "-97", "-88", "-86", "+4", "+3",
                "+5"), english);
        for (SummaryLanguage language : languages) {
            assertEquals(english, percents(text(renderer.renderPdf(sample(), language))), language.name());
        }
    }

    @Test
    void onePageTaggedPdfA1aWithItsFontsEmbeddedAndTheSameBytesEachTime() throws Exception {
        for (SummaryLanguage language : List.of(SummaryLanguage.ENGLISH, SummaryLanguage.SPANISH)) {
            byte[] pdf = renderer.renderPdf(sample(), language);
            assertArrayEquals(pdf, renderer.renderPdf(sample(), language), "reproducible");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertEquals(1, document.getNumberOfPages());
                assertEquals(612f, document.getPage(0).getMediaBox().getWidth(), "US Letter");
                assertEquals(792f, document.getPage(0).getMediaBox().getHeight(), "US Letter");
                assertEquals(language.locale().toLanguageTag(), document.getDocumentCatalog().getLanguage());
                for (var name : document.getPage(0).getResources().getFontNames()) {
                    assertTrue(document.getPage(0).getResources().getFont(name).isEmbedded());
                }
            }
            PdfA.assertPdfA1a(pdf);
        }
    }

    @Test
    void noTextIsClippedInAnyLanguage() throws Exception {
        CommunitySummary noOpinions = new CommunitySummary(2025, LocalDate.of(2026, 3, 31), 41L, DIGEST, "1.0",
                sample().ports(), List.of(), sample().changes(), 0, BigDecimal.ZERO, BigDecimal.ZERO,
                sample().penaltyRange());
        for (SummaryLanguage language : SummaryLanguage.values()) {
            if (language == SummaryLanguage.CHINESE && ChineseTypeface.locate().isEmpty()) {
                continue;
            }
            SimpleJasperReportsContext context = new SimpleJasperReportsContext(
                    CommunitySummaryRenderer.context(language));
            context.setProperty(JRTextElement.PROPERTY_PRINT_KEEP_FULL_TEXT, "true");
            for (var fill : List.of(List.of(sample(), PaperSize.LETTER), List.of(noOpinions, PaperSize.LETTER),
                    List.of(sample(), PaperSize.A4))) {
                PaperSize paper = (PaperSize) fill.get(1);
                JasperPrint print = CommunitySummaryRenderer.fill((CommunitySummary) fill.get(0), language, context,
                        paper);
                assertEquals(1, print.getPages().size(), language + ": one page");
                assertEquals(List.of(paper.width(), paper.height()),
                        List.of(print.getPageWidth(), print.getPageHeight()), paper.name());
                List<JRPrintText> texts = texts(print.getPages().get(0).getElements());
                assertFalse(texts.isEmpty());
                for (JRPrintText text : texts) {
                    assertNull(text.getTextTruncateIndex(), language + " clipped: " + text.getFullText());
                }
            }
        }
    }

    @Test
    void onA4WhenTheRunAsksForIt() throws Exception {
        byte[] pdf = renderer.renderPdf(sample(), SummaryLanguage.SPANISH, PaperSize.A4);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(List.of(595f, 842f), List.of(document.getPage(0).getMediaBox().getWidth(),
                    document.getPage(0).getMediaBox().getHeight()));
        }
        assertEquals(text(renderer.renderPdf(sample(), SummaryLanguage.SPANISH)), text(pdf), "the same text");
        PdfA.assertPdfA1a(pdf);
    }

    @Test
    void aFigureOnAPartialInventoryIsMarkedAndTheMarkExplained() throws Exception {
        CommunitySummary sample = sample();
        CommunitySummary partial = partial();
        String text = text(renderer.renderPdf(partial, SummaryLanguage.ENGLISH));
        assertTrue(text.contains("Nitrogen oxides (NOx) -62% * -60% -64% *"), text);
        assertTrue(text.contains("* Rests on a partial inventory: the port reported only some of its source"), text);
        assertFalse(text(renderer.renderPdf(sample, SummaryLanguage.ENGLISH)).contains("partial inventory"),
                "no mark to explain");
        assertTrue(text(renderer.renderPdf(partial, SummaryLanguage.SPANISH))
                .contains("* Se basa en un inventario parcial"));
    }

    @Test
    void aRunWithoutOpinionsOrDefaultsSaysSo() throws Exception {
        CommunitySummary none = new CommunitySummary(2025, LocalDate.of(2026, 3, 31), 41L, DIGEST, "1.0",
                sample().ports(), List.of(), sample().changes(), 0, BigDecimal.ZERO, new BigDecimal("150000"),
                sample().penaltyRange());
        String text = text(renderer.renderPdf(none, SummaryLanguage.ENGLISH));
        assertTrue(text.contains("Final report: this run formed no verification opinion."), text);
        assertTrue(text.contains("No default of the Cooperative Agreement was found for 2025."), text);
        assertTrue(text.contains("for 2025: $0. Since the agreement began: $150,000."), text);
        assertTrue(text(renderer.renderPdf(none, SummaryLanguage.SPANISH))
                .contains("No se encontró ningún incumplimiento del Acuerdo de Cooperación en 2025."));
    }

    @Test
    void withoutAChineseFontTheRendererSaysWhichFontItNeeds() {
        String before = System.getProperty(ChineseTypeface.PROPERTY);
        System.setProperty(ChineseTypeface.PROPERTY, "/nonexistent/NotoSansCJK-Regular.ttc");
        try {
            MissingFontException e = assertThrows(MissingFontException.class,
                    () -> renderer.renderPdf(sample(), SummaryLanguage.CHINESE));
            assertTrue(e.getMessage().contains("/nonexistent/NotoSansCJK-Regular.ttc (-Dportverify.fonts.chinese)"),
                    e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(ChineseTypeface.PROPERTY);
            } else {
                System.setProperty(ChineseTypeface.PROPERTY, before);
            }
        }
    }

    @Test
    void writeSamples() throws Exception {
        Path out = Path.of("target", "community-summary");
        Files.createDirectories(out);
        for (SummaryLanguage language : SummaryLanguage.values()) {
            if (language != SummaryLanguage.CHINESE || ChineseTypeface.locate().isPresent()) {
                Files.write(out.resolve("community-summary-" + language.code() + ".pdf"),
                        renderer.renderPdf(sample(), language));
            }
        }
        Files.write(out.resolve("community-summary-es-partial-a4.pdf"),
                renderer.renderPdf(partial(), SummaryLanguage.SPANISH, PaperSize.A4));
    }

    /** Every signed whole percent, as digits with their sign, in reading order. */
    private static List<String> percents(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("([+-]\\d+)[\\s\\u00a0\\u202f]?%").matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<JRPrintText> texts(List<JRPrintElement> elements) {
        List<JRPrintText> texts = new ArrayList<>();
        for (JRPrintElement element : elements) {
            if (element instanceof JRPrintText text) {
                texts.add(text);
            } else if (element instanceof JRPrintFrame frame) {
                texts.addAll(texts(frame.getElements()));
            }
        }
        return texts;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\n', ' ').replace("\r", "").replaceAll(" +", " ");
        }
    }
}
