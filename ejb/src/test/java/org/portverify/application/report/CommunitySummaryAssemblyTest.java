package org.portverify.application.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.portverify.application.BoardReportFixtures;
import org.portverify.domain.agreement.compliance.ChargeKind;
import org.portverify.domain.agreement.compliance.ComplianceStatus;
import org.portverify.domain.agreement.compliance.DefaultsLedger;
import org.portverify.domain.agreement.compliance.LedgerEntry;
import org.portverify.domain.model.Port;
import org.portverify.domain.verification.Opinion;
import org.portverify.domain.verification.VerificationOpinion;
import org.portverify.reports.ChangeFigure;
import org.portverify.reports.CommunitySummary;
import org.portverify.reports.ReportConformance;

/** The community summary of the demo run of 2025, its figures recomputed by hand from the demo packages. */
class CommunitySummaryAssemblyTest {

    @Test
    void theDemoRunsChangesRoundedAsTheBoardReportRoundsThem() {
        BoardReportInputs demo = BoardReportFixtures.demoInputs();
        CommunitySummary summary = CommunitySummaryAssembly.assemble(demo, "1.0-test");
        assertEquals(2025, summary.reportingYear());
        assertEquals(LocalDate.of(2025, 12, 31), summary.asOfDate());
        assertEquals(List.of("Port of Los Angeles", "Port of Long Beach"), summary.ports());
        // the summary's digest is the report's: the same figures
        assertEquals(BoardReportFixtures.demo(ReportConformance.TAGGED).identity().dataDigest(),
                summary.dataSha256());
        assertEquals(List.of("DPM", "NOX", "SOX", "PM2_5", "CO2E"),
                summary.changes().stream().map(CommunitySummary.Change::pollutant).toList());
        CommunitySummary.Change dpm = summary.changes().get(0);
        // POLA 85.5 t against 900 in 2005: -90.5 % -> -91 %; POLB 90.2 against 950: -90.505 % -> -91 %;
        // both 175.7 against 1,850: -90.503 % -> -91 %
        ChangeFigure complete = new ChangeFigure(new BigDecimal("-0.91"), false);
        assertEquals(List.of(complete, complete, complete), List.of(dpm.sanPedroBay(), dpm.losAngeles(),
                dpm.longBeach()));
        // POLA NOx 4,080 t against 16,000: -74.5 % -> -75 % (half away from zero, as the ports publish)
        assertEquals(new BigDecimal("-0.75"), summary.changes().get(1).losAngeles().change());
        // POLA CO2e 729,000 t against 900,000: -19 %
        assertEquals(new BigDecimal("-0.19"), summary.changes().get(4).losAngeles().change());
        assertEquals(false, summary.anyPartial(), "the demo's inventories are complete");
        // the demo ledger: POLB-P1-01 missed, charged $50,000 for 2025
        assertEquals(1, summary.defaultsThisYear());
        assertEquals(0, new BigDecimal("50000").compareTo(summary.fundThisYear()));
        assertEquals(0, new BigDecimal("50000").compareTo(summary.fundToDate()));
        assertEquals(List.of(new BigDecimal("50000.00"), new BigDecimal("200000.00")), summary.penaltyRange());
        // a run from before opinions: none to say
        assertEquals(List.of(), summary.opinions());
    }

    @Test
    void theFundToDateCountsEarlierYearsAndNeverLaterOnes() {
        BoardReportInputs demo = BoardReportFixtures.demoInputs();
        DefaultsLedger ledger = DefaultsLedger.of(List.of(charge(2024, "100000.00"), charge(2025, "50000.00"),
                charge(2025, "75000.00"), charge(2026, "200000.00")));
        BoardReportInputs inputs = new BoardReportInputs(demo.run(), demo.metrics(), demo.submissions(),
                demo.refused(), demo.statuses(), ledger, demo.progress(),
                Map.of(Port.POLA, new VerificationOpinion(Opinion.VERIFIED, List.of()),
                        Port.POLB, new VerificationOpinion(Opinion.NOT_VERIFIED, List.of())));
        CommunitySummary summary = CommunitySummaryAssembly.assemble(inputs, "1.0-test");
        assertEquals(2, summary.defaultsThisYear());
        // 50,000 + 75,000 this year; with 2024's 100,000: 225,000; 2026's charge is after the report
        assertEquals(0, new BigDecimal("125000").compareTo(summary.fundThisYear()));
        assertEquals(0, new BigDecimal("225000").compareTo(summary.fundToDate()));
        assertEquals(List.of(new CommunitySummary.PortOpinion("Port of Los Angeles", "VERIFIED"),
                new CommunitySummary.PortOpinion("Port of Long Beach", "NOT_VERIFIED")), summary.opinions());
    }

    @Test
    void aPollutantWithoutAFigureIsNotReported() {
        BoardReportInputs demo = BoardReportFixtures.demoInputs();
        BoardReportInputs noPolb = new BoardReportInputs(demo.run(), demo.metrics().stream()
                .filter(m -> m.getScope() != org.portverify.domain.metrics.Scope.POLB).toList(), demo.submissions(),
                demo.refused(), demo.statuses(), demo.ledger(), demo.progress());
        CommunitySummary summary = CommunitySummaryAssembly.assemble(noPolb, "1.0-test");
        summary.changes().forEach(c -> assertNull(c.longBeach(), c.pollutant()));
    }

    private static LedgerEntry charge(int year, String amount) {
        return new LedgerEntry(Port.POLB, "MILESTONE:POLB-P1-0" + (year - 2020), LocalDate.of(year, 6, 30),
                ComplianceStatus.MISSED, LocalDate.of(year, 12, 31), year, ChargeKind.FIRST, 1, new BigDecimal(amount),
                41L, "CA-2025.1");
    }
}
