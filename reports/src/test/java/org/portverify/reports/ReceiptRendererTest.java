package org.portverify.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReceiptRendererTest {

    private static final ReceiptRenderer RENDERER = new ReceiptRenderer();
    private static final String SHA = "3f2a".repeat(16);

    static Receipt sample(String signer) {
        return new Receipt("Copy of record: POLA 2026, version 3", List.of(
                new Receipt.Line("Port", "Port of Los Angeles (POLA)", false),
                new Receipt.Line("Package SHA-256", SHA, true),
                new Receipt.Line("emissions.csv", "ab".repeat(32), true),
                new Receipt.Line("Records", "2,079 emission figures, 21 throughput, 12 milestones, 5 fleet", false),
                new Receipt.Line("Certified by", signer + ", 2026-12-07T15:30:00.123Z", false)),
                "I certify under penalty of law that this document and all attachments were prepared under my "
                        + "direction or supervision. ".repeat(3),
                LocalDate.of(2026, 12, 7), "0.1.0-test");
    }

    @Test
    void theCopyOfRecordNamesItsFactsAndRendersToTheSameBytesAgain() throws Exception {
        byte[] pdf = RENDERER.renderPdf(sample("pola-official"));
        assertArrayEquals(pdf, RENDERER.renderPdf(sample("pola-official")), "reproducible");
        assertFalse(java.util.Arrays.equals(pdf, RENDERER.renderPdf(sample("pola-other"))), "another signer");
        Path out = Path.of("target", "receipt-sample.pdf");
        Files.write(out, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Copy of record: POLA 2026, version 3"), text);
            assertTrue(text.contains(SHA), "the digest whole, not clipped: " + text);
            assertTrue(text.contains("Certified by pola-official, 2026-12-07T15:30:00.123Z"), text);
            assertTrue(text.contains("Statement certified I certify under penalty of law"), text);
            assertEquals(1, document.getNumberOfPages());
            assertEquals("Copy of record: POLA 2026, version 3", document.getDocumentInformation().getTitle());
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                }
            }
        }
    }

    @Test
    void theCopyOfRecordIsPdfA1a() throws Exception {
        PdfA.assertPdfA1a(RENDERER.renderPdf(sample("pola-official")));
    }
}
