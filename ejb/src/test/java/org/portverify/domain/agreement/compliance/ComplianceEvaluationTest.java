package org.portverify.domain.agreement.compliance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portverify.domain.agreement.AgreementCategory;
import org.portverify.domain.agreement.AgreementRules;
import org.portverify.domain.agreement.Milestone;
import org.portverify.domain.agreement.MilestoneKind;
import org.portverify.domain.agreement.MilestoneStatus;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;

/**
 * Every status of a milestone as of a date, with hand-counted days, then a port's whole table: plan deadlines it
 * reported nothing for, plans it reported with another date, and the defaults.
 */
class ComplianceEvaluationTest {

    private static final AgreementRules RULES = AgreementRules.defaults();
    private static final String FLEX = "FLEX-2027-01 utility interconnection queue";

    /**
     * {@link ComplianceEvaluation#status}: due date, completion (empty: none), within the port's control, flexibility
     * reference (empty: none), as-of date, DUE_SOON window; the expected status and why.
     */
    @ParameterizedTest(name = "due {0}, done [{1}], control {2}, flex [{3}], as of {4}, window {5}: {6}")
    @CsvSource({
            // open and not yet due: days from the as-of date to the due date, against the window
            "2027-12-31, ,           yes, ,     2027-06-30, 90, NOT_YET_DUE",       // 184 days
            "2027-12-31, ,           yes, ,     2027-10-01, 90, NOT_YET_DUE",       // 30 + 30 + 31 = 91 days
            "2027-12-31, ,           yes, ,     2027-10-02, 90, DUE_SOON",          // 29 + 30 + 31 = 90: the window exactly
            "2027-12-31, ,           yes, ,     2027-12-30, 90, DUE_SOON",          // 1 day
            "2027-12-31, ,           yes, ,     2027-12-01, 30, DUE_SOON",          // 30 days, window 30
            "2027-12-31, ,           yes, ,     2027-11-30, 30, NOT_YET_DUE",       // 31 days, window 30
            "2027-12-31, ,           yes, ,     2027-12-30,  0, NOT_YET_DUE",       // no window at all
            "2027-12-31, ,           no,  FLEX, 2027-12-01, 90, DUE_SOON",          // nothing to excuse yet
            // completed by the as-of date
            "2027-12-31, 2027-12-31, yes, ,     2027-12-31, 90, COMPLETED_ON_TIME", // on the due date itself
            "2027-12-31, 2027-12-20, yes, ,     2027-12-31, 90, COMPLETED_ON_TIME",
            "2027-12-31, 2027-11-15, yes, ,     2027-11-20, 90, COMPLETED_ON_TIME", // early, before it was due
            "2027-12-31, 2027-12-31, no,  FLEX, 2027-12-31, 90, COMPLETED_ON_TIME",
            "2027-12-31, 2028-01-01, yes, ,     2028-12-31, 90, COMPLETED_LATE",    // one day late
            "2027-12-31, 2028-01-01, no,  ,     2028-12-31, 90, COMPLETED_LATE",    // outside control, no excuse given
            "2027-12-31, 2028-01-01, no,  FLEX, 2028-12-31, 90, EXCUSED",
            // due and open at the end of the as-of date
            "2027-12-31, ,           yes, ,     2027-12-31, 90, MISSED",            // due that day, not done by its end
            "2027-12-31, 2028-01-01, yes, ,     2027-12-31, 90, MISSED",            // done only after the as-of date
            "2027-12-31, ,           no,  FLEX, 2028-01-15, 90, EXCUSED",           // open, outside control, excused
            "2027-12-31, ,           no,  ,     2028-01-15, 90, MISSED",            // outside control, no excuse given
            "2027-12-31, ,           yes, FLEX, 2028-01-15, 90, MISSED",            // a reference excuses nothing the port controls
            // the leap day: 2028-02-29 is a due date like any other
            "2028-02-29, ,           yes, ,     2027-11-30, 90, NOT_YET_DUE",       // 31 + 31 + 29 = 91 days
            "2028-02-29, ,           yes, ,     2027-12-01, 90, DUE_SOON",          // 30 + 31 + 29 = 90 days
            "2028-02-29, ,           yes, ,     2028-02-28, 90, DUE_SOON",          // 1 day
            "2028-02-29, ,           yes, ,     2028-02-29, 90, MISSED",
            "2028-02-29, 2028-02-29, yes, ,     2028-02-29, 90, COMPLETED_ON_TIME",
            "2028-02-29, 2028-02-29, yes, ,     2028-03-01, 90, COMPLETED_ON_TIME",
            "2028-02-29, ,           yes, ,     2028-03-01, 90, MISSED",
            "2028-02-29, 2028-03-01, yes, ,     2028-03-01, 90, COMPLETED_LATE",    // one day late
            "2028-02-29, 2028-03-01, yes, ,     2028-02-29, 90, MISSED",            // done only after the as-of date
            "2028-02-29, 2028-03-01, no,  FLEX, 2028-03-01, 90, EXCUSED",
    })
    void statusAsOfADate(LocalDate due, LocalDate completed, String control, String flex, LocalDate asOf,
                         int window, ComplianceStatus expected) {
        assertEquals(expected, ComplianceEvaluation.status(due, completed, control.equals("yes"),
                flex == null ? null : FLEX, asOf, window));
    }

