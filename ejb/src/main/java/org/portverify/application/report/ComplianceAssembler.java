package org.portverify.application.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.portverify.domain.agreement.compliance.ComplianceItem;
import org.portverify.domain.agreement.compliance.DefaultsLedger;
import org.portverify.domain.model.Port;
import org.portverify.domain.run.VerificationRun;
import org.portverify.reports.ComplianceSection;
import org.portverify.reports.DefaultRow;
import org.portverify.reports.MilestoneStatusRow;
import org.portverify.reports.PenaltyTotalRow;

/** Section 7: the milestone statuses, the defaults charged this reporting year and the penalties into the Fund. */
final class ComplianceAssembler {

    private ComplianceAssembler() {
    }

    static ComplianceSection compliance(VerificationRun run, Map<Port, List<ComplianceItem>> statuses,
                                        DefaultsLedger ledger) {
        int year = run.getReportingYear();
        return new ComplianceSection(
                run.getRulesVersion() == null ? "none: the agreement was not yet in force" : run.getRulesVersion(),
                milestoneRows(statuses), defaultRows(ledger, year), penaltyTotals(ledger, year));
    }

    private static List<MilestoneStatusRow> milestoneRows(Map<Port, List<ComplianceItem>> statuses) {
        List<MilestoneStatusRow> rows = new ArrayList<>();
        for (Port port : Port.values()) {
            for (ComplianceItem item : statuses.getOrDefault(port, List.of())) {
                rows.add(new MilestoneStatusRow(port.name(), String.valueOf(item.phase().number()),
                        item.category().displayName(),
                        item.milestoneId() != null ? item.milestoneId() : ReportFormats.words(item.kind().name()),
                        item.title() == null ? "" : item.title(), ReportFormats.date(item.dueDate()),
                        ReportFormats.date(item.completedDate()), ReportFormats.words(item.status().name()),
                        item.flexibilityRef() == null ? "" : item.flexibilityRef()));
            }
        }
        return rows;
    }

    /** The charges of this reporting year, in charging order. */
    private static List<DefaultRow> defaultRows(DefaultsLedger ledger, int year) {
        return ledger.entries().stream().filter(e -> e.reportingYear() == year)
                .map(e -> new DefaultRow(e.port().name(), rule(e.ruleKey()), ReportFormats.date(e.dueDate()),
                        ReportFormats.words(e.statusFound().name()), e.kind().name(),
                        ReportFormats.dollars(e.amount())))
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
            rows.add(new PenaltyTotalRow(port.displayName(), ReportFormats.dollars(thisYear),
                    ReportFormats.dollars(toDate)));
            fundYear = fundYear.add(thisYear);
            fundToDate = fundToDate.add(toDate);
        }
        rows.add(new PenaltyTotalRow("Clean Air Mitigation Fund (both ports)", ReportFormats.dollars(fundYear),
                ReportFormats.dollars(fundToDate)));
        return rows;
    }

    /** "MILESTONE:POLB-P1-01" shows as "POLB-P1-01", "PLAN:1:APPROVED_PLAN:DRAYAGE" as "Phase 1 approved plan, drayage". */
    static String rule(String ruleKey) {
        String[] parts = ruleKey.split(":");
        if (parts[0].equals("PLAN") && parts.length == 4) {
            return "Phase " + parts[1] + " " + ReportFormats.words(parts[2]).toLowerCase(Locale.ROOT) + ", "
                    + ReportFormats.words(parts[3]).toLowerCase(Locale.ROOT);
        }
        return parts[parts.length - 1];
    }
}
