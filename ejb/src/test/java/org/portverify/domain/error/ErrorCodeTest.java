package org.portverify.domain.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorCodeTest {

    private static final Pattern CODE = Pattern.compile("^PV-\\d{4}$");

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyCodeIsPvAndFourDigits(ErrorCode code) {
        assertTrue(CODE.matcher(code.code()).matches(), code + " has code " + code.code());
    }

    @Test
    void codesAreUnique() {
        Map<String, Long> counts = Arrays.stream(ErrorCode.values())
                .collect(Collectors.groupingBy(ErrorCode::code, Collectors.counting()));
        Map<String, Long> duplicates = counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of(), duplicates);
        assertEquals(ErrorCode.values().length, Arrays.stream(ErrorCode.values())
                .collect(Collectors.toMap(ErrorCode::code, Function.identity())).size());
    }

    @Test
    void aStoredCodeGivesBackItsEntry() {
        org.junit.jupiter.api.Assertions.assertSame(ErrorCode.VALUE_NEGATIVE, ErrorCode.of("PV-1204"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> ErrorCode.of("PV-9999"));
    }

    @Test
    void entriesAreInCodeOrder() {
        List<String> codes = Arrays.stream(ErrorCode.values()).map(ErrorCode::code).toList();
        assertEquals(codes.stream().sorted(Comparator.naturalOrder()).toList(), codes);
    }

    /** Only the statuses the REST API describes; anything else would be an undeliberate answer. */
    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyCodeHasAStatusTheApiAnswersWith(ErrorCode code) {
        // 405, 413 and 415: the web edge's refusals of a method, a body over the upload limit and a content type;
        // 429: the public view's rate limit; 503: a font the server lacks (PV-5004), for its administrator to install
        assertTrue(Set.of(400, 403, 404, 405, 409, 413, 415, 422, 429, 500, 503).contains(code.httpStatus()),
                code + " " + code.httpStatus());
    }

    /** The answers the REST API gave when the mapper still listed them, now read from the catalogue. */
    @Test
    void requestRefusalsKeepTheirStatus() {
        Map<Integer, List<ErrorCode>> expected = Map.of(
                404, List.of(ErrorCode.EXECUTION_NOT_FOUND, ErrorCode.REPORT_NOT_FOUND, ErrorCode.SUBMISSION_NOT_FOUND,
                        ErrorCode.TABLE_NOT_FOUND, ErrorCode.REPORT_OF_RUN_NOT_FOUND),
                500, List.of(ErrorCode.TABLE_NOT_EXPORTABLE, ErrorCode.TABLE_EXPORT_FAILED,
                        ErrorCode.REPORT_RENDERING_FAILED),
                400, List.of(ErrorCode.PARAMETER_INVALID, ErrorCode.UPLOAD_MISSING, ErrorCode.GHG_REFERENCE_INVALID,
                        ErrorCode.TREND_WINDOW_INVALID, ErrorCode.BASELINE_TOLERANCE_INVALID),
                403, List.of(ErrorCode.OTHER_PORT),
                409, List.of(ErrorCode.NO_SUBMISSION, ErrorCode.RUN_ALREADY_STARTED, ErrorCode.RESTART_REFUSED,
                        ErrorCode.REVERIFICATION_REFUSED, ErrorCode.PINNED_SUBMISSION_INVALID,
                        ErrorCode.REPORT_DATA_CHANGED, ErrorCode.RULES_NOT_IN_FORCE, ErrorCode.NO_RULES_IN_FORCE,
                        ErrorCode.RULES_AMBIGUOUS, ErrorCode.LEDGER_YEAR_AFTER_AS_OF));
        expected.forEach((status, codes) -> codes.forEach(code -> assertEquals(status, code.httpStatus(),
                code.toString())));
    }

    @Test
    void logCodesGiveTheirLogLines() {
        assertEquals("PV-0001: schema at version 12, 3 migration(s) applied",
                ErrorCode.SCHEMA_MIGRATED.message("12", 3));
        assertEquals("PV-0101: POLA 2025: ACCEPTED - fine", ErrorCode.SUBMISSION_REGISTERED.message("POLA", 2025,
                "ACCEPTED", "fine"));
        assertEquals("PV-0102: submission 41 ACCEPTED", ErrorCode.SUBMISSION_CLOSED.message(41L, "ACCEPTED"));
    }

    @Test
    void messageCarriesTheCodeAndReasonDoesNot() {
        assertEquals("PV-1204: Value -3 is negative; emissions cannot be below zero",
                ErrorCode.VALUE_NEGATIVE.message("-3"));
        assertEquals("Value -3 is negative; emissions cannot be below zero", ErrorCode.VALUE_NEGATIVE.reason("-3"));
    }

    @Test
    void ruleViolationCarriesItsCode() {
        RuleViolation violation = new RuleViolation(ErrorCode.THROUGHPUT_MISSING, 2020);
        assertEquals(ErrorCode.THROUGHPUT_MISSING, violation.code());
        assertEquals("PV-3003: No TEU throughput for data year 2020", violation.getMessage());
    }

    /** A refusal the submitter can correct is not a server failure; one it cannot (a 500) lets it upload again. */
    @Test
    void serverFailuresAreTheFiveHundreds() {
        assertTrue(ErrorCode.INGEST_FAILED.isServerFailure());
        assertTrue(ErrorCode.FAILURE_INJECTED.isServerFailure());
        assertFalse(ErrorCode.LINE_TOO_LONG.isServerFailure());
        assertFalse(ErrorCode.INGEST_STOPPED_AT_TOLERANCE.isServerFailure());
    }
}