    @ParameterizedTest(name = "{0}: default {1}")
    @CsvSource({"NOT_YET_DUE, false", "DUE_SOON, false", "COMPLETED_ON_TIME, false", "COMPLETED_LATE, true",
            "EXCUSED, false", "MISSED, true"})
    void theDefaultsAreMissedAndCompletedLate(ComplianceStatus status, boolean isDefault) {
        assertEquals(isDefault, status.isDefault());
    }

    /**
     * A port that reported no milestone at all: each plan deadline of the rules is its own row, and once due it is
     * MISSED (no plan submitted). Statuses in the order of {@code RULES.planDeadlines()}: phase 1 CHE draft, CHE
     * approved, drayage draft, drayage approved; phase 2 non-container CHE, switchers, harbor craft; phase 3 OGV.
     */
    @ParameterizedTest(name = "as of {0}")
    @CsvSource(delimiter = '|', value = {
            // draft due 2027-05-31: 30 + 28 + 31 + 30 + 31 = 150 days away
            "2027-01-01 | NOT_YET_DUE NOT_YET_DUE NOT_YET_DUE NOT_YET_DUE NOT_YET_DUE NOT_YET_DUE NOT_YET_DUE"
                    + " NOT_YET_DUE | ",
            // 29 + 30 + 31 = 90 days to the drafts
            "2027-03-02 | DUE_SOON NOT_YET_DUE DUE_SOON NOT_YET_DUE NOT_YET_DUE NOT_YET_DUE NOT_YET_DUE NOT_YET_DUE"
                    + " | ",
            // the drafts are due at the end of this day
            "2027-05-31 | MISSED NOT_YET_DUE MISSED NOT_YET_DUE NOT_YET_DUE NOT_YET_DUE NOT_YET_DUE NOT_YET_DUE"
                    + " | PLAN:1:DRAFT_PLAN:CHE_CONTAINER PLAN:1:DRAFT_PLAN:DRAYAGE",
            // 2027-12-31 to 2028-12-31 is 366 days (2028 is a leap year)
            "2027-12-31 | MISSED MISSED MISSED MISSED NOT_YET_DUE NOT_YET_DUE NOT_YET_DUE NOT_YET_DUE"
                    + " | PLAN:1:DRAFT_PLAN:CHE_CONTAINER PLAN:1:DRAFT_PLAN:DRAYAGE"
                    + " PLAN:1:APPROVED_PLAN:CHE_CONTAINER PLAN:1:APPROVED_PLAN:DRAYAGE",
            "2029-12-31 | MISSED MISSED MISSED MISSED MISSED MISSED MISSED MISSED"
                    + " | PLAN:1:DRAFT_PLAN:CHE_CONTAINER PLAN:1:DRAFT_PLAN:DRAYAGE"
                    + " PLAN:1:APPROVED_PLAN:CHE_CONTAINER PLAN:1:APPROVED_PLAN:DRAYAGE"
                    + " PLAN:2:APPROVED_PLAN:CHE_NON_CONTAINER PLAN:2:APPROVED_PLAN:LOCOMOTIVE_SWITCHER"
                    + " PLAN:2:APPROVED_PLAN:HARBOR_CRAFT PLAN:3:APPROVED_PLAN:OGV",
    })
    void aPlanNobodyReportedIsMissedOnceDue(LocalDate asOf, String statuses, String defaults) {
        ComplianceEvaluation evaluation = ComplianceEvaluation.evaluate(RULES, Port.POLB, asOf, List.of());
        List<ComplianceItem> byDeadline = RULES.planDeadlines().stream().map(d -> evaluation.items().stream()
                .filter(i -> i.ruleKey().equals(d.ruleKey())).findFirst().orElseThrow()).toList();
        assertEquals(Arrays.asList(statuses.split(" ")), byDeadline.stream().map(i -> i.status().name()).toList());
        assertEquals(defaults == null ? List.of() : Arrays.asList(defaults.split(" ")),
                evaluation.defaults().stream().map(ComplianceItem::ruleKey).toList());
        assertEquals(8, evaluation.items().size());
        evaluation.items().forEach(i -> assertFalse(i.isReported(), i.ruleKey()));
    }

