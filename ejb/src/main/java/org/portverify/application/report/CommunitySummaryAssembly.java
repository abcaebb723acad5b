package org.portverify.application.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.portverify.domain.agreement.CooperativeAgreement;
import org.portverify.domain.agreement.compliance.LedgerEntry;
import org.portverify.domain.metrics.Percentages;
import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.Port;
import org.portverify.domain.run.VerificationRun;
import org.portverify.domain.verification.VerificationOpinion;
import org.portverify.reports.ChangeFigure;
import org.portverify.reports.CommunitySummary;

/**
 * Turns a released run's stored figures into the community summary: the same figures as its Board report (the
 * change since 2005 rounded to whole percent as the report rounds it, the penalties of its ledger), as numbers, for
 * each language to write its own way. A pure function of its inputs.
 */
public final class CommunitySummaryAssembly {

    private CommunitySummaryAssembly() {
    }

    public static CommunitySummary assemble(BoardReportInputs inputs, String softwareVersion) {
        VerificationRun run = inputs.run();
        int year = run.getReportingYear();
        List<CommunitySummary.PortOpinion> opinions = new ArrayList<>();
        for (Port port : Port.values()) {
            VerificationOpinion opinion = inputs.opinions().get(port);
            if (opinion != null) {
                opinions.add(new CommunitySummary.PortOpinion(port.displayName(), opinion.opinion().name()));
            }
        }
        MetricIndex index = new MetricIndex(inputs.metrics());
        List<CommunitySummary.Change> changes = new ArrayList<>();
        for (Pollutant pollutant : ReportPollutants.HEADLINE) {
            changes.add(new CommunitySummary.Change(pollutant.name(),
                    change(index.get(Scope.SAN_PEDRO_BAY, null, pollutant, year)),
                    change(index.get(Scope.POLA, null, pollutant, year)),
                    change(index.get(Scope.POLB, null, pollutant, year))));
        }
        List<LedgerEntry> charged = inputs.ledger().entries().stream().filter(e -> e.reportingYear() <= year)
                .toList();
        List<LedgerEntry> thisYear = charged.stream().filter(e -> e.reportingYear() == year).toList();
        return new CommunitySummary(year, run.getAsOfDate(), run.reportedExecutionId(),
                ReportDigests.data(inputs.metrics()), softwareVersion,
                List.of(Scope.POLA.displayName(), Scope.POLB.displayName()), opinions, changes, thisYear.size(),
                sum(thisYear), sum(charged),
                List.of(CooperativeAgreement.PENALTY_MIN, CooperativeAgreement.PENALTY_MAX));
    }

    /**
     * The all-categories change since 2005 of the reporting year, rounded as the Board report's tables round it
     * ({@link Percentages#wholePercent}): -0.91 where the report says "-91%", partial where it says "(partial)"; null
     * where the run has none.
     */
    private static ChangeFigure change(ReductionMetric total) {
        if (total == null || total.getReduction() == null) {
            return null;
        }
        return new ChangeFigure(BigDecimal.valueOf(Percentages.wholePercent(total.getReduction().negate()), 2),
                total.getCaveat() != null);
    }

    private static BigDecimal sum(List<LedgerEntry> entries) {
        return entries.stream().map(LedgerEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
