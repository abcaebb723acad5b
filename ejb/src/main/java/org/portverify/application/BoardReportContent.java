package org.portverify.application;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.portverify.domain.agreement.compliance.ComplianceItem;
import org.portverify.domain.agreement.compliance.DefaultsLedger;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.Port;
import org.portverify.domain.run.VerificationRun;
import org.portverify.domain.submission.RejectedRecord;
import org.portverify.domain.submission.Submission;
import org.portverify.infrastructure.files.SubmissionFolder;
import org.portverify.reports.BoardReportModel;
import org.portverify.reports.DefaultRow;
import org.portverify.reports.InputDigest;
import org.portverify.reports.MilestoneStatusRow;
import org.portverify.reports.PenaltyTotalRow;
import org.portverify.reports.ReductionRow;
import org.portverify.reports.RejectedRecordRow;
import org.portverify.reports.TrendRow;

/**
 * Turns a run's stored metrics and inputs into the report model: which rows the board sees, in which order, with the
 * display rounding of the domain. Only stored values are used, so a re-render gives the same content.
 */
final class BoardReportContent {

    /** The pollutants of the board tables, in column order. */
    static final List<Pollutant> HEADLINE_POLLUTANTS =
            List.of(Pollutant.DPM, Pollutant.NOX, Pollutant.SOX, Pollutant.PM2_5, Pollutant.CO2E);

    private BoardReportContent() {
    }

    static BoardReportModel model(VerificationRun run, List<ReductionMetric> metrics, List<Submission> inputs,
                                  Map<Long, List<RejectedRecord>> rejected, String softwareVersion,
                                  Map<Port, List<ComplianceItem>> statuses, DefaultsLedger ledger) {
        List<ReductionMetric> totals = metrics.stream().filter(m -> m.getCategory() == null).toList();
        int year = run.getReportingYear();
        // A re-run prints the original's execution id, so that a faithful re-run reproduces its PDF byte for byte.
        return new BoardReportModel(year, run.getAsOfDate(), "DRAFT", run.reportedExecutionId(),
                softwareVersion, dataDigest(metrics), reductions(totals, year), trends(totals),
                inputDigests(inputs), rejectedRows(inputs, rejected),
                run.getRulesVersion() == null ? "none: the agreement was not yet in force" : run.getRulesVersion(),
                milestoneRows(statuses), defaultRows(ledger, year), penaltyTotals(ledger, year));
    }

    private static List<MilestoneStatusRow> milestoneRows(Map<Port, List<ComplianceItem>> statuses) {
        List<MilestoneStatusRow> rows = new ArrayList<>();
        for (Port port : Port.values()) {
            for (ComplianceItem item : statuses.getOrDefault(port, List.of())) {
                rows.add(new MilestoneStatusRow(port.name(), String.valueOf(item.phase().number()),
                        item.category().displayName(),
                        item.milestoneId() != null ? item.milestoneId() : words(item.kind().name()),
                        item.title() == null ? "" : item.title(), item.dueDate().toString(),
                        item.completedDate() == null ? "" : item.completedDate().toString(),
                        words(item.status().name()), item.flexibilityRef() == null ? "" : item.flexibilityRef()));
            }
        }
        return rows;
    }

    /** The charges of this reporting year, in charging order. */
    private static List<DefaultRow> defaultRows(DefaultsLedger ledger, int year) {
        return ledger.entries().stream().filter(e -> e.reportingYear() == year)
                .map(e -> new DefaultRow(e.port().name(), rule(e.ruleKey()), e.dueDate().toString(),
                        words(e.statusFound().name()), e.kind().name(), dollars(e.amount())))
                .toList();
    }