    @Test
    void anUnreportedPlanDeadlineSaysSo() {
        ComplianceItem item = ComplianceEvaluation.evaluate(RULES, Port.POLA, LocalDate.of(2027, 6, 1), List.of())
                .items().get(0);
        assertAll(
                () -> assertEquals("PLAN:1:DRAFT_PLAN:CHE_CONTAINER", item.ruleKey()),
                () -> assertEquals("Draft plan, phase 1: Cargo handling equipment at container terminals"
                        + " (not reported)", item.title()),
                () -> assertNull(item.milestoneId()),
                () -> assertNull(item.reportedDueDate()),
                () -> assertEquals(LocalDate.of(2027, 5, 31), item.dueDate()),
                () -> assertEquals(ComplianceStatus.MISSED, item.status()));
    }

    @Test
    void aReportedPlanStandsForItsDeadlineAndIsHeldToTheAgreementsDate() {
        // POLA reports its drayage plans, approved one with its own (later) date; nothing for CHE at container
        // terminals. As of 2028-03-31 the approved drayage plan, completed 2028-02-01, is late against 2027-12-31.
        List<Milestone> reported = List.of(
                milestone("POLA-P1-04", AgreementCategory.DRAYAGE, MilestoneKind.DRAFT_PLAN, "2027-05-31",
                        "2027-05-31", true, null),
                milestone("POLA-P1-06", AgreementCategory.DRAYAGE, MilestoneKind.APPROVED_PLAN, "2028-03-31",
                        "2028-02-01", true, null));
        ComplianceEvaluation evaluation = ComplianceEvaluation.evaluate(RULES, Port.POLA, LocalDate.of(2028, 3, 31),
                reported);

        ComplianceItem approved = item(evaluation, "PLAN:1:APPROVED_PLAN:DRAYAGE");
        assertAll(
                () -> assertEquals("POLA-P1-06", approved.milestoneId()),
                () -> assertEquals(LocalDate.of(2027, 12, 31), approved.dueDate()),
                () -> assertEquals(LocalDate.of(2028, 3, 31), approved.reportedDueDate()),
                () -> assertEquals(LocalDate.of(2028, 2, 1), approved.completedDate()),
                () -> assertEquals(ComplianceStatus.COMPLETED_LATE, approved.status()),
                () -> assertEquals(ComplianceStatus.COMPLETED_ON_TIME,
                        item(evaluation, "PLAN:1:DRAFT_PLAN:DRAYAGE").status()),
                () -> assertEquals(ComplianceStatus.MISSED,
                        item(evaluation, "PLAN:1:DRAFT_PLAN:CHE_CONTAINER").status()),
                () -> assertFalse(item(evaluation, "PLAN:1:DRAFT_PLAN:CHE_CONTAINER").isReported()),
                // 2 reported + 6 deadlines of the rules nobody reported
                () -> assertEquals(8, evaluation.items().size()),
                () -> assertEquals(List.of("PLAN:1:DRAFT_PLAN:CHE_CONTAINER", "PLAN:1:APPROVED_PLAN:CHE_CONTAINER",
                        "PLAN:1:APPROVED_PLAN:DRAYAGE"),
                        evaluation.defaults().stream().map(ComplianceItem::ruleKey).toList()));
    }

