package org.portverify.application.report;

import java.util.List;

import org.portverify.domain.run.VerificationRun;
import org.portverify.reports.BoardReportModel;
import org.portverify.reports.CategorySection;
import org.portverify.reports.ComplianceSection;
import org.portverify.reports.ReportConformance;
import org.portverify.reports.ReportIdentity;
import org.portverify.reports.ReportStatus;
import org.portverify.reports.VerificationSection;

/**
 * Turns a run's stored figures into the Board report's model: which rows the board sees, in which order, with the
 * display rounding of the domain. A pure function of its inputs, so that a re-render gives the same content and the
 * same inputs always give the same PDF.
 */
public final class BoardReportAssembly {

    private BoardReportAssembly() {
    }

    /**
     * @param softwareVersion the PortVerify version to print
     * @param conformance     tagged PDF or PDF/A-1a (the encoding only, never a figure)
     * @param status          draft or final (the cover only)
     */
    public static BoardReportModel assemble(BoardReportInputs inputs, String softwareVersion,
                                            ReportConformance conformance, ReportStatus status) {
        VerificationRun run = inputs.run();
        int year = run.getReportingYear();
        MetricIndex index = new MetricIndex(inputs.metrics());
        // A re-run prints the original's execution id, so that a faithful re-run reproduces its PDF byte for byte.
        long executionId = run.reportedExecutionId();
        ReportIdentity identity = new ReportIdentity(year, run.getAsOfDate(), status.name(), executionId,
                softwareVersion, ReportDigests.data(inputs.metrics()), conformance, run.reportedAuditHead()
                .map(head -> "entry " + head.lastSeq() + ", SHA-256 " + head.lastSha256()).orElse(null));
        ComplianceSection compliance = ComplianceAssembler.compliance(run, inputs.statuses(), inputs.ledger());
        CategorySection categories = CategoryAssembler.categories(index, year);
        List<String> missing = DataQualityAssembler.missingSubmissions(inputs.submissions(), year);
        VerificationSection verification = VerificationAssembler.verification(inputs.opinions(), inputs.claims(),
                inputs.run().settings().materiality());
        return new BoardReportModel(identity,
                HeadlineAssembler.headline(inputs.metrics(), year),
                ProvenanceAssembler.provenance(inputs.submissions(), inputs.refused()),
                compliance,
                VerificationAssembler.withOpinion(SummaryAssembler.summary(index, year, run.getAsOfDate(),
                        inputs.progress(), compliance, missing), verification),
                categories,
                ProgressAssembler.progress(index, inputs.progress()),
                CategoryAssembler.ogv(categories, index, year),
                DataQualityAssembler.dataQuality(inputs.submissions(), inputs.progress().qaFlags(), missing,
                        DataQualityAssembler.caveats(inputs.metrics(), year), executionId,
                        run.submissionDeadline()),
                ChartAssembler.charts(index, year, inputs.progress()),
                verification,
                TonsAssembler.tons(inputs.metrics(), inputs.progress()));
    }
}
