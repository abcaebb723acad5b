package org.portverify.infrastructure.reports;

import jakarta.enterprise.context.ApplicationScoped;

import org.portverify.reports.BoardReportModel;
import org.portverify.reports.BoardReportRenderer;

/** The Jasper renderer as one shared instance, so that the compiled templates are loaded once per deployment. */
@ApplicationScoped
public class BoardReportPdf {

    private final BoardReportRenderer renderer = new BoardReportRenderer();

    public byte[] render(BoardReportModel model) {
        return renderer.renderPdf(model);
    }
}
