package org.portverify.application.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import java.math.BigDecimal;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.submission.ClaimMeasure;
import org.portverify.domain.submission.ClaimScope;
import org.portverify.domain.submission.ClaimedFigure;
import org.portverify.domain.verification.CheckedClaim;
import org.portverify.domain.verification.Claim;
import org.portverify.domain.verification.ClaimComparison;
import org.portverify.domain.verification.Materiality;
import org.portverify.reports.ClaimRow;
import org.portverify.reports.RejectedRecordRow;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.Severity;
import org.portverify.domain.verification.OpinionReason;
import org.portverify.domain.verification.ReasonKind;
import org.portverify.domain.verification.VerificationOpinion;
import org.portverify.reports.OpinionRow;
import org.portverify.reports.VerificationSection;
import org.portverify.domain.submission.Finding;
import org.portverify.application.BoardReportFixtures;
import org.portverify.domain.run.VerificationRun;
import org.portverify.reports.BoardReportModel;
import org.portverify.reports.ReportConformance;
import org.portverify.reports.ReportStatus;

/** The assembly is a pure function of the run's stored figures: no server, no database, no clock. */
class BoardReportAssemblyTest {

    private static BoardReportModel assemble(BoardReportInputs inputs) {
        return BoardReportAssembly.assemble(inputs, "1.2.3", ReportConformance.TAGGED, ReportStatus.FINAL);
    }

    @Test
    void theSameInputsGiveTheSameModel() {
        BoardReportInputs inputs = BoardReportFixtures.demoInputs();
        assertEquals(assemble(inputs), assemble(inputs));
        assertEquals(assemble(inputs), assemble(BoardReportFixtures.demoInputs()));
    }

    @Test
    void theIdentityCarriesTheRunTheVersionTheStatusAndTheDataDigest() {
        BoardReportInputs inputs = BoardReportFixtures.demoInputs();
        BoardReportModel model = BoardReportAssembly.assemble(inputs, "1.2.3", ReportConformance.PDF_A_1A,
                ReportStatus.FINAL);
        assertEquals(2025, model.identity().reportingYear());
        assertEquals(inputs.run().getAsOfDate(), model.identity().asOfDate());
        assertEquals("FINAL", model.identity().status());
        assertEquals(42L, model.identity().executionId());
        assertEquals("1.2.3", model.identity().softwareVersion());
        assertEquals(ReportDigests.data(inputs.metrics()), model.identity().dataDigest());
        assertEquals(ReportConformance.PDF_A_1A, model.identity().conformance());
        // conformance and status change the cover and encoding only, never a section
        BoardReportModel draft = BoardReportAssembly.assemble(inputs, "1.2.3", ReportConformance.TAGGED,
                ReportStatus.DRAFT);
        assertEquals(model.compliance(), draft.compliance());
        assertEquals(model.executiveSummary(), draft.executiveSummary());
        assertEquals(model.charts(), draft.charts());
    }

    @Test
    void aReRunPrintsTheOriginalsExecutionId() {
        BoardReportInputs original = BoardReportFixtures.demoInputs();
        VerificationRun rerun = VerificationRun.open(77L, original.run().settings().reverifiedBy(
                original.run().getExecutionId(), 1L, original.run().getSubmissionIds(), "CA-2025.1"), original.run());
        BoardReportInputs inputs = new BoardReportInputs(rerun, original.metrics(), original.submissions(),
                original.refused(), original.statuses(), original.ledger(), original.progress());
        assertEquals(42L, assemble(inputs).identity().executionId());
        assertEquals(assemble(original), assemble(inputs), "a faithful re-run has the original's model");
    }

