package org.portverify.domain.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portverify.domain.submission.ClaimMeasure;
import org.portverify.domain.metrics.Reductions;

/** The year's opinion: the worst any reason leads to, with the reasons in one order whatever order they came in. */
class VerificationOpinionTest {

    private static final OpinionReason LATE = new OpinionReason(ReasonKind.LATE_SUBMISSION, "PV-4010",
            "Accepted on 2025-07-03, 2 days after the deadline of 2025-07-01");
    private static final OpinionReason WARNING = new OpinionReason(ReasonKind.INCONSISTENCY_WARNING, "PV-1301",
            "NOx for OGV changed +60.0% from 2023 to 2024 (emissions.csv line 40)");
    private static final OpinionReason CRITICAL = new OpinionReason(ReasonKind.CRITICAL_INCONSISTENCY, "PV-1312",
            "PM2.5 exceeds PM10 for OGV in 2024 (emissions.csv line 12)");
    private static final OpinionReason MISSTATED = new OpinionReason(ReasonKind.CLAIM_MISSTATED, null,
            "POLA 2024 DPM change vs 2005: claimed -90 %, recomputed -93.6 % (3.6 pp apart, materiality 1 pp)");
    private static final OpinionReason NOT_RECOMPUTABLE_B = new OpinionReason(ReasonKind.CLAIM_NOT_RECOMPUTABLE,
            "PV-3001", "POLA 2024 SOx change vs 2005: claimed -99 %, which the engine cannot recompute");
    private static final OpinionReason NOT_RECOMPUTABLE_A = new OpinionReason(ReasonKind.CLAIM_NOT_RECOMPUTABLE,
            "PV-3001", "POLA 2024 HC change vs 2005: claimed -80 %, which the engine cannot recompute");
    private static final OpinionReason NOT_RECOMPUTABLE_2017 = new OpinionReason(ReasonKind.CLAIM_NOT_RECOMPUTABLE,
            "PV-3006", "POLA 2024 CO change vs 2017: claimed -20 %, which the engine cannot recompute");

    @Test
    void noReasonIsVerified() {
        VerificationOpinion opinion = VerificationOpinion.form(List.of());
        assertEquals(Opinion.VERIFIED, opinion.opinion());
        assertEquals(List.of(), opinion.reasons());
    }

    @Test
    void theWorstReasonWins() {
        assertEquals(Opinion.VERIFIED_WITH_FINDINGS, VerificationOpinion.form(List.of(LATE, WARNING)).opinion());
        assertEquals(Opinion.NOT_VERIFIED, VerificationOpinion.form(List.of(LATE, MISSTATED, WARNING)).opinion());
        assertEquals(Opinion.NOT_VERIFIED, VerificationOpinion.form(List.of(CRITICAL)).opinion());
    }

    @ParameterizedTest(name = "{0} alone -> {1}")
    @CsvSource({
            "MISSING_SUBMISSION,     NOT_VERIFIED",
            "CRITICAL_INCONSISTENCY, NOT_VERIFIED",
            "CLAIM_MISSTATED,        NOT_VERIFIED",
            "LATE_SUBMISSION,        VERIFIED_WITH_FINDINGS",
            "PARTIAL_INVENTORY,      VERIFIED_WITH_FINDINGS",
            "INCONSISTENCY_WARNING,  VERIFIED_WITH_FINDINGS",
            "CLAIM_NOT_RECOMPUTABLE, VERIFIED_WITH_FINDINGS",
    })
    void eachKindLeadsToItsOpinion(ReasonKind kind, Opinion opinion) {
        assertEquals(opinion, kind.leadsTo());
        assertEquals(opinion, VerificationOpinion.form(List.of(new OpinionReason(kind, null, "x"))).opinion());
    }

    @Test
    void theOrderOfTheReasonsFoundDoesNotMatter() {
        List<OpinionReason> found = new ArrayList<>(List.of(LATE, WARNING, CRITICAL, MISSTATED, NOT_RECOMPUTABLE_B,
                NOT_RECOMPUTABLE_A, NOT_RECOMPUTABLE_2017));
        List<OpinionReason> once = new ArrayList<>(found);
        Collections.shuffle(once, new Random(1));
        List<OpinionReason> twice = new ArrayList<>(found);
        Collections.shuffle(twice, new Random(2));

        VerificationOpinion first = VerificationOpinion.form(once);
        assertEquals(first, VerificationOpinion.form(twice));
        assertEquals(first, VerificationOpinion.form(found));
        assertEquals(Opinion.NOT_VERIFIED, first.opinion());
        // worst opinion first; within one opinion the kind's declared order, then the code, then the text
        assertEquals(List.of(CRITICAL, MISSTATED, LATE, WARNING, NOT_RECOMPUTABLE_A, NOT_RECOMPUTABLE_B,
                NOT_RECOMPUTABLE_2017), first.reasons());
    }

