package org.portverify.domain.agreement;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.portverify.domain.agreement.PenaltySchedule.Continuing;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/** Rules versions: the published defaults, another version loaded beside them, and what loading refuses. */
class AgreementRulesTest {

    private static final LocalDate APPROVED = LocalDate.of(2025, 11, 7);

    @Test
    void theDefaultVersionHoldsThePublishedFacts() {
        AgreementRules rules = AgreementRules.defaults();
        assertAll(
                () -> assertEquals("CA-2025.1", rules.version()),
                () -> assertEquals(APPROVED, rules.effectiveFrom()),
                () -> assertEquals(APPROVED, rules.termStartsOn()),
                () -> assertEquals(Optional.empty(), rules.termEndsOn()),
                () -> assertEquals(45, rules.exitNoticeDays()),
                () -> assertEquals(LocalDate.of(2027, 12, 31), rules.approvedPlanDue(AgreementPhase.PHASE_1)),
                () -> assertEquals(LocalDate.of(2028, 12, 31), rules.approvedPlanDue(AgreementPhase.PHASE_2)),
                () -> assertEquals(LocalDate.of(2029, 12, 31), rules.approvedPlanDue(AgreementPhase.PHASE_3)),
                () -> assertEquals(Optional.of(LocalDate.of(2027, 5, 31)),
                        rules.draftPlanDue(AgreementPhase.PHASE_1)),
                () -> assertEquals(Optional.empty(), rules.draftPlanDue(AgreementPhase.PHASE_2)),
                () -> assertEquals(Optional.empty(), rules.draftPlanDue(AgreementPhase.PHASE_3)),
                () -> assertEquals(90, rules.dueSoonWindowDays()),
                () -> assertEquals(PenaltySchedule.assumed(), rules.penaltySchedule()),
                () -> assertEquals(AgreementRules.defaults(), rules, "a value: equal when its values are"));
    }

    @Test
    void theDefaultVersionHasEightPlanDeadlines() {
        // phase 1: 2 categories x (draft + approved) = 4; phase 2: 3 approved; phase 3: 1 approved (no draft dates)
        assertEquals(List.of(
                "PLAN:1:DRAFT_PLAN:CHE_CONTAINER 2027-05-31",
                "PLAN:1:APPROVED_PLAN:CHE_CONTAINER 2027-12-31",
                "PLAN:1:DRAFT_PLAN:DRAYAGE 2027-05-31",
                "PLAN:1:APPROVED_PLAN:DRAYAGE 2027-12-31",
                "PLAN:2:APPROVED_PLAN:CHE_NON_CONTAINER 2028-12-31",
                "PLAN:2:APPROVED_PLAN:LOCOMOTIVE_SWITCHER 2028-12-31",
                "PLAN:2:APPROVED_PLAN:HARBOR_CRAFT 2028-12-31",
                "PLAN:3:APPROVED_PLAN:OGV 2029-12-31"),
                AgreementRules.defaults().planDeadlines().stream().map(d -> d.ruleKey() + " " + d.due()).toList());
    }

    @Test
    void anotherVersionIsLoadedFromTheDefaults() {
        AgreementRules next = AgreementRules.defaults().toBuilder().version("CA-2026.1")
                .effectiveFrom(LocalDate.of(2026, 7, 1))
                .draftPlanDue(AgreementPhase.PHASE_2, LocalDate.of(2028, 6, 30))
                .draftPlanDue(AgreementPhase.PHASE_3, LocalDate.of(2029, 6, 30))
                .dueSoonWindowDays(60)
                .penaltySchedule(PenaltySchedule.escalating(new BigDecimal("60000"), new BigDecimal("45000"),
                        new BigDecimal("200000"), Continuing.CHARGED_ONCE))
                .build();
        assertAll(
                () -> assertEquals("CA-2026.1", next.version()),
                () -> assertEquals(60, next.dueSoonWindowDays()),
                // 8 deadlines + a draft plan for each of the 3 phase 2 and the 1 phase 3 categories
                () -> assertEquals(12, next.planDeadlines().size()),
                () -> assertEquals(Optional.of(LocalDate.of(2028, 6, 30)),
                        next.planDue(AgreementPhase.PHASE_2, MilestoneKind.DRAFT_PLAN)),
                () -> assertEquals(Optional.empty(), next.planDue(AgreementPhase.PHASE_2,
                        MilestoneKind.PROJECT_MILESTONE)),
                () -> assertEquals(new BigDecimal("105000.00"), next.penaltySchedule().amount(1)),
                () -> assertEquals("CA-2025.1", AgreementRules.defaults().version(), "the defaults are unchanged"));
    }

