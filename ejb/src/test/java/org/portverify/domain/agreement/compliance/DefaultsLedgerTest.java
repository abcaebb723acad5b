package org.portverify.domain.agreement.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.portverify.domain.agreement.compliance.ComplianceEvaluationTest.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portverify.domain.agreement.AgreementCategory;
import org.portverify.domain.agreement.AgreementRules;
import org.portverify.domain.agreement.Milestone;
import org.portverify.domain.agreement.MilestoneKind;
import org.portverify.domain.agreement.PenaltySchedule;
import org.portverify.domain.agreement.PenaltySchedule.Continuing;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;

/**
 * The defaults ledger over successive annual runs: each default once, a continuing default per the schedule,
 * escalation to the cap, and totals per port and year. Runs are as of December 31 of their reporting year.
 */
class DefaultsLedgerTest {

    private static final AgreementRules RULES = AgreementRules.defaults();

    /** A project milestone of POLB due 2026-06-30, within its control, completed on {@code completed} or never. */
    private static Milestone kickoff(String completed) {
        return milestone("POLB-P1-01", AgreementCategory.CHE_CONTAINER, MilestoneKind.PROJECT_MILESTONE,
                "2026-06-30", completed, true, null);
    }

    private static ComplianceEvaluation yearEnd(AgreementRules rules, Port port, int year, Milestone... milestones) {
        // Only the project milestones matter here: the plan deadlines are reported on time.
        List<Milestone> all = new ArrayList<>(Arrays.asList(milestones));
        all.addAll(plansOnTime());
        return ComplianceEvaluation.evaluate(rules, port, LocalDate.of(year, 12, 31), all);
    }

    private static List<Milestone> plansOnTime() {
        return RULES.planDeadlines().stream().map(d -> milestone("PLAN-" + d.ruleKey().replace(':', '-'),
                d.category(), d.kind(), d.due().toString(), d.due().toString(), true, null)).toList();
    }

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void aLateCompletionSeenByTwoSuccessiveRunsIsChargedOnce() {
        // Due 2026-06-30, completed 2026-08-15: late in the 2026 run and still late (the same default) in 2027.
        Milestone late = kickoff("2026-08-15");
        List<LedgerEntry> first = DefaultsLedger.empty().chargesFor(yearEnd(RULES, Port.POLB, 2026, late), 2026, 1L);
        assertEquals(List.of(new LedgerEntry(Port.POLB, "MILESTONE:POLB-P1-01", LocalDate.of(2026, 6, 30),
                ComplianceStatus.COMPLETED_LATE, LocalDate.of(2026, 12, 31), 2026, ChargeKind.FIRST, 0,
                usd("50000.00"), 1L, "CA-2025.1")), first);

        DefaultsLedger ledger = DefaultsLedger.of(first);
        assertEquals(List.of(), ledger.chargesFor(yearEnd(RULES, Port.POLB, 2027, late), 2027, 2L));
        assertEquals(usd("50000.00"), ledger.total(Port.POLB));
    }

    /** A milestone missed in 2026 and still open at the end of 2027, under either continuing policy. */
    @ParameterizedTest(name = "{0}: 2027 charges {1}")
    @CsvSource({
            "CHARGED_EACH_REPORTING_YEAR, CONTINUING 1 100000.00, 150000.00", // 50,000 + (50,000 + 50,000)
            "CHARGED_ONCE,                ,                        50000.00",
    })
    void aDefaultStillMissedInTheNextYearContinuesOnlyIfTheScheduleSays(Continuing continuing, String charge2027,
                                                                         BigDecimal total) {
        AgreementRules rules = RULES.toBuilder().version("CA-TEST").penaltySchedule(PenaltySchedule.escalating(
                usd("50000"), usd("50000"), usd("200000"), continuing)).build();
        DefaultsLedger ledger = DefaultsLedger.empty().charge(yearEnd(rules, Port.POLB, 2026, kickoff(null)), 2026,
                1L);
        assertEquals(List.of("FIRST 0 50000.00"), describe(ledger.entries()));

        List<LedgerEntry> charged = ledger.chargesFor(yearEnd(rules, Port.POLB, 2027, kickoff(null)), 2027, 2L);
        assertEquals(charge2027 == null ? List.of() : List.of(charge2027), describe(charged));
        assertEquals(total, ledger.with(charged).total(Port.POLB));
    }