    @Test
    void theSummaryQuotesTheComplianceSectionsDefaultsAndFund() {
        BoardReportModel model = assemble(BoardReportFixtures.demoInputs());
        assertEquals("$50,000", model.compliance().penaltyTotals().get(2).thisYear());
        assertTrue(model.executiveSummary().summary().contains("As of 2025-12-31, 1 Cooperative Agreement default"
                + " was charged for reporting year 2025: POLB POLB-P1-01 (missed, $50,000); $50,000 is due to the"
                + " Clean Air Mitigation Fund."), model.executiveSummary().summary().toString());
        assertTrue(model.executiveSummary().keyFigures().stream().anyMatch(f -> f.label().equals(
                "Penalties this year") && f.value().equals("$50,000")));
    }

    @Test
    void aRunBeforeTheAgreementSaysSoAndItsRulesVersionIsNoneAndRejectedRecordsOfAnUnstoredSubmissionAreNone() {
        BoardReportInputs demo = BoardReportFixtures.demoInputs();
        VerificationRun before = new VerificationRun(43L, 2025, demo.run().getAsOfDate());
        // submissions built in memory have no id: looking their rejected records up must not fail
        BoardReportInputs inputs = new BoardReportInputs(before, demo.metrics(), demo.submissions(), Map.of(),
                demo.statuses(), demo.ledger(), demo.progress());
        BoardReportModel model = assemble(inputs);
        assertEquals("none: the agreement was not yet in force", model.compliance().rulesVersion());
        assertEquals(List.of(), model.provenance().rejected());
    }

    @Test
    void planDeadlinesReadAsWords() {
        assertEquals("Phase 1 approved plan, drayage", ComplianceAssembler.rule("PLAN:1:APPROVED_PLAN:DRAYAGE"));
        assertEquals("POLB-P1-01", ComplianceAssembler.rule("MILESTONE:POLB-P1-01"));
    }

    /** Issue 15: a package-level error (PV-1311) was left out and the report said "No record was refused". */
    @Test
    void packageLevelErrorsAreListedWithTheRefusedRecords() {
        BoardReportInputs demo = BoardReportFixtures.demoInputs();
        Submission pola = demo.submissions().get(0);
        String disagreement = ErrorCode.TOTAL_DISAGREES_WITH_CATEGORIES.message("NOx", 2019, "1600 short_tons",
                "1500 short_tons", "+100 short_tons", "8 short_tons");
        Finding noTeu = new Finding(Severity.ERROR, ErrorCode.TOTAL_DISAGREES_WITH_CATEGORIES, "emissions.csv", 7,
                "value", disagreement);
        Map<Long, List<Finding>> refused = new java.util.HashMap<>();
        refused.put(pola.getId(), List.of(noTeu));
        BoardReportModel model = assemble(new BoardReportInputs(demo.run(), demo.metrics(), demo.submissions(),
                refused, demo.statuses(), demo.ledger(), demo.progress()));
        // (the fixtures' versions are not stored, so both have the same null id: the row shows under each)
        assertTrue(model.provenance().rejected().contains(new RejectedRecordRow(pola.getPort().name(),
                "emissions.csv", 7, "value", "PV-1214", disagreement)), model.provenance().rejected().toString());
        assertEquals(List.of(), assemble(demo).provenance().rejected(), "without it, nothing refused");
    }

    @Test
    void theOpinionOfEachPortIsSaidAfterAMissingPortAndTabledWithItsReasons() {
        BoardReportInputs demo = BoardReportFixtures.demoInputs();
        OpinionReason late = new OpinionReason(ReasonKind.LATE_SUBMISSION, null,
                "version 2 received 2026-07-01, due 2026-06-30");
        Map<Port, VerificationOpinion> opinions = Map.of(
                Port.POLA, VerificationOpinion.form(List.of()),
                Port.POLB, VerificationOpinion.form(List.of(late)));
        BoardReportModel model = assemble(new BoardReportInputs(demo.run(), demo.metrics(), demo.submissions(),
                Map.of(), demo.statuses(), demo.ledger(), demo.progress(), opinions));

        String summary = "Port of Los Angeles: Verified; Port of Long Beach: Verified with findings.";
        assertEquals(new VerificationSection(summary, List.of(
                new OpinionRow("Port of Los Angeles", "Verified", VerificationAssembler.NO_FINDING),
                new OpinionRow("Port of Long Beach", "Verified with findings",
                        "Late submission: version 2 received 2026-07-01, due 2026-06-30"))), model.verification());
        assertEquals("Verification opinion: " + summary + " The reasons are in the section Verification opinion.",
                model.executiveSummary().summary().get(0));
        assertEquals(VerificationSection.none(), assemble(demo).verification(), "a run without opinions");
    }

