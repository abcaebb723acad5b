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
        List<PenaltyTotalRow> penaltyTotals) {

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
    }
}
