package org.portverify.it;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF as PDFBox extracts it, with runs of spaces folded to one; its pages' sizes. */
final class PdfText {

    private PdfText() {
    }

    /** The distinct sizes of a PDF's pages, in points, "612x792" for US Letter, "595x842" for A4. */
    static java.util.Set<String> pageSizes(byte[] pdf) throws IOException {
        java.util.Set<String> sizes = new java.util.TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getPages().forEach(page -> sizes.add(Math.round(page.getMediaBox().getWidth()) + "x"
                    + Math.round(page.getMediaBox().getHeight())));
        }
        return sizes;
    }

    static String of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t\\u00a0]+", " ");
        }
    }
}