    /** Each port's penalties of the year and to date, the Clean Air Mitigation Fund last. */
    private static List<PenaltyTotalRow> penaltyTotals(DefaultsLedger ledger, int year) {
        List<PenaltyTotalRow> rows = new ArrayList<>();
        BigDecimal fundYear = BigDecimal.ZERO;
        BigDecimal fundToDate = BigDecimal.ZERO;
        for (Port port : Port.values()) {
            BigDecimal thisYear = ledger.total(port, year);
            BigDecimal toDate = ledger.entries().stream().filter(e -> e.port() == port && e.reportingYear() <= year)
                    .map(e -> e.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(new PenaltyTotalRow(port.displayName(), dollars(thisYear), dollars(toDate)));
            fundYear = fundYear.add(thisYear);
            fundToDate = fundToDate.add(toDate);
        }
        rows.add(new PenaltyTotalRow("Clean Air Mitigation Fund (both ports)", dollars(fundYear), dollars(fundToDate)));
        return rows;
    }

    /** "MILESTONE:POLB-P1-01" shows as "POLB-P1-01", "PLAN:1:APPROVED_PLAN:DRAYAGE" as "Phase 1 approved plan, drayage". */
    private static String rule(String ruleKey) {
        String[] parts = ruleKey.split(":");
        if (parts[0].equals("PLAN") && parts.length == 4) {
            return "Phase " + parts[1] + " " + words(parts[2]).toLowerCase(Locale.ROOT) + ", "
                    + words(parts[3]).toLowerCase(Locale.ROOT);
        }
        return parts[parts.length - 1];
    }

    /** An enum name as words: COMPLETED_ON_TIME gives "Completed on time". */
    private static String words(String name) {
        String lower = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String dollars(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("$#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(amount);
    }

    private static List<ReductionRow> reductions(List<ReductionMetric> totals, int year) {
        List<ReductionRow> rows = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            for (Pollutant pollutant : HEADLINE_POLLUTANTS) {
                totals.stream()
                        .filter(m -> m.getScope() == scope && m.getPollutant() == pollutant && m.getDataYear() == year)
                        .findFirst()
                        .ifPresent(m -> rows.add(new ReductionRow(scope.displayName(), pollutant.code(),
                                m.getUnit().displayName(), tons(m.getBaselineTons()), tons(m.getTons()),
                                m.displayChange(), m.displayEfficiencyChange())));
            }
        }
        return rows;
    }

    private static List<TrendRow> trends(List<ReductionMetric> totals) {
        List<TrendRow> rows = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            Map<Integer, Map<Pollutant, String>> byYear = new TreeMap<>();
            totals.stream().filter(m -> m.getScope() == scope && HEADLINE_POLLUTANTS.contains(m.getPollutant()))
                    .forEach(m -> byYear.computeIfAbsent(m.getDataYear(), y -> new TreeMap<>())
                            .put(m.getPollutant(), m.displayChange()));
            byYear.forEach((year, changes) -> {
                Function<Pollutant, String> cell = p -> changes.getOrDefault(p, "n/a");
                rows.add(new TrendRow(scope.displayName(), year, cell.apply(Pollutant.DPM),
                        cell.apply(Pollutant.NOX), cell.apply(Pollutant.SOX), cell.apply(Pollutant.PM2_5),
                        cell.apply(Pollutant.CO2E)));
            });
        }
        return rows;
    }

    private static List<InputDigest> inputDigests(List<Submission> inputs) {
        List<InputDigest> rows = new ArrayList<>();
        for (Submission s : inputs) {
            String port = s.getPort().name() + " v" + s.getVersion();
            s.getFiles().forEach(f -> rows.add(new InputDigest(port, f.fileName(), f.sha256())));
        }
        return rows;
    }

    private static List<RejectedRecordRow> rejectedRows(List<Submission> inputs,
                                                        Map<Long, List<RejectedRecord>> rejected) {
        List<RejectedRecordRow> rows = new ArrayList<>();
        for (Submission s : inputs) {
            for (RejectedRecord r : rejected.getOrDefault(s.getId(), List.of())) {
                rows.add(new RejectedRecordRow(s.getPort().name(), r.getFileName(), r.getLineNumber(), r.getField(),
                        r.getCode(), r.getReason()));
            }
        }
        return rows;
    }

    /** SHA-256 over every metric in stored order: the fingerprint of the figures, independent of the PDF bytes. */
    static String dataDigest(List<ReductionMetric> metrics) {
        String canonical = metrics.stream().map(m -> String.join("|", m.getScope().name(),
                        Objects.toString(m.getCategory(), "ALL"), m.getPollutant().name(),
                        String.valueOf(m.getDataYear()), plain(m.getTons()), plain(m.getReduction()),
                        plain(m.getTonsPer10kTeu()), plain(m.getEfficiencyReduction())))
                .collect(Collectors.joining("\n"));
        return SubmissionFolder.sha256(canonical.getBytes(StandardCharsets.UTF_8));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String tons(BigDecimal value) {
        if (value == null) {
            return "n/a";
        }
        DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }
}
