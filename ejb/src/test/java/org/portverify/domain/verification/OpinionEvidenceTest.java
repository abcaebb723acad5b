package org.portverify.domain.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.Finding;
import org.portverify.domain.submission.Manifest;
import org.portverify.domain.submission.Severity;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.SubmissionFile;

/** {@link OpinionEvidence}: what a verifier weighs, turned into the reasons of one port's opinion. */
class OpinionEvidenceTest {

    /** Received 2026-07-01 12:00 in Los Angeles (19:00 UTC). */
    private static final Instant RECEIVED = Instant.parse("2026-07-01T19:00:00Z");

    private static Optional<Submission> version(int version) {
        return Optional.of(new Submission(new Manifest(Port.POLB, 2025, "2025", "Preparer", "staff@example.org",
                LocalDate.of(2026, 6, 30), "", null), version, "ab".repeat(32),
                List.of(new SubmissionFile("manifest.csv", "cd".repeat(32), 10)), "upload", RECEIVED));
    }

    private static Finding finding(Severity severity, ErrorCode code, long line, String message) {
        return new Finding(severity, code, "emissions.csv", line, "value", message);
    }

    @Test
    void aPortWithoutAnAcceptedPackageIsNotVerifiedAndNothingElseIsWeighed() {
        List<OpinionReason> reasons = OpinionEvidence.reasons(Port.POLB, 2025, Optional.empty(), List.of(),
                Optional.of(LocalDate.of(2026, 6, 30)), List.of());
        assertEquals(List.of(new OpinionReason(ReasonKind.MISSING_SUBMISSION, "PV-4101",
                "Port of Long Beach has no accepted submission for reporting year 2025: nothing to verify")), reasons);
        assertEquals(Opinion.NOT_VERIFIED, VerificationOpinion.form(reasons).opinion());
    }

    @Test
    void aCompleteConsistentPackageOnTimeIsVerified() {
        // due 2026-07-01, received that day at noon in Los Angeles: on time; a year-over-year warning explained
        // elsewhere is not in the findings; a missing baseline (PV-1211) says nothing about consistency
        List<OpinionReason> reasons = OpinionEvidence.reasons(Port.POLB, 2025, version(1),
                List.of(finding(Severity.ERROR, ErrorCode.BASELINE_FIGURE_MISSING, 4, "no 2005")),
                Optional.of(LocalDate.of(2026, 7, 1)), List.of());
        assertEquals(List.of(), reasons);
        assertEquals(new VerificationOpinion(Opinion.VERIFIED, List.of()), VerificationOpinion.form(reasons));
    }

    @Test
    void findingsOfOneCodeMakeOneReasonAndTheWorstDecides() {
        List<Finding> findings = new ArrayList<>(List.of(
                finding(Severity.WARNING, ErrorCode.DATA_YEAR_RESTATED, 9, "OGV CO restated"),
                finding(Severity.WARNING, ErrorCode.DATA_YEAR_RESTATED, 7, "OGV NOx restated"),
                finding(Severity.NOTE, ErrorCode.PARTIAL_INVENTORY, 2, "NOx covers OGV only"),
                finding(Severity.ERROR, ErrorCode.PM25_ABOVE_PM10, 12, "PM2.5 of OGV above PM10"),
                finding(Severity.WARNING, ErrorCode.MAGNITUDE_CHANGED, 5, "SOx ten times less, noted")));
        List<OpinionReason> reasons = OpinionEvidence.reasons(Port.POLB, 2025, version(2), findings,
                Optional.of(LocalDate.of(2026, 6, 30)), List.of());
        assertEquals(List.of(
                new OpinionReason(ReasonKind.CRITICAL_INCONSISTENCY, "PV-1220",
                        "emissions.csv line 12: PM2.5 of OGV above PM10"),
                new OpinionReason(ReasonKind.LATE_SUBMISSION, null, "version 2 received 2026-07-01, due 2026-06-30"),
                new OpinionReason(ReasonKind.PARTIAL_INVENTORY, "PV-1260", "emissions.csv line 2: NOx covers OGV only"),
                new OpinionReason(ReasonKind.INCONSISTENCY_WARNING, "PV-1252",
                        "emissions.csv line 5: SOx ten times less, noted"),
                new OpinionReason(ReasonKind.INCONSISTENCY_WARNING, "PV-1253",
                        "2 findings, the first: emissions.csv line 7: OGV NOx restated")), reasons);
        assertEquals(Opinion.NOT_VERIFIED, VerificationOpinion.form(reasons).opinion());

        Collections.reverse(findings);
        assertEquals(reasons, OpinionEvidence.reasons(Port.POLB, 2025, version(2), findings,
                Optional.of(LocalDate.of(2026, 6, 30)), List.of()), "whatever the order of the findings");
    }

    @Test
    void aCo2eThatDisagreesWithItsGasesIsAnInconsistencyWarning() {
        // PV-1222 is a warning (the CO2e may include refrigerants): a finding, like PV-1223, never critical
        List<OpinionReason> reasons = OpinionEvidence.reasons(Port.POLB, 2025, version(1),
                List.of(finding(Severity.WARNING, ErrorCode.CO2E_DISAGREES_WITH_GASES, 3,
                        "CO2e of OGV in 2024 is 1348 metric_tons, but its CO2, CH4 and N2O give 1321")),
                Optional.empty(), List.of());
        assertEquals(List.of(new OpinionReason(ReasonKind.INCONSISTENCY_WARNING, "PV-1222",
                "emissions.csv line 3: CO2e of OGV in 2024 is 1348 metric_tons, but its CO2, CH4 and N2O give 1321")),
                reasons);
        assertEquals(Opinion.VERIFIED_WITH_FINDINGS, VerificationOpinion.form(reasons).opinion());
    }

    @Test
    void aPartialInventoryAloneIsVerifiedWithFindings() {
        List<OpinionReason> reasons = OpinionEvidence.reasons(Port.POLB, 2025, version(1),
                List.of(finding(Severity.NOTE, ErrorCode.PARTIAL_INVENTORY, 2, "NOx covers OGV only")),
                Optional.empty(), List.of());
        assertEquals(Opinion.VERIFIED_WITH_FINDINGS, VerificationOpinion.form(reasons).opinion());
    }
}
