package org.portverify.interfaces.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.BoardReports;

/**
 * Step {@code render-board-report}: renders and stores the Governing Board PDF with its digest, tagged or PDF/A-1a,
 * draft or final (job parameters {@code reportConformance} and {@code reportStatus}).
 */
@Named("renderBoardReport")
@Dependent
public class RenderBoardReportBatchlet extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private BoardReports reports;

    @Inject
    @BatchProperty
    private String reportConformance;

    @Inject
    @BatchProperty
    private String reportStatus;

    @Override
    public String process() {
        return "PDF_SHA256=" + reports.render(job.getExecutionId(),
                RunParameters.reportConformance(reportConformance), RunParameters.reportStatus(reportStatus))
                .getPdfSha256();
    }
}
