package org.portverify.interfaces.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.BoardReports;

/**
 * Step {@code render-board-report}: renders and stores the Governing Board PDF with its digest, tagged or PDF/A-1a,
 * draft or final, as the run's settings say.
 */
@Named("renderBoardReport")
@Dependent
public class RenderBoardReportBatchlet extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private BoardReports reports;

    @Override
    public String process() {
        return "PDF_SHA256=" + reports.render(job.getExecutionId()).getPdfSha256();
    }
}
