package org.portverify.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the Governing Board report shows, already formatted for display.
 *
 * <p>The renderer does no arithmetic and no rounding: every figure arrives as the string to print.
 * Every component is required (no {@code null}); the lists are copied and unmodifiable, and keep
 * the order given (the tables print rows in that order).
 *
 * @param reportingYear   the data year the headline table is about, e.g. 2024
 * @param asOfDate        the date the figures are stated as of; also the PDF creation date
 * @param status          the report status, e.g. {@code "DRAFT"}
 * @param executionId     the batch execution that produced the figures
 * @param softwareVersion the PortVerify version that produced the figures
 * @param dataDigest      SHA-256 (hex) of the figures
 * @param reductions      headline table: reductions vs 2005 for the reporting year
 * @param trends          change vs 2005 by data year
 * @param inputs          every input file with its SHA-256
 * @param rejected        records refused at ingest (may be empty)
 * @param rulesVersion    the Cooperative Agreement rules version the compliance figures used, e.g. {@code "CA-2025.1"}
 * @param milestones      Cooperative Agreement status of each milestone and plan deadline (may be empty)
 * @param defaults        the defaults charged, with their penalties (may be empty)
 * @param penaltyTotals   penalties into the Clean Air Mitigation Fund per port, the last row being the total
 *                        (may be empty)
 * @param conformance     tagged PDF, or PDF/A-1a for archiving
 * @param summary         the executive summary's paragraphs, in reading order
 * @param keyFigures      the executive summary's key figures (at most eight fit its page)
 * @param categories      the reporting year by entity, source category and pollutant (tons, vs 2005 and 2017,
 *                        absolute and per 10,000 TEU)
 * @param standards       the CAAP standards and goals, met or not and by how much
 * @param zeroEmission    zero-emission shares of the fleets against their goal years
 * @param projections     when key series reach their targets on the current trend
 * @param ogv             the ocean-going vessels rows (category OGV) of the reporting year
 * @param ogvFigures      key OGV figures, e.g. OGV's share of all NOx
 * @param submissions     the submission versions the run used
 * @param qaFlags         the auditors' quality flags
 * @param restatements    restatements and scope changes, one sentence each
 * @param charts          the charts, in the order printed
 */
public record BoardReportModel(
        int reportingYear,
        LocalDate asOfDate,
        String status,
        long executionId,
        String softwareVersion,
        String dataDigest,
        List<ReductionRow> reductions,
        List<TrendRow> trends,
        List<InputDigest> inputs,
        List<RejectedRecordRow> rejected,
        String rulesVersion,
        List<MilestoneStatusRow> milestones,
        List<DefaultRow> defaults,
        List<PenaltyTotalRow> penaltyTotals,
        ReportConformance conformance,
        List<String> summary,
        List<KeyFigure> keyFigures,
        List<CategoryRow> categories,
        List<StandardRow> standards,
        List<ZeroEmissionRow> zeroEmission,
        List<ProjectionRow> projections,
        List<CategoryRow> ogv,
        List<KeyFigure> ogvFigures,
        List<SubmissionRow> submissions,
        List<QaFlagRow> qaFlags,
        List<String> restatements,
        List<Chart> charts) {

    public BoardReportModel {
        Objects.requireNonNull(asOfDate, "asOfDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(softwareVersion, "softwareVersion");
        Objects.requireNonNull(dataDigest, "dataDigest");
        reductions = List.copyOf(Objects.requireNonNull(reductions, "reductions"));
        trends = List.copyOf(Objects.requireNonNull(trends, "trends"));
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        rejected = List.copyOf(Objects.requireNonNull(rejected, "rejected"));
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        milestones = List.copyOf(Objects.requireNonNull(milestones, "milestones"));
        defaults = List.copyOf(Objects.requireNonNull(defaults, "defaults"));
        penaltyTotals = List.copyOf(Objects.requireNonNull(penaltyTotals, "penaltyTotals"));
        Objects.requireNonNull(conformance, "conformance");
        summary = List.copyOf(Objects.requireNonNull(summary, "summary"));
        keyFigures = List.copyOf(Objects.requireNonNull(keyFigures, "keyFigures"));
        categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
        standards = List.copyOf(Objects.requireNonNull(standards, "standards"));
        zeroEmission = List.copyOf(Objects.requireNonNull(zeroEmission, "zeroEmission"));
        projections = List.copyOf(Objects.requireNonNull(projections, "projections"));
        ogv = List.copyOf(Objects.requireNonNull(ogv, "ogv"));
        ogvFigures = List.copyOf(Objects.requireNonNull(ogvFigures, "ogvFigures"));
        submissions = List.copyOf(Objects.requireNonNull(submissions, "submissions"));
        qaFlags = List.copyOf(Objects.requireNonNull(qaFlags, "qaFlags"));
        restatements = List.copyOf(Objects.requireNonNull(restatements, "restatements"));
        charts = List.copyOf(Objects.requireNonNull(charts, "charts"));
    }

    /** The original sections only: tagged PDF, no summary, category tables, standards, charts or data quality. */
    public BoardReportModel(int reportingYear, LocalDate asOfDate, String status, long executionId,
                            String softwareVersion, String dataDigest, List<ReductionRow> reductions,
                            List<TrendRow> trends, List<InputDigest> inputs, List<RejectedRecordRow> rejected,
                            String rulesVersion, List<MilestoneStatusRow> milestones, List<DefaultRow> defaults,
                            List<PenaltyTotalRow> penaltyTotals) {
        this(reportingYear, asOfDate, status, executionId, softwareVersion, dataDigest, reductions, trends, inputs,
                rejected, rulesVersion, milestones, defaults, penaltyTotals, ReportConformance.TAGGED, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    /** This model with another conformance (the same figures, archived as PDF/A or not). */
    public BoardReportModel withConformance(ReportConformance other) {
        return new BoardReportModel(reportingYear, asOfDate, status, executionId, softwareVersion, dataDigest,
                reductions, trends, inputs, rejected, rulesVersion, milestones, defaults, penaltyTotals, other,
                summary, keyFigures, categories, standards, zeroEmission, projections, ogv, ogvFigures, submissions,
                qaFlags, restatements, charts);
    }
}