    @Test
    void aDefaultCuredBeforeTheNextRunIsNotChargedAgain() {
        DefaultsLedger ledger = DefaultsLedger.empty().charge(yearEnd(RULES, Port.POLB, 2026, kickoff(null)), 2026,
                1L);
        // completed 2027-03-01: COMPLETED_LATE in 2027, the default the 2026 run charged, now cured
        assertEquals(List.of(), ledger.chargesFor(yearEnd(RULES, Port.POLB, 2027, kickoff("2027-03-01")), 2027, 2L));
    }

    @Test
    void aSecondRunOfTheSameYearChargesNothingNew() {
        ComplianceEvaluation september = ComplianceEvaluation.evaluate(RULES, Port.POLB, LocalDate.of(2026, 9, 30),
                List.of(kickoff(null)));
        DefaultsLedger ledger = DefaultsLedger.empty().charge(september, 2026, 11L);
        assertEquals(usd("50000.00"), ledger.total(Port.POLB, 2026));
        assertEquals(List.of(), ledger.chargesFor(yearEnd(RULES, Port.POLB, 2026, kickoff(null)), 2026, 12L));
    }

    @Test
    void aContinuingDefaultEscalatesStepByStepToTheCap() {
        // Never completed: charged by each annual run 2026..2031 under the assumed schedule.
        DefaultsLedger ledger = DefaultsLedger.empty();
        for (int year = 2026; year <= 2031; year++) {
            ledger = ledger.charge(yearEnd(RULES, Port.POLB, year, kickoff(null)), year, year);
        }
        assertEquals(List.of("FIRST 0 50000.00", "CONTINUING 1 100000.00", "CONTINUING 2 150000.00",
                "CONTINUING 3 200000.00", "CONTINUING 4 200000.00", "CONTINUING 5 200000.00"),
                describe(ledger.entries()));
        // 50,000 + 100,000 + 150,000 + 3 x 200,000 = 900,000
        assertEquals(usd("900000.00"), ledger.total(Port.POLB));
        assertEquals(new TreeMap<>(Map.of(2026, usd("50000.00"), 2027, usd("100000.00"), 2028, usd("150000.00"),
                2029, usd("200000.00"), 2030, usd("200000.00"), 2031, usd("200000.00"))),
                ledger.totalsByYear(Port.POLB));
    }

    @Test
    void aMilestoneRescheduledAndMissedAgainIsARepeat() {
        DefaultsLedger ledger = DefaultsLedger.empty().charge(yearEnd(RULES, Port.POLB, 2026, kickoff(null)), 2026,
                1L);
        // The 2027 package moves it to 2027-06-30, and that date passes too: a new default of the same rule.
        Milestone rescheduled = milestone("POLB-P1-01", AgreementCategory.CHE_CONTAINER,
                MilestoneKind.PROJECT_MILESTONE, "2027-06-30", null, true, null);
        ledger = ledger.charge(yearEnd(RULES, Port.POLB, 2027, rescheduled), 2027, 2L);
        ledger = ledger.charge(yearEnd(RULES, Port.POLB, 2028, rescheduled), 2028, 3L);
        assertEquals(List.of("FIRST 0 50000.00", "REPEAT 1 100000.00", "CONTINUING 2 150000.00"),
                describe(ledger.entries()));
    }

    @Test
    void reVerifyingAnOldYearSeesTheLedgerAsItStoodThen() {
        DefaultsLedger ledger = DefaultsLedger.empty();
        ledger = ledger.charge(yearEnd(RULES, Port.POLB, 2026, kickoff(null)), 2026, 1L);
        ledger = ledger.charge(yearEnd(RULES, Port.POLB, 2027, kickoff(null)), 2027, 2L);
        // Rerunning 2026 must not read 2027's charge as history (which would make 2026 a continuing charge).
        assertEquals(List.of(), ledger.chargesFor(yearEnd(RULES, Port.POLB, 2026, kickoff(null)), 2026, 3L));
        assertEquals(List.of(), ledger.chargesFor(yearEnd(RULES, Port.POLB, 2027, kickoff(null)), 2027, 4L));
    }

