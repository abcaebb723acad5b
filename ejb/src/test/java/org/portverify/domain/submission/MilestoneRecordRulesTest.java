package org.portverify.domain.submission;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.portverify.domain.agreement.AgreementCategory;
import org.portverify.domain.agreement.AgreementPhase;
import org.portverify.domain.agreement.Milestone;
import org.portverify.domain.agreement.MilestoneKind;
import org.portverify.domain.agreement.MilestoneStatus;
import org.portverify.domain.error.ErrorCode;

/** {@link RecordRules#milestone}: one valid row of milestones.csv, then one broken field at a time. */
class MilestoneRecordRulesTest {

    private static final long SUBMISSION = 41L;
    private static final long LINE = 5L;
    private static final int REPORTING_YEAR = 2025;
    private static final String LONG_TEXT = "x".repeat(501);

    /** A planned phase 1 draft plan, within the port's control: valid as it stands. */
    private static final Map<String, String> VALID = Map.ofEntries(
            Map.entry("phase", "1"), Map.entry("category", "CHE_CONTAINER"), Map.entry("milestone_id", "POLA-P1-01"),
            Map.entry("kind", "DRAFT_PLAN"), Map.entry("title", "Phase 1 draft plan"),
            Map.entry("due_date", "2027-05-31"), Map.entry("completed_date", ""), Map.entry("status", "PLANNED"),
            Map.entry("within_port_control", "yes"), Map.entry("flexibility_ref", ""),
            Map.entry("evidence_ref", ""));

    /** The valid row with some fields replaced: {@code with("phase", "2", "category", "OGV")}. */
    private static SourceRecord with(String... fieldsAndValues) {
        Map<String, String> values = new java.util.HashMap<>(VALID);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            values.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        List<String> row = SubmissionPart.MILESTONES.header().stream().map(values::get).toList();
        return new SourceRecord(SUBMISSION, SubmissionPart.MILESTONES, LINE, row, String.join(",", row));
    }

    private static Milestone accepted(String... fieldsAndValues) {
        return RecordRules.milestone(with(fieldsAndValues), REPORTING_YEAR);
    }

    private static RecordRejected refused(String... fieldsAndValues) {
        return assertThrows(RecordRejected.class, () -> accepted(fieldsAndValues));
    }

    @Test
    void acceptsAPlannedMilestone() {
        Milestone milestone = accepted();
        assertAll(
                () -> assertEquals(SUBMISSION, milestone.getSubmissionId()),
                () -> assertEquals(LINE, milestone.getSourceLine()),
                () -> assertEquals(AgreementPhase.PHASE_1, milestone.getPhase()),
                () -> assertEquals(AgreementCategory.CHE_CONTAINER, milestone.getCategory()),
                () -> assertEquals("POLA-P1-01", milestone.getMilestoneId()),
                () -> assertEquals(MilestoneKind.DRAFT_PLAN, milestone.getKind()),
                () -> assertEquals("Phase 1 draft plan", milestone.getTitle()),
                () -> assertEquals(LocalDate.of(2027, 5, 31), milestone.getDueDate()),
                () -> assertNull(milestone.getCompletedDate()),
                () -> assertEquals(MilestoneStatus.PLANNED, milestone.getStatus()),
                () -> assertTrue(milestone.isWithinPortControl()),
                () -> assertNull(milestone.getFlexibilityRef(), "empty is stored as null"),
                () -> assertNull(milestone.getEvidenceRef(), "empty is stored as null"));
    }

    @Test
    void acceptsACompletedMilestoneWithItsEvidence() {
        Milestone milestone = accepted("kind", "PROJECT_MILESTONE", "due_date", "2025-12-15",
                "completed_date", " 2025-12-10 ", "status", "COMPLETED", "evidence_ref", "Board minutes 2025-12-10");
        assertEquals(LocalDate.of(2025, 12, 10), milestone.getCompletedDate());
        assertEquals(MilestoneStatus.COMPLETED, milestone.getStatus());
        assertEquals("Board minutes 2025-12-10", milestone.getEvidenceRef());
        assertFalse(milestone.isLateAt(LocalDate.of(2025, 12, 31)));
    }

    @ParameterizedTest(name = "phase {0} {1}")
    @CsvSource({
            "1, CHE_CONTAINER",
            "1, DRAYAGE",
            "2, CHE_NON_CONTAINER",
            "2, LOCOMOTIVE_SWITCHER",
            "2, HARBOR_CRAFT",
            "3, OGV",
    })
    void acceptsEveryCategoryInItsPhase(String phase, AgreementCategory category) {
        Milestone milestone = accepted("phase", phase, "category", category.code(), "due_date", "2029-12-31");
        assertEquals(Integer.parseInt(phase), milestone.getPhase().number());
        assertEquals(category, milestone.getCategory());
    }

