package org.portverify.reports;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the full sample report to the path given (for looking at it: pdftoppm -r 60 -png). */
final class RenderSample {

    private RenderSample() {
    }

    public static void main(String[] args) throws Exception {
        BoardReportModel model = SampleModels.full();
        if (args.length > 1 && args[1].equals("pdfa")) {
            model = model.withConformance(ReportConformance.PDF_A_1A);
        }
        Files.write(Path.of(args[0]), new BoardReportRenderer().renderPdf(model));
    }
}