    @Test
    void theReasonsCannotBeChangedAfterwards() {
        List<OpinionReason> found = new ArrayList<>(List.of(LATE));
        VerificationOpinion opinion = VerificationOpinion.form(found);
        found.add(MISSTATED);
        assertEquals(List.of(LATE), opinion.reasons());
        assertThrows(UnsupportedOperationException.class, () -> opinion.reasons().add(WARNING));
    }

    @Test
    void aMisstatedChangeSaysByHowMuch() {
        // 47 -> 3 short tons: -93.617 %; -90 is 3.617 pp from it, shown to one decimal
        BigDecimal change = Reductions.reduction(new BigDecimal("47"), new BigDecimal("3")).negate();
        ClaimComparison c = ClaimComparison.compare(ClaimMeasure.CHANGE_VS_2005, new BigDecimal("-90"), change,
                Materiality.DEFAULT);
        OpinionReason reason = OpinionReason.reasonFor("POLA 2024 DPM change vs 2005", ClaimMeasure.CHANGE_VS_2005,
                c, Materiality.DEFAULT).orElseThrow();
        assertEquals(MISSTATED, reason);
        assertEquals(Opinion.NOT_VERIFIED, VerificationOpinion.form(List.of(reason)).opinion());
    }

    @Test
    void aMisstatedTonnageSaysByHowMuchAndWhatShare() {
        // 1060 against 1000.0004: 59.9996 tons apart, to three decimals 60.000, shown 60; the recomputed figure to
        // three decimals is 1000.000, shown 1000; 59.9996 / 1000.0004 = 5.99994 %, to one decimal 6.0 %
        ClaimComparison c = ClaimComparison.compare(ClaimMeasure.TONS, new BigDecimal("1060"),
                new BigDecimal("1000.0004"), Materiality.DEFAULT);
        assertEquals(Optional.of(new OpinionReason(ReasonKind.CLAIM_MISSTATED, null, "POLB 2024 NOx: claimed 1060"
                        + " tons, recomputed 1000 tons (60 tons apart, 6.0 % of the recomputed figure,"
                        + " materiality 5 %)")),
                OpinionReason.reasonFor("POLB 2024 NOx", ClaimMeasure.TONS, c, Materiality.DEFAULT));
    }

    @Test
    void aMisstatedTonnageAgainstZeroHasNoShare() {
        ClaimComparison c = ClaimComparison.compare(ClaimMeasure.TONS_PER_10000_TEU, BigDecimal.ONE,
                BigDecimal.ZERO, Materiality.DEFAULT);
        assertEquals("POLB 2024 CH4: claimed 1 tons per 10,000 TEU, recomputed 0 tons per 10,000 TEU (1 tons per"
                        + " 10,000 TEU apart, materiality 5 %)",
                OpinionReason.reasonFor("POLB 2024 CH4", ClaimMeasure.TONS_PER_10000_TEU, c, Materiality.DEFAULT)
                        .orElseThrow().text());
    }

    @Test
    void aClaimWithoutAFigureIsAFindingWithItsCode() {
        ClaimComparison c = ClaimComparison.notRecomputable(new BigDecimal("-99"), "PV-3001");
        assertEquals(Optional.of(NOT_RECOMPUTABLE_B), OpinionReason.reasonFor("POLA 2024 SOx change vs 2005",
                ClaimMeasure.CHANGE_VS_2005, c, Materiality.DEFAULT));
    }

    @Test
    void aClaimWithinTheMaterialityIsNoFinding() {
        BigDecimal change = Reductions.reduction(new BigDecimal("47"), new BigDecimal("3")).negate();
        for (String claimed : new String[] {"-94", "-93"}) { // confirmed; within rounding (0.617 pp)
            ClaimComparison c = ClaimComparison.compare(ClaimMeasure.CHANGE_VS_2005, new BigDecimal(claimed), change,
                    Materiality.DEFAULT);
            assertTrue(OpinionReason.reasonFor("POLA 2024 DPM change vs 2005", ClaimMeasure.CHANGE_VS_2005, c,
                    Materiality.DEFAULT).isEmpty(), claimed);
        }
    }

    @Test
    void opinionsAreOrderedBestToWorst() {
        assertEquals(Opinion.NOT_VERIFIED, Opinion.VERIFIED.worse(Opinion.NOT_VERIFIED));
        assertEquals(Opinion.VERIFIED_WITH_FINDINGS, Opinion.VERIFIED_WITH_FINDINGS.worse(Opinion.VERIFIED));
        assertEquals("Verified with findings", Opinion.VERIFIED_WITH_FINDINGS.displayName());
    }
}