    @Test
    void aDraftPlanTheRulesHaveNoDateForIsHeldToThePortsDate() {
        // The default rules have no phase 2 draft dates: the port's 2028-06-30 is the only date there is.
        Milestone draft = milestone("POLB-P2-02", AgreementCategory.CHE_NON_CONTAINER, MilestoneKind.DRAFT_PLAN,
                "2028-06-30", "2028-07-01", true, null);
        ComplianceItem item = item(ComplianceEvaluation.evaluate(RULES, Port.POLB, LocalDate.of(2028, 12, 31),
                List.of(draft)), "PLAN:2:DRAFT_PLAN:CHE_NON_CONTAINER");
        assertEquals(LocalDate.of(2028, 6, 30), item.dueDate());
        assertEquals(ComplianceStatus.COMPLETED_LATE, item.status());
    }

    @Test
    void aMilestoneExcusedForAFactorOutsideThePortsControlIsNoDefault() {
        // Due 2025-12-31, waiting on the utility's interconnection queue, with the flexibility option named.
        Milestone interconnection = milestone("POLB-P1-02", AgreementCategory.DRAYAGE,
                MilestoneKind.PROJECT_MILESTONE, "2025-12-31", null, false, FLEX);
        ComplianceEvaluation evaluation = ComplianceEvaluation.evaluate(RULES, Port.POLB, LocalDate.of(2025, 12, 31),
                List.of(interconnection));
        ComplianceItem item = item(evaluation, "MILESTONE:POLB-P1-02");
        assertEquals(ComplianceStatus.EXCUSED, item.status());
        assertEquals(FLEX, item.flexibilityRef());
        assertEquals(List.of(), evaluation.defaults());
        assertEquals(1, evaluation.count(ComplianceStatus.EXCUSED));
    }

    @ParameterizedTest(name = "rows completed [{0}] and [{1}]: default {2}")
    @CsvSource({
            "2027-12-20, 2028-01-10, false", // the plan was in on time; its revision came late
            "2028-01-05, 2028-01-10, true",  // both late: one default, not two
            ",           ,           true",
    })
    void aPlanReportedInTwoRowsIsOneDeadline(LocalDate first, LocalDate second, boolean isDefault) {
        List<Milestone> rows = List.of(
                milestone("POLA-P1-06", AgreementCategory.DRAYAGE, MilestoneKind.APPROVED_PLAN, "2027-12-31",
                        first == null ? null : first.toString(), true, null),
                milestone("POLA-P1-06R", AgreementCategory.DRAYAGE, MilestoneKind.APPROVED_PLAN, "2027-12-31",
                        second == null ? null : second.toString(), true, null));
        ComplianceEvaluation evaluation = ComplianceEvaluation.evaluate(RULES, Port.POLA, LocalDate.of(2028, 1, 31),
                rows);
        assertEquals(isDefault ? List.of("POLA-P1-06") : List.of(), evaluation.defaults().stream()
                .filter(d -> d.ruleKey().equals("PLAN:1:APPROVED_PLAN:DRAYAGE")).map(ComplianceItem::milestoneId)
                .toList());
    }