    @Test
    void missingPlansAreChargedAndContinue() {
        // Nothing reported. As of 2027-12-31 the 4 phase 1 plan deadlines are missed: 4 x 50,000 = 200,000.
        DefaultsLedger ledger = DefaultsLedger.empty().charge(ComplianceEvaluation.evaluate(RULES, Port.POLA,
                LocalDate.of(2027, 12, 31), List.of()), 2027, 1L);
        assertEquals(usd("200000.00"), ledger.total(Port.POLA, 2027));
        // As of 2028-12-31 they continue at level 1 (4 x 100,000 = 400,000) and the 3 phase 2 approved plans are new
        // (3 x 50,000 = 150,000): 550,000.
        ledger = ledger.charge(ComplianceEvaluation.evaluate(RULES, Port.POLA, LocalDate.of(2028, 12, 31),
                List.of()), 2028, 2L);
        assertEquals(usd("550000.00"), ledger.total(Port.POLA, 2028));
        assertEquals(usd("750000.00"), ledger.total(Port.POLA));
    }

    @Test
    void anExcusedMilestoneIsNeverCharged() {
        Milestone excused = milestone("POLB-P1-02", AgreementCategory.DRAYAGE, MilestoneKind.PROJECT_MILESTONE,
                "2026-06-30", null, false, "FLEX-POLB-2026-01");
        assertEquals(List.of(), DefaultsLedger.empty().chargesFor(yearEnd(RULES, Port.POLB, 2026, excused), 2026,
                1L));
    }

    @Test
    void totalsPerPortAndPerYearForTheFund() {
        Milestone polaMissed = milestone("POLA-P1-09", AgreementCategory.DRAYAGE, MilestoneKind.PROJECT_MILESTONE,
                "2026-06-30", null, true, null);
        DefaultsLedger ledger = DefaultsLedger.empty()
                .charge(yearEnd(RULES, Port.POLA, 2026, polaMissed), 2026, 1L)
                .charge(yearEnd(RULES, Port.POLB, 2026, kickoff("2026-07-01")), 2026, 1L)
                .charge(yearEnd(RULES, Port.POLA, 2027, polaMissed), 2027, 2L)
                .charge(yearEnd(RULES, Port.POLB, 2027, kickoff("2026-07-01")), 2027, 2L);
        // 2026: POLA 50,000 (missed) + POLB 50,000 (a day late); 2027: POLA 100,000 (continuing), POLB nothing new
        assertEquals(usd("100000.00"), ledger.total(2026));
        assertEquals(usd("100000.00"), ledger.total(2027));
        assertEquals(usd("150000.00"), ledger.total(Port.POLA));
        assertEquals(usd("50000.00"), ledger.total(Port.POLB));
        assertEquals(usd("0.00"), ledger.total(Port.POLB, 2027));
        assertEquals(usd("200000.00"), ledger.total());
    }

    @Test
    void theRunsRulesVersionSetsTheAmounts() {
        AgreementRules other = RULES.toBuilder().version("CA-2026.1").effectiveFrom(LocalDate.of(2026, 1, 1))
                .penaltySchedule(PenaltySchedule.escalating(usd("60000"), usd("45000"), usd("200000"),
                        Continuing.CHARGED_EACH_REPORTING_YEAR)).build();
        DefaultsLedger ledger = DefaultsLedger.empty()
                .charge(yearEnd(other, Port.POLB, 2026, kickoff(null)), 2026, 7L)
                .charge(yearEnd(other, Port.POLB, 2027, kickoff(null)), 2027, 8L);
        // 60,000 first, then 60,000 + 45,000 = 105,000
        assertEquals(List.of("FIRST 0 60000.00", "CONTINUING 1 105000.00"), describe(ledger.entries()));
        assertEquals(List.of("CA-2026.1", "CA-2026.1"),
                ledger.entries().stream().map(LedgerEntry::rulesVersion).toList());
        assertEquals(List.of(7L, 8L), ledger.entries().stream().map(LedgerEntry::runId).toList());
    }

    @Test
    void aRunCannotChargeAYearItHasNotReached() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> DefaultsLedger.empty()
                .chargesFor(yearEnd(RULES, Port.POLB, 2027, kickoff(null)), 2028, 1L));
        assertEquals(ErrorCode.LEDGER_YEAR_AFTER_AS_OF, refused.code());
    }

    @Test
    void anAmountReadBackWithAnotherScaleIsTheSame() {
        LedgerEntry entry = new LedgerEntry(Port.POLA, "MILESTONE:X", LocalDate.of(2026, 6, 30),
                ComplianceStatus.MISSED, LocalDate.of(2026, 12, 31), 2026, ChargeKind.FIRST, 0, usd("50000"), 1L,
                "CA-2025.1");
        assertEquals(usd("50000.00"), entry.amount());
    }

    private static List<String> describe(List<LedgerEntry> entries) {
        return entries.stream().map(e -> e.kind() + " " + e.level() + " " + e.amount().toPlainString()).toList();
    }
}
