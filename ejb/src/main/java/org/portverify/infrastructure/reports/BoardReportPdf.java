package org.portverify.infrastructure.reports;

import jakarta.enterprise.context.ApplicationScoped;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.reports.BoardReportModel;
import org.portverify.reports.BoardReportRenderer;
import org.portverify.reports.PaperSize;
import org.portverify.reports.ReportRenderingException;

/** The Jasper renderer as one shared instance, so that the compiled templates are loaded once per deployment. */
@ApplicationScoped
public class BoardReportPdf {

    private final BoardReportRenderer renderer = new BoardReportRenderer();

    /** The PDF on the run's paper; a rendering failure is PV-5001 (the reports module knows no codes). */
    public byte[] render(BoardReportModel model, PaperSize paper) {
        try {
            return renderer.renderPdf(model, paper);
        } catch (ReportRenderingException e) {
            throw failed(e);
        }
    }

    static RuleViolation failed(ReportRenderingException e) {
        return new RuleViolation(ErrorCode.REPORT_RENDERING_FAILED, e.getMessage()).causedBy(e);
    }
}
