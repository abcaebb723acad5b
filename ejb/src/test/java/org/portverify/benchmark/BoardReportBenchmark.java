package org.portverify.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.portverify.application.BoardReportFixtures;
import org.portverify.reports.BoardReportModel;
import org.portverify.reports.BoardReportRenderer;

/**
 * Benchmark of the Board report (docs/benchmarks.md): fills the report model of both ports over N data years
 * (generated: every category, eight pollutants, TEU, fleets, defaults) the way {@code BoardReports} does, from
 * the metric computation on, then renders and exports the PDF. Warm-up rounds first, so that the figures are those of
 * a warm server; prints the median and the slowest of the measured rounds, the pages and the size.
 *
 * <p>Arguments: dataYears [warm-up rounds] [measured rounds] [PDF to write]. Not a test: nothing here asserts a time.
 */
public final class BoardReportBenchmark {

    private BoardReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int dataYears = Integer.parseInt(args[0]);
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        BoardReportRenderer renderer = new BoardReportRenderer();
        byte[] pdf = null;
        for (int i = 0; i < warmUp; i++) {
            pdf = renderer.renderPdf(BoardReportFixtures.generated(dataYears));
        }
        List<Double> fill = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            BoardReportModel model = BoardReportFixtures.generated(dataYears);
            long filled = System.nanoTime();
            pdf = renderer.renderPdf(model);
            long done = System.nanoTime();
            fill.add((filled - start) / 1e9);
            total.add((done - start) / 1e9);
        }
        if (args.length > 3) {
            Files.write(Path.of(args[3]), pdf);
        }
        int pages;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        System.out.printf(java.util.Locale.ROOT,
                "dataYears=%d ports=2 rounds=%d modelSeconds=%.3f medianSeconds=%.3f maxSeconds=%.3f pages=%d"
                        + " pdfKiB=%.0f%n", dataYears, rounds, median(fill), median(total),
                Collections.max(total), pages, pdf.length / 1024.0);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