    static Stream<Arguments> refusedVersions() {
        return Stream.of(
                Arguments.of("no version id", ErrorCode.RULES_VERSION_MISSING,
                        (UnaryOperator<AgreementRules.Builder>) b -> b.version(null)),
                Arguments.of("a blank version id", ErrorCode.RULES_VERSION_MISSING,
                        (UnaryOperator<AgreementRules.Builder>) b -> b.version(" ")),
                Arguments.of("in force the day before the approval", ErrorCode.RULES_EFFECTIVE_DATE_INVALID,
                        (UnaryOperator<AgreementRules.Builder>) b -> b.effectiveFrom(APPROVED.minusDays(1))),
                Arguments.of("no effective date", ErrorCode.RULES_EFFECTIVE_DATE_INVALID,
                        (UnaryOperator<AgreementRules.Builder>) b -> b.effectiveFrom(null)),
                Arguments.of("phase 2 without approved-plan date", ErrorCode.RULES_APPROVED_PLAN_MISSING,
                        (UnaryOperator<AgreementRules.Builder>) b -> b.approvedPlanDue(AgreementPhase.PHASE_2, null)),
                Arguments.of("a draft plan due before the approval", ErrorCode.RULES_DATE_OUTSIDE_TERM,
                        (UnaryOperator<AgreementRules.Builder>) b -> b.draftPlanDue(AgreementPhase.PHASE_1,
                                APPROVED.minusDays(1))),
                Arguments.of("phase 3 due after the term ends", ErrorCode.RULES_DATE_OUTSIDE_TERM,
                        (UnaryOperator<AgreementRules.Builder>) b -> b.termEndsOn(LocalDate.of(2029, 12, 30))),
                Arguments.of("a draft plan due with its approved plan", ErrorCode.RULES_DRAFT_NOT_BEFORE_APPROVED,
                        (UnaryOperator<AgreementRules.Builder>) b -> b.draftPlanDue(AgreementPhase.PHASE_1,
                                LocalDate.of(2027, 12, 31))),
                Arguments.of("a negative DUE_SOON window", ErrorCode.RULES_WINDOW_INVALID,
                        (UnaryOperator<AgreementRules.Builder>) b -> b.dueSoonWindowDays(-1)),
                Arguments.of("no penalty schedule", ErrorCode.RULES_PENALTY_SCHEDULE_MISSING,
                        (UnaryOperator<AgreementRules.Builder>) b -> b.penaltySchedule(null)),
                Arguments.of("a penalty above $200,000", ErrorCode.PENALTY_OUT_OF_RANGE,
                        (UnaryOperator<AgreementRules.Builder>) b -> b.penaltySchedule(PenaltySchedule.of(
                                List.of(new BigDecimal("50000"), new BigDecimal("250000")), Continuing.CHARGED_ONCE))),
                Arguments.of("a penalty below $50,000", ErrorCode.PENALTY_OUT_OF_RANGE,
                        (UnaryOperator<AgreementRules.Builder>) b -> b.penaltySchedule(PenaltySchedule.escalating(
                                new BigDecimal("25000"), new BigDecimal("25000"), new BigDecimal("200000"),
                                Continuing.CHARGED_EACH_REPORTING_YEAR))));
    }

    /** Each case changes one value of an otherwise valid version and must be refused while loading it. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusedVersions")
    void aBrokenVersionIsRefusedWhenLoaded(String what, ErrorCode code, UnaryOperator<AgreementRules.Builder> change) {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> change.apply(AgreementRules.defaults().toBuilder().version("CA-TEST")).build());
        assertEquals(code, refused.code(), refused.getMessage());
    }

    @Test
    void aDateOutsideTheTermIsNamedWithTheTerm() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> AgreementRules.defaults().toBuilder()
                .version("CA-TEST").termEndsOn(LocalDate.of(2029, 12, 30)).build());
        assertEquals("PV-2004: Rules version CA-TEST: the phase 3 approved plan is due 2029-12-31, outside the"
                + " agreement's term (2025-11-07 to 2029-12-30)", refused.getMessage());
    }

    @Test
    void anEmptyBuilderLacksPhaseOne() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> AgreementRules.builder().version("CA-X")
                .effectiveFrom(APPROVED).penaltySchedule(PenaltySchedule.assumed()).build());
        assertEquals("PV-2003: Rules version CA-X has no approved-plan due date for phase 1", refused.getMessage());
    }

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource({
            "2025-11-07, CA-2025.1", // the first day of the first version
            "2026-12-31, CA-2025.1",
            "2027-01-01, CA-2027.1", // the first day of the second
            "2029-12-31, CA-2027.1",
    })
    void theVersionInForceIsTheLatestThatHasTakenEffect(LocalDate asOf, String version) {
        AgreementRules second = AgreementRules.defaults().toBuilder().version("CA-2027.1")
                .effectiveFrom(LocalDate.of(2027, 1, 1)).build();
        assertEquals(version, AgreementRules.inForceOn(List.of(second, AgreementRules.defaults()), asOf).version());
    }

    @Test
    void noVersionIsInForceBeforeTheFirstAndTwoOnOneDateAreAmbiguous() {
        AgreementRules first = AgreementRules.defaults();
        assertEquals(ErrorCode.NO_RULES_IN_FORCE, assertThrows(RuleViolation.class,
                () -> AgreementRules.inForceOn(List.of(first), APPROVED.minusDays(1))).code());
        AgreementRules twin = first.toBuilder().version("CA-2025.1b").build();
        assertEquals(ErrorCode.RULES_AMBIGUOUS, assertThrows(RuleViolation.class,
                () -> AgreementRules.inForceOn(List.of(first, twin), APPROVED)).code());
    }

    @ParameterizedTest(name = "notice on {0}: out on {1}")
    @CsvSource({
            "2026-03-01, 2026-04-15", // 30 days to 03-31, 15 more
            "2027-12-31, 2028-02-14", // 31 days to 01-31, 14 more
            "2028-01-15, 2028-02-29", // 16 days to 01-31, 29 more: the leap day
    })
    void anExitTakesEffect45DaysAfterTheNotice(LocalDate notice, LocalDate effective) {
        assertEquals(effective, CooperativeAgreement.exitEffectiveOn(notice));
    }
}