    /** 47 -> 3 tons is -93.617 %: a claim of -90 % is 3.6 pp off; 1,040 tons against 1,000 are 4 % off. */
    @Test
    void everyCheckedClaimIsTabledWithBothNumbersAndTheMateriality() {
        BoardReportInputs demo = BoardReportFixtures.demoInputs();
        Map<Port, VerificationOpinion> opinions = Map.of(Port.POLA, VerificationOpinion.form(List.of()),
                Port.POLB, VerificationOpinion.form(List.of()));
        BigDecimal fell = new BigDecimal("-44").divide(new BigDecimal("47"), java.math.MathContext.DECIMAL64);
        List<CheckedClaim> claims = List.of(
                checked(Port.POLA, 2, ClaimScope.PORT, SourceCategory.ALL, ClaimMeasure.CHANGE_VS_2005, "-90",
                        ClaimComparison.compare(ClaimMeasure.CHANGE_VS_2005, new BigDecimal("-90"), fell,
                                Materiality.DEFAULT)),
                checked(Port.POLA, 3, ClaimScope.SAN_PEDRO_BAY, SourceCategory.OGV, ClaimMeasure.TONS, "1040",
                        ClaimComparison.compare(ClaimMeasure.TONS, new BigDecimal("1040"), new BigDecimal("1000"),
                                Materiality.DEFAULT)),
                checked(Port.POLB, 2, ClaimScope.PORT, SourceCategory.ALL, ClaimMeasure.CHANGE_VS_2017, "-20",
                        ClaimComparison.notRecomputable(new BigDecimal("-20"), "PV-3006")));
        BoardReportModel model = assemble(new BoardReportInputs(demo.run(), demo.metrics(), demo.submissions(),
                Map.of(), demo.statuses(), demo.ledger(), demo.progress(), opinions, claims));

        assertEquals(List.of(
                new ClaimRow("Port of Los Angeles", "POLA DPM 2025 change vs 2005 (claims.csv line 2)", "-90 %",
                        "-93.6 %", "Misstated"),
                new ClaimRow("Port of Los Angeles", "San Pedro Bay OGV DPM 2025 tons (claims.csv line 3)",
                        "1040 tons", "1000 tons", "Within rounding"),
                new ClaimRow("Port of Long Beach", "POLB DPM 2025 change vs 2017 (claims.csv line 2)", "-20 %", "n/a",
                        "Not recomputable (PV-3006)")), model.verification().claims());
        assertTrue(model.verification().claimsNote().contains("a materiality of 1 percentage point for changes and"
                + " 5 % of the recomputed tons"), model.verification().claimsNote());
        // both verified, without a reason: the summary points at no reason
        assertEquals("Verification opinion: Port of Los Angeles: Verified; Port of Long Beach: Verified. No package"
                + " gave a finding.", model.executiveSummary().summary().get(0));
    }

    private static CheckedClaim checked(Port port, long line, ClaimScope scope, SourceCategory category,
                                        ClaimMeasure measure, String value, ClaimComparison comparison) {
        ClaimedFigure stated = new ClaimedFigure(1L, scope, category, Pollutant.DPM, 2025, measure,
                new BigDecimal(value), line);
        return new CheckedClaim(77L, port, stated, Claim.of(stated, port), comparison);
    }
}