    /** Cases where no flexibility reference is needed although the port does not control the milestone. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("noExcuseNeeded")
    void outsidePortControlNeedsNoReferenceWhileNotLate(String why, String[] fieldsAndValues) {
        Milestone milestone = accepted(fieldsAndValues);
        assertFalse(milestone.isWithinPortControl());
        assertNull(milestone.getFlexibilityRef());
    }

    static Stream<Arguments> noExcuseNeeded() {
        return Stream.of(
                Arguments.of("due after the reporting year, in progress",
                        (Object) new String[] {"within_port_control", "no", "due_date", "2026-01-01",
                                "status", "IN_PROGRESS"}),
                Arguments.of("completed on its due date", (Object) new String[] {"within_port_control", "no",
                        "due_date", "2025-12-01", "completed_date", "2025-12-01", "status", "COMPLETED",
                        "evidence_ref", "E-1"}));
    }

    @Test
    void aLateMilestoneWithinPortControlIsAcceptedAsReported() {
        // not a format error: whether it is a default is for the compliance rules to decide
        Milestone milestone = accepted("due_date", "2025-12-01", "status", "DELAYED");
        assertTrue(milestone.isWithinPortControl());
        assertTrue(milestone.isLateAt(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void anExcusedMilestoneKeepsItsFlexibilityReference() {
        Milestone milestone = accepted("due_date", "2025-12-01", "status", "DELAYED", "within_port_control", "no",
                "flexibility_ref", "FLEX-2025-01 utility interconnection delay");
        assertFalse(milestone.isWithinPortControl());
        assertEquals("FLEX-2025-01 utility interconnection delay", milestone.getFlexibilityRef());
    }

    static Stream<Arguments> refusedMilestones() {
        return Stream.of(
                refusal(ErrorCode.UNKNOWN_PHASE, "phase", "phase", "4"),
                refusal(ErrorCode.UNKNOWN_PHASE, "phase", "phase", ""),
                refusal(ErrorCode.UNKNOWN_PHASE, "phase", "phase", "01"),
                refusal(ErrorCode.UNKNOWN_PHASE, "phase", "phase", "I"),
                refusal(ErrorCode.UNKNOWN_AGREEMENT_CATEGORY, "category", "category", "CHE"),
                refusal(ErrorCode.UNKNOWN_AGREEMENT_CATEGORY, "category", "category", "drayage"),
                refusal(ErrorCode.CATEGORY_IN_WRONG_PHASE, "phase", "phase", "2", "category", "CHE_CONTAINER"),
                refusal(ErrorCode.CATEGORY_IN_WRONG_PHASE, "phase", "phase", "1", "category", "OGV"),
                refusal(ErrorCode.CATEGORY_IN_WRONG_PHASE, "phase", "phase", "3", "category", "HARBOR_CRAFT"),
                refusal(ErrorCode.MILESTONE_ID_INVALID, "milestone_id", "milestone_id", ""),
                refusal(ErrorCode.MILESTONE_ID_INVALID, "milestone_id", "milestone_id", "-P1"),
                refusal(ErrorCode.MILESTONE_ID_INVALID, "milestone_id", "milestone_id", "P1 01"),
                refusal(ErrorCode.MILESTONE_ID_INVALID, "milestone_id", "milestone_id", "M".repeat(65)),
                refusal(ErrorCode.UNKNOWN_MILESTONE_KIND, "kind", "kind", "PLAN"),
                refusal(ErrorCode.UNKNOWN_MILESTONE_KIND, "kind", "kind", "draft_plan"),
                refusal(ErrorCode.TITLE_MISSING, "title", "title", " "),
                refusal(ErrorCode.TEXT_TOO_LONG, "title", "title", LONG_TEXT),
                refusal(ErrorCode.DUE_DATE_MISSING, "due_date", "due_date", ""),
                refusal(ErrorCode.DATE_INVALID, "due_date", "due_date", "2027-5-31"),
                refusal(ErrorCode.DATE_INVALID, "due_date", "due_date", "31/05/2027"),
                refusal(ErrorCode.DATE_INVALID, "due_date", "due_date", "2027-02-30"),
                refusal(ErrorCode.DATE_BEFORE_AGREEMENT, "due_date", "due_date", "2025-11-06"),
                refusal(ErrorCode.DATE_INVALID, "completed_date", "completed_date", "2025-13-01",
                        "status", "COMPLETED", "evidence_ref", "E-1"),
                refusal(ErrorCode.DATE_BEFORE_AGREEMENT, "completed_date", "completed_date", "2025-11-06",
                        "status", "COMPLETED", "evidence_ref", "E-1"),
                refusal(ErrorCode.COMPLETED_AFTER_REPORTING_YEAR, "completed_date", "completed_date", "2026-01-01",
                        "status", "COMPLETED", "evidence_ref", "E-1"),
                refusal(ErrorCode.UNKNOWN_MILESTONE_STATUS, "status", "status", "DONE"),
                refusal(ErrorCode.UNKNOWN_MILESTONE_STATUS, "status", "status", "completed"),
                refusal(ErrorCode.COMPLETED_DATE_MISSING, "completed_date", "status", "COMPLETED",
                        "evidence_ref", "E-1"),
                refusal(ErrorCode.COMPLETED_DATE_NOT_COMPLETED, "status", "status", "IN_PROGRESS",
                        "completed_date", "2025-12-01"),
                refusal(ErrorCode.PORT_CONTROL_INVALID, "within_port_control", "within_port_control", "Yes"),
                refusal(ErrorCode.PORT_CONTROL_INVALID, "within_port_control", "within_port_control", "true"),
                refusal(ErrorCode.PORT_CONTROL_INVALID, "within_port_control", "within_port_control", ""),
                // late: due within the reporting year and not completed, whatever the reported status
                refusal(ErrorCode.FLEXIBILITY_REFERENCE_MISSING, "flexibility_ref", "within_port_control", "no",
                        "due_date", "2025-12-01", "status", "IN_PROGRESS"),
                // due on the last day of the reporting year and not completed: late
                refusal(ErrorCode.FLEXIBILITY_REFERENCE_MISSING, "flexibility_ref", "within_port_control", "no",
                        "due_date", "2025-12-31", "status", "PLANNED"),
                // completed after its due date: late
                refusal(ErrorCode.FLEXIBILITY_REFERENCE_MISSING, "flexibility_ref", "within_port_control", "no",
                        "due_date", "2025-12-01", "completed_date", "2025-12-02", "status", "COMPLETED",
                        "evidence_ref", "E-1"),
                // not late yet, but the port reports it DELAYED
                refusal(ErrorCode.FLEXIBILITY_REFERENCE_MISSING, "flexibility_ref", "within_port_control", "no",
                        "due_date", "2026-06-30", "status", "DELAYED"),
                refusal(ErrorCode.TEXT_TOO_LONG, "flexibility_ref", "flexibility_ref", LONG_TEXT),
                refusal(ErrorCode.EVIDENCE_REFERENCE_MISSING, "evidence_ref", "due_date", "2025-12-15",
                        "completed_date", "2025-12-10", "status", "COMPLETED"),
                refusal(ErrorCode.TEXT_TOO_LONG, "evidence_ref", "evidence_ref", LONG_TEXT),
                // the first rule broken wins: the phase before the kind
                refusal(ErrorCode.UNKNOWN_PHASE, "phase", "phase", "9", "kind", "PLAN"));
    }

    private static Arguments refusal(ErrorCode code, String field, String... fieldsAndValues) {
        return Arguments.of(List.of(fieldsAndValues), code, field);
    }

    @ParameterizedTest(name = "{0} -> {1} on {2}")
    @MethodSource("refusedMilestones")
    void refusesMilestoneRecords(List<String> fieldsAndValues, ErrorCode code, String field) {
        RecordRejected rejected = refused(fieldsAndValues.toArray(String[]::new));
        assertEquals(code, rejected.finding().code());
        assertEquals(field, rejected.finding().field());
        assertFalse(rejected.finding().message().contains("PV-"), rejected.finding().message());
        assertTrue(rejected.getMessage().startsWith(code.code() + ": "), rejected.getMessage());
    }

    @ParameterizedTest(name = "{0} fields")
    @CsvSource({"10", "12"})
    void wrongFieldCountIsRefused(int fields) {
        List<String> row = new ArrayList<>(with().values());
        if (fields < row.size()) {
            row.remove(row.size() - 1);
        } else {
            row.add("extra");
        }
        SourceRecord record = new SourceRecord(SUBMISSION, SubmissionPart.MILESTONES, LINE, row, "");
        RecordRejected rejected = assertThrows(RecordRejected.class,
                () -> RecordRules.milestone(record, REPORTING_YEAR));
        assertEquals(ErrorCode.WRONG_FIELD_COUNT, rejected.finding().code());
        assertEquals("Expected 11 fields but found " + fields, rejected.finding().message());
    }

    @Test
    void lateAndExcusedDependsOnTheReportingYear() {
        // due 2026-03-31, not completed: not yet late when reporting 2025, late when reporting 2026
        SourceRecord record = with("within_port_control", "no", "due_date", "2026-03-31", "status", "IN_PROGRESS");
        assertFalse(RecordRules.milestone(record, 2025).isWithinPortControl());
        RecordRejected rejected = assertThrows(RecordRejected.class, () -> RecordRules.milestone(record, 2026));
        assertEquals(ErrorCode.FLEXIBILITY_REFERENCE_MISSING, rejected.finding().code());
    }

    @Test
    void refusalsNameTheMilestoneAndWhatIsWrong() {
        assertEquals("PV-1403: Category CHE_CONTAINER belongs to phase 1 of the agreement, not to phase 2"
                + " (field phase)", refused("phase", "2").getMessage());
        assertEquals("PV-1409: due_date 2025-11-06 is before the Cooperative Agreement was approved on 2025-11-07"
                + " (field due_date)", refused("due_date", "2025-11-06").getMessage());
        assertEquals("PV-1410: Completed date 2026-01-01 is after the end of the reporting year 2025; a completion"
                        + " is reported in the year it happened (field completed_date)",
                refused("completed_date", "2026-01-01", "status", "COMPLETED").getMessage());
        assertEquals("PV-1415: Milestone POLA-P1-01 is late (due 2025-12-01) and declared outside the port's"
                        + " control, but flexibility_ref is empty; name the flexibility option and the document"
                        + " that excuses the delay (field flexibility_ref)",
                refused("within_port_control", "no", "due_date", "2025-12-01").getMessage());
        assertEquals("PV-1415: Milestone POLA-P1-01 is reported DELAYED and declared outside the port's control,"
                        + " but flexibility_ref is empty; name the flexibility option and the document that excuses"
                        + " the delay (field flexibility_ref)",
                refused("within_port_control", "no", "status", "DELAYED").getMessage());
        assertEquals("PV-1416: Milestone POLA-P1-01 is COMPLETED but evidence_ref is empty; name the document that"
                        + " shows its completion (field evidence_ref)",
                refused("completed_date", "2025-12-10", "status", "COMPLETED").getMessage());
        assertEquals("PV-1105: title has 501 characters; at most 500 are allowed (field title)",
                refused("title", LONG_TEXT).getMessage());
    }

    @Test
    void exactCodesOfTheMilestoneRefusals() {
        assertEquals("PV-1105", ErrorCode.TEXT_TOO_LONG.code());
        assertEquals("PV-1401", ErrorCode.UNKNOWN_PHASE.code());
        assertEquals("PV-1402", ErrorCode.UNKNOWN_AGREEMENT_CATEGORY.code());
        assertEquals("PV-1403", ErrorCode.CATEGORY_IN_WRONG_PHASE.code());
        assertEquals("PV-1404", ErrorCode.MILESTONE_ID_INVALID.code());
        assertEquals("PV-1405", ErrorCode.UNKNOWN_MILESTONE_KIND.code());
        assertEquals("PV-1406", ErrorCode.TITLE_MISSING.code());
        assertEquals("PV-1407", ErrorCode.DATE_INVALID.code());
        assertEquals("PV-1408", ErrorCode.DUE_DATE_MISSING.code());
        assertEquals("PV-1409", ErrorCode.DATE_BEFORE_AGREEMENT.code());
        assertEquals("PV-1410", ErrorCode.COMPLETED_AFTER_REPORTING_YEAR.code());
        assertEquals("PV-1411", ErrorCode.UNKNOWN_MILESTONE_STATUS.code());
        assertEquals("PV-1412", ErrorCode.COMPLETED_DATE_MISSING.code());
        assertEquals("PV-1413", ErrorCode.COMPLETED_DATE_NOT_COMPLETED.code());
        assertEquals("PV-1414", ErrorCode.PORT_CONTROL_INVALID.code());
        assertEquals("PV-1415", ErrorCode.FLEXIBILITY_REFERENCE_MISSING.code());
        assertEquals("PV-1416", ErrorCode.EVIDENCE_REFERENCE_MISSING.code());
    }
}
