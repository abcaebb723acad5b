package org.portverify.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.application.report.BoardReportAssembly;
import org.portverify.application.report.BoardReportInputs;
import org.portverify.application.report.CommunitySummaryAssembly;
import org.portverify.application.report.ProgressFigures;
import org.portverify.application.report.ReportDigests;
import org.portverify.application.report.ReportPollutants;
import org.portverify.domain.agreement.compliance.ComplianceItem;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.trend.Trend;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.Port;
import org.portverify.domain.report.BoardReport;
import org.portverify.domain.report.BoardReportListing;
import org.portverify.domain.run.VerificationRun;
import org.portverify.domain.submission.Finding;
import org.portverify.domain.submission.Severity;
import org.portverify.domain.submission.ValidationFinding;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.verification.VerificationOpinion;
import org.portverify.infrastructure.persistence.OpinionRepository;
import org.portverify.infrastructure.persistence.RunRepository;
import org.portverify.infrastructure.persistence.SubmissionRepository;
import org.portverify.infrastructure.reports.BoardReportPdf;
import org.portverify.infrastructure.reports.CommunitySummaryPdf;
import org.portverify.reports.BoardReportModel;
import org.portverify.reports.CommunitySummary;
import org.portverify.reports.ReportConformance;
import org.portverify.reports.ReportStatus;
import org.portverify.reports.SummaryLanguage;

/** Renders a run's Governing Board report from its stored metrics, stores it with its digests, and serves it. */
@Stateless
public class BoardReports {

    @Inject
    private VerificationRuns verificationRuns;

    @Inject
    private RunRepository runs;

    @Inject
    private OpinionRepository opinions;

    @Inject
    private SubmissionRepository submissions;

    @Inject
    private BoardReportPdf pdf;

    @Inject
    private CommunitySummaryPdf summaries;

    @Inject
    private ComplianceReview compliance;

    @Inject
    private ProgressReview progress;

    @Inject
    private AuditTrail audit;

    /**
     * Renders the report as the run's settings say: tagged PDF or, for archiving, PDF/A-1a, a draft or the final
     * edition. Rendering it again gives the same bytes. The report prints the audit trail's head, recorded on the
     * run the first time it renders (a re-run prints the original's).
     */
    public BoardReport render(long executionId) {
        VerificationRun run = verificationRuns.run(executionId);
        run.reportAuditHead(audit.head());
        BoardReportModel model = model(run, run.settings().reportConformance(), run.settings().reportStatus());
        byte[] bytes = pdf.render(model, run.settings().paperSize());
        runs.deleteReport(executionId);
        BoardReport report = new BoardReport(executionId, run.getReportingYear(), run.getAsOfDate(), bytes,
                ReportDigests.sha256(bytes), model.identity().dataDigest());
        runs.add(report);
        return report;
    }

    /**
     * The content of the report a run rendered, rebuilt from the run's stored data without rendering it again: the
     * figures of its PDF, for the table exports. Refused when the run rendered no report (PV-4204), or when the
     * stored figures no longer give the report's data digest (PV-4205).
     */
    public BoardReportModel reportedModel(long executionId) {
        // The conformance and status change the PDF's encoding and cover only, never a table.
        return BoardReportAssembly.assemble(reportedInputs(executionId), softwareVersion(), ReportConformance.TAGGED,
                ReportStatus.DRAFT);
    }

    /**
     * The community summary of the report a run rendered (issue 16), in a language, on the run's paper: its figures
     * from the same stored data, checked the same way as {@link #reportedModel}. PV-5004 when the server lacks the
     * language's font.
     */
    public byte[] communitySummaryPdf(long executionId, SummaryLanguage language) {
        BoardReportInputs inputs = reportedInputs(executionId);
        CommunitySummary summary = CommunitySummaryAssembly.assemble(inputs, softwareVersion());
        return summaries.render(summary, language, inputs.run().settings().paperSize());
    }

    /** What the run's report was assembled from; PV-4204 without a report, PV-4205 when its figures changed. */
    private BoardReportInputs reportedInputs(long executionId) {
        VerificationRun run = verificationRuns.run(executionId);
        BoardReport report = runs.report(executionId)
                .orElseThrow(() -> new RuleViolation(ErrorCode.REPORT_OF_RUN_NOT_FOUND, executionId));
        BoardReportInputs inputs = inputs(run);
        String dataDigest = ReportDigests.data(inputs.metrics());
        if (!dataDigest.equals(report.getDataSha256())) {
            throw new RuleViolation(ErrorCode.REPORT_DATA_CHANGED, executionId, dataDigest,
                    report.getDataSha256());
        }
        return inputs;
    }

    /** The report's content from the run's stored metrics, inputs, what their ingest refused, compliance, progress. */
    private BoardReportModel model(VerificationRun run, ReportConformance conformance, ReportStatus status) {
        return BoardReportAssembly.assemble(inputs(run), softwareVersion(), conformance, status);
    }

    private BoardReportInputs inputs(VerificationRun run) {
        long executionId = run.getExecutionId();
        List<ReductionMetric> metrics = verificationRuns.metrics(executionId);
        List<Submission> inputs = verificationRuns.inputs(executionId);
        Map<Long, List<Finding>> refused = new HashMap<>();
        inputs.forEach(s -> refused.put(s.getId(), refused(s.getId())));
        Map<Port, List<ComplianceItem>> statuses = new EnumMap<>(Port.class);
        for (Port port : Port.values()) {
            statuses.put(port, compliance.statuses(executionId, port));
        }
        Map<Pollutant, Trend> trends = new EnumMap<>(Pollutant.class);
        for (Pollutant pollutant : ReportPollutants.KEY) {
            trends.put(pollutant, progress.trend(executionId, Scope.SAN_PEDRO_BAY, null, pollutant));
        }
        ProgressFigures figures = new ProgressFigures(progress.standards(executionId),
                progress.qaFlags(executionId), progress.zeroEmissionShares(executionId), trends);
        Map<Port, VerificationOpinion> formed = new EnumMap<>(Port.class);
        opinions.opinions(executionId).forEach(o -> formed.put(o.getPort(), o.formed()));
        return new BoardReportInputs(run, metrics, inputs, refused, statuses, compliance.ledger(), figures, formed,
                opinions.checkedClaims(executionId));
    }

    /** Every stored report, newest reporting year and run first, without the PDF bytes. */
    public List<BoardReportListing> listings() {
        return runs.reportListings();
    }

    public BoardReport latest(int reportingYear) {
        return runs.latestReport(reportingYear)
                .orElseThrow(() -> new RuleViolation(ErrorCode.REPORT_NOT_FOUND, reportingYear));
    }

    /** The version's refused records and its package-level errors, in file, line and code order. */
    private List<Finding> refused(long submissionId) {
        List<Finding> refused = new java.util.ArrayList<>();
        submissions.rejected(submissionId).forEach(r -> refused.add(r.finding()));
        submissions.findings(submissionId).stream().map(ValidationFinding::finding)
                .filter(f -> f.severity() == Severity.ERROR).forEach(refused::add);
        refused.sort(java.util.Comparator.comparing(Finding::fileName).thenComparingLong(Finding::line)
                .thenComparing(f -> f.code().code()));
        return refused;
    }

    public BoardReport forExecution(long executionId) {
        return runs.report(executionId)
                .orElseThrow(() -> new RuleViolation(ErrorCode.EXECUTION_NOT_FOUND, executionId));
    }

    static String softwareVersion() {
        Properties properties = new Properties();
        try (InputStream in = BoardReports.class.getResourceAsStream("/portverify-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