    @Test
    void theTableIsOrderedByPhaseThenDueDate() {
        List<Milestone> reported = List.of(
                milestone("X-3", AgreementCategory.OGV, MilestoneKind.PROJECT_MILESTONE, "2026-03-01", null, true,
                        null),
                milestone("X-2", AgreementCategory.DRAYAGE, MilestoneKind.PROJECT_MILESTONE, "2026-06-30", null, true,
                        null),
                milestone("X-1", AgreementCategory.CHE_CONTAINER, MilestoneKind.PROJECT_MILESTONE, "2026-01-31",
                        null, true, null));
        List<String> keys = ComplianceEvaluation.evaluate(RULES, Port.POLA, LocalDate.of(2026, 1, 1), reported)
                .items().stream().map(ComplianceItem::ruleKey).toList();
        assertEquals(List.of("MILESTONE:X-1", "MILESTONE:X-2",
                "PLAN:1:DRAFT_PLAN:CHE_CONTAINER", "PLAN:1:DRAFT_PLAN:DRAYAGE",
                "PLAN:1:APPROVED_PLAN:CHE_CONTAINER", "PLAN:1:APPROVED_PLAN:DRAYAGE",
                "PLAN:2:APPROVED_PLAN:CHE_NON_CONTAINER", "PLAN:2:APPROVED_PLAN:LOCOMOTIVE_SWITCHER",
                "PLAN:2:APPROVED_PLAN:HARBOR_CRAFT",
                "MILESTONE:X-3", "PLAN:3:APPROVED_PLAN:OGV"), keys);
    }

    @Test
    void aVersionIsNotUsedBeforeItTakesEffect() {
        AgreementRules later = RULES.toBuilder().version("CA-2027.1").effectiveFrom(LocalDate.of(2027, 1, 1)).build();
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> ComplianceEvaluation.evaluate(later, Port.POLA, LocalDate.of(2026, 12, 31), List.of()));
        assertEquals(ErrorCode.RULES_NOT_IN_FORCE, refused.code());
        assertEquals("PV-2020: Rules version CA-2027.1 takes effect on 2027-01-01, after the as-of date 2026-12-31",
                refused.getMessage());
    }

    @Test
    void aWiderWindowOfAnotherVersionMakesMoreDueSoon() {
        // 2027-09-01 to 2027-12-31 is 29 + 31 + 30 + 31 = 121 days: NOT_YET_DUE with 90, DUE_SOON with 180
        AgreementRules wide = RULES.toBuilder().version("CA-WIDE").dueSoonWindowDays(180).build();
        LocalDate asOf = LocalDate.of(2027, 9, 1);
        assertEquals(ComplianceStatus.NOT_YET_DUE, item(ComplianceEvaluation.evaluate(RULES, Port.POLA, asOf,
                List.of()), "PLAN:1:APPROVED_PLAN:DRAYAGE").status());
        assertEquals(ComplianceStatus.DUE_SOON, item(ComplianceEvaluation.evaluate(wide, Port.POLA, asOf,
                List.of()), "PLAN:1:APPROVED_PLAN:DRAYAGE").status());
    }

    static Milestone milestone(String id, AgreementCategory category, MilestoneKind kind, String due,
                               String completed, boolean withinControl, String flexibilityRef) {
        LocalDate done = completed == null ? null : LocalDate.parse(completed);
        return new Milestone(1L, category, id, kind, "Milestone " + id, LocalDate.parse(due), done,
                done != null ? MilestoneStatus.COMPLETED : MilestoneStatus.IN_PROGRESS, withinControl,
                flexibilityRef, done != null ? "Evidence of " + id : null, 2L);
    }

    private static ComplianceItem item(ComplianceEvaluation evaluation, String ruleKey) {
        return evaluation.items().stream().filter(i -> i.ruleKey().equals(ruleKey)).findFirst().orElseThrow();
    }
}
