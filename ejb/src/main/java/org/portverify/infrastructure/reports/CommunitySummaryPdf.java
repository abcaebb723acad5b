package org.portverify.infrastructure.reports;

import jakarta.enterprise.context.ApplicationScoped;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.reports.CommunitySummary;
import org.portverify.reports.CommunitySummaryRenderer;
import org.portverify.reports.MissingFontException;
import org.portverify.reports.PaperSize;
import org.portverify.reports.ReportRenderingException;
import org.portverify.reports.SummaryLanguage;

/** The community summary's renderer as one shared instance: its fonts are loaded once per deployment. */
@ApplicationScoped
public class CommunitySummaryPdf {

    private final CommunitySummaryRenderer renderer = new CommunitySummaryRenderer();

    /** The PDF; a missing font is PV-5004 (the server's to mend), any other failure PV-5001. */
    public byte[] render(CommunitySummary summary, SummaryLanguage language, PaperSize paper) {
        try {
            return renderer.renderPdf(summary, language, paper);
        } catch (MissingFontException e) {
            throw new RuleViolation(ErrorCode.SUMMARY_FONT_MISSING, e.getMessage()).causedBy(e);
        } catch (ReportRenderingException e) {
            throw BoardReportPdf.failed(e);
        }
    }
}
