package org.portverify.domain.submission;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.model.MassUnit;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.model.SubCategory;

class RecordRulesTest {

    private static final long SUBMISSION = 41L;
    private static final long LINE = 17L;
    private static final int REPORTING_YEAR = 2025;

    private static SourceRecord record(SubmissionPart part, List<String> values) {
        return new SourceRecord(SUBMISSION, part, LINE, values, String.join(",", values));
    }

    private static SourceRecord emission(String... values) {
        return record(SubmissionPart.EMISSIONS, List.of(values));
    }

    private static SourceRecord throughput(String... values) {
        return record(SubmissionPart.THROUGHPUT, List.of(values));
    }

    // ---------------------------------------------------------------- emissions.csv

    @Test
    void acceptsAnEmissionRecord() {
        InventoryFigure figure = RecordRules.emission(
                emission("2024", "HARBOR_CRAFT", "", "PM2.5", "12.500", "metric_tons"), REPORTING_YEAR);
        assertAll(
                () -> assertEquals(SUBMISSION, figure.getSubmissionId()),
                () -> assertEquals(LINE, figure.getSourceLine()),
                () -> assertEquals(2024, figure.getDataYear()),
                () -> assertEquals(SourceCategory.HARBOR_CRAFT, figure.getCategory()),
                () -> assertNull(figure.getSubCategory()),
                () -> assertEquals(Pollutant.PM2_5, figure.getPollutant()),
                () -> assertEquals(MassUnit.METRIC_TONS, figure.getUnit()),
                // kept exactly as submitted, in its own unit (conversion happens in the metrics)
                () -> assertEquals("12.500", figure.getValue().toPlainString()));
    }

    @Test
    void fieldsAreTrimmed() {
        InventoryFigure figure = RecordRules.emission(
                emission(" 2005 ", " OGV", "", "CO2e ", " 740250.000 ", " metric_tons "), REPORTING_YEAR);
        assertEquals(2005, figure.getDataYear());
        assertEquals(SourceCategory.OGV, figure.getCategory());
        assertEquals(Pollutant.CO2E, figure.getPollutant());
        assertEquals(0, new BigDecimal("740250").compareTo(figure.getValue()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2005", "2025"}) // the baseline year and the reporting year itself are both allowed
    void acceptsBoundaryYears(String year) {
        InventoryFigure figure = RecordRules.emission(emission(year, "CHE", "", "DPM", "0", "short_tons"),
                REPORTING_YEAR);
        assertEquals(Integer.parseInt(year), figure.getDataYear());
        assertEquals(0, figure.getValue().signum()); // zero is a valid figure, only negatives are refused
    }

    static Stream<Arguments> refusedEmissions() {
        return Stream.of(
                Arguments.of(List.of("2024", "OGV", "", "DPM", "1.0"), ErrorCode.WRONG_FIELD_COUNT, "(record)"),
                Arguments.of(List.of("2024", "OGV", "", "DPM", "1.0", "short_tons", "x"),
                        ErrorCode.WRONG_FIELD_COUNT, "(record)"),
                Arguments.of(List.of("20x4", "OGV", "", "DPM", "1.0", "short_tons"),
                        ErrorCode.DATA_YEAR_NOT_A_YEAR, "data_year"),
                Arguments.of(List.of("2024.0", "OGV", "", "DPM", "1.0", "short_tons"),
                        ErrorCode.DATA_YEAR_NOT_A_YEAR, "data_year"),
                Arguments.of(List.of("", "OGV", "", "DPM", "1.0", "short_tons"),
                        ErrorCode.DATA_YEAR_NOT_A_YEAR, "data_year"),
                Arguments.of(List.of("2026", "OGV", "", "DPM", "1.0", "short_tons"),  // 2026 > 2025
                        ErrorCode.DATA_YEAR_AFTER_REPORTING_YEAR, "data_year"),
                Arguments.of(List.of("2004", "OGV", "", "DPM", "1.0", "short_tons"),  // 2004 < 2005
                        ErrorCode.DATA_YEAR_BEFORE_BASELINE, "data_year"),
                Arguments.of(List.of("2024", "Harbor craft", "", "DPM", "1.0", "short_tons"),
                        ErrorCode.UNKNOWN_CATEGORY, "category"),
                Arguments.of(List.of("2024", "ogv", "", "DPM", "1.0", "short_tons"),   // codes are case-sensitive
                        ErrorCode.UNKNOWN_CATEGORY, "category"),
                Arguments.of(List.of("2024", "OGV", "", "NO2", "1.0", "short_tons"),
                        ErrorCode.UNKNOWN_POLLUTANT, "pollutant"),
                Arguments.of(List.of("2024", "OGV", "", "pm2.5", "1.0", "short_tons"),
                        ErrorCode.UNKNOWN_POLLUTANT, "pollutant"),
                Arguments.of(List.of("2024", "OGV", "", "DPM", "1,0", "short_tons"),
                        ErrorCode.VALUE_NOT_A_NUMBER, "value"),
                Arguments.of(List.of("2024", "OGV", "", "DPM", "", "short_tons"),
                        ErrorCode.VALUE_NOT_A_NUMBER, "value"),
                Arguments.of(List.of("2024", "OGV", "", "DPM", "NaN", "short_tons"),
                        ErrorCode.VALUE_NOT_A_NUMBER, "value"),
                Arguments.of(List.of("2024", "OGV", "", "DPM", "-0.001", "short_tons"),
                        ErrorCode.VALUE_NEGATIVE, "value"),
                Arguments.of(List.of("2024", "OGV", "", "DPM", "1.0", ""),
                        ErrorCode.UNIT_MISSING, "unit"),
                Arguments.of(List.of("2024", "OGV", "", "DPM", "1.0", "  "),
                        ErrorCode.UNIT_MISSING, "unit"),
                Arguments.of(List.of("2024", "OGV", "", "DPM", "1.0", "lbs"),
                        ErrorCode.UNKNOWN_UNIT, "unit"),
                Arguments.of(List.of("2024", "CHE", "TERMINAL", "DPM", "1.0", "short_tons"),
                        ErrorCode.UNKNOWN_SUB_CATEGORY, "sub_category"),
                Arguments.of(List.of("2024", "CHE", "container_terminal", "DPM", "1.0", "short_tons"),
                        ErrorCode.UNKNOWN_SUB_CATEGORY, "sub_category"),
                Arguments.of(List.of("2024", "OGV", "CONTAINER_TERMINAL", "DPM", "1.0", "short_tons"),
                        ErrorCode.SUB_CATEGORY_OF_ANOTHER_CATEGORY, "sub_category"),
                Arguments.of(List.of("2024", "CHE", "DREDGING", "DPM", "1.0", "short_tons"),
                        ErrorCode.SUB_CATEGORY_OF_ANOTHER_CATEGORY, "sub_category"),
                // the first rule broken wins: the category is checked before the value
                Arguments.of(List.of("2024", "XYZ", "", "DPM", "-1", "lbs"),
                        ErrorCode.UNKNOWN_CATEGORY, "category"),
                // and the sub-category before the pollutant
                Arguments.of(List.of("2024", "HDV", "SWITCHER", "NO2", "1.0", "short_tons"),
                        ErrorCode.SUB_CATEGORY_OF_ANOTHER_CATEGORY, "sub_category"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "CHE,          CONTAINER_TERMINAL",
            "CHE,          NON_CONTAINER_TERMINAL",
            "HARBOR_CRAFT, DREDGING",
            "LOCOMOTIVE,   SWITCHER",
    })
    void acceptsEverySubCategoryInItsCategory(SourceCategory category, SubCategory subCategory) {
        InventoryFigure figure = RecordRules.emission(
                emission("2024", category.code(), " " + subCategory.code() + " ", "NOx", "3.5", "short_tons"),
                REPORTING_YEAR);
        assertEquals(category, figure.getCategory());
        assertEquals(subCategory, figure.getSubCategory());
    }

    @Test
    void anEmptySubCategoryIsTheCategoryAsAWhole() {
        InventoryFigure figure = RecordRules.emission(emission("2024", "CHE", "  ", "NOx", "3.5", "short_tons"),
                REPORTING_YEAR);
        assertNull(figure.getSubCategory());
    }

    @Test
    void subCategoryRefusalsListTheAllowedOnesAndTheOwningCategory() {
        RecordRejected unknown = assertThrows(RecordRejected.class, () -> RecordRules.emission(
                emission("2024", "CHE", "RTG", "NOx", "3.5", "short_tons"), REPORTING_YEAR));
        assertEquals("PV-1207: Unknown sub-category 'RTG'; allowed: CONTAINER_TERMINAL, NON_CONTAINER_TERMINAL,"
                + " DREDGING, SWITCHER, or empty for the category as a whole (field sub_category)",
                unknown.getMessage());
        RecordRejected misplaced = assertThrows(RecordRejected.class, () -> RecordRules.emission(
                emission("2024", "OGV", "DREDGING", "NOx", "3.5", "short_tons"), REPORTING_YEAR));
        assertEquals("PV-1208: Sub-category DREDGING is a part of HARBOR_CRAFT, not of OGV (field sub_category)",
                misplaced.getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1} on {2}")
    @MethodSource("refusedEmissions")
    void refusesEmissionRecords(List<String> values, ErrorCode code, String field) {
        RecordRejected rejected = assertThrows(RecordRejected.class,
                () -> RecordRules.emission(record(SubmissionPart.EMISSIONS, values), REPORTING_YEAR));
        assertEquals(code, rejected.finding().code());
        assertEquals(field, rejected.finding().field());
        assertReasonAndMessage(rejected);
    }

    @Test
    void exactCodesOfTheEmissionRefusals() {
        assertEquals("PV-1101", ErrorCode.WRONG_FIELD_COUNT.code());
        assertEquals("PV-1102", ErrorCode.DATA_YEAR_NOT_A_YEAR.code());
        assertEquals("PV-1103", ErrorCode.DATA_YEAR_AFTER_REPORTING_YEAR.code());
        assertEquals("PV-1104", ErrorCode.DATA_YEAR_BEFORE_BASELINE.code());
        assertEquals("PV-1201", ErrorCode.UNKNOWN_CATEGORY.code());
        assertEquals("PV-1202", ErrorCode.UNKNOWN_POLLUTANT.code());
        assertEquals("PV-1203", ErrorCode.VALUE_NOT_A_NUMBER.code());
        assertEquals("PV-1204", ErrorCode.VALUE_NEGATIVE.code());
        assertEquals("PV-1205", ErrorCode.UNIT_MISSING.code());
        assertEquals("PV-1206", ErrorCode.UNKNOWN_UNIT.code());
        assertEquals("PV-1207", ErrorCode.UNKNOWN_SUB_CATEGORY.code());
        assertEquals("PV-1208", ErrorCode.SUB_CATEGORY_OF_ANOTHER_CATEGORY.code());
        assertEquals("PV-1301", ErrorCode.TEU_NOT_A_NUMBER.code());
        assertEquals("PV-1302", ErrorCode.TEU_NOT_POSITIVE.code());
    }

    @Test
    void reasonIsActionableAndHasNoCode() {
        RecordRejected rejected = assertThrows(RecordRejected.class, () -> RecordRules.emission(
                emission("2024", "OGV", "", "NO2", "1.0", "short_tons"), REPORTING_YEAR));
        String reason = "Unknown pollutant 'NO2'; allowed: DPM, PM10, PM2.5, NOx, SOx, CO, HC, CO2e, CO2, CH4, N2O";
        assertEquals(reason, rejected.finding().message());
        assertEquals("PV-1202: " + reason + " (field pollutant)", rejected.getMessage());
    }

    @Test
    void wrongFieldCountSaysHowMany() {
        RecordRejected rejected = assertThrows(RecordRejected.class, () -> RecordRules.emission(
                emission("2024", "OGV", "", "DPM", "1.0"), REPORTING_YEAR));
        assertEquals("Expected 6 fields but found 5", rejected.finding().message());
        assertEquals("PV-1101: Expected 6 fields but found 5 (field (record))", rejected.getMessage());
    }

    @Test
    void dataYearAfterReportingYearNamesBoth() {
        RecordRejected rejected = assertThrows(RecordRejected.class, () -> RecordRules.emission(
                emission("2026", "OGV", "", "DPM", "1.0", "short_tons"), REPORTING_YEAR));
        assertEquals("Data year 2026 is after the reporting year 2025", rejected.finding().message());
    }

    // ---------------------------------------------------------------- throughput.csv

    @Test
    void acceptsAThroughputRecord() {
        Throughput throughput = RecordRules.throughput(throughput("2024", "10296000"), REPORTING_YEAR);
        assertEquals(SUBMISSION, throughput.getSubmissionId());
        assertEquals(LINE, throughput.getSourceLine());
        assertEquals(2024, throughput.getDataYear());
        assertEquals(10_296_000L, throughput.getTeu());
    }

    static Stream<Arguments> refusedThroughput() {
        return Stream.of(
                Arguments.of(List.of("2024"), ErrorCode.WRONG_FIELD_COUNT, "(record)"),
                Arguments.of(List.of("2024", "12000", "x"), ErrorCode.WRONG_FIELD_COUNT, "(record)"),
                Arguments.of(List.of("year", "12000"), ErrorCode.DATA_YEAR_NOT_A_YEAR, "data_year"),
                Arguments.of(List.of("2030", "12000"), ErrorCode.DATA_YEAR_AFTER_REPORTING_YEAR, "data_year"),
                Arguments.of(List.of("1999", "12000"), ErrorCode.DATA_YEAR_BEFORE_BASELINE, "data_year"),
                Arguments.of(List.of("2024", "12,000x"), ErrorCode.TEU_NOT_A_NUMBER, "teu"),
                Arguments.of(List.of("2024", "12,000"), ErrorCode.TEU_NOT_A_NUMBER, "teu"),
                Arguments.of(List.of("2024", "12000.5"), ErrorCode.TEU_NOT_A_NUMBER, "teu"),
                Arguments.of(List.of("2024", ""), ErrorCode.TEU_NOT_A_NUMBER, "teu"),
                Arguments.of(List.of("2024", "0"), ErrorCode.TEU_NOT_POSITIVE, "teu"),
                Arguments.of(List.of("2024", "-5"), ErrorCode.TEU_NOT_POSITIVE, "teu"));
    }

    @ParameterizedTest(name = "{0} -> {1} on {2}")
    @MethodSource("refusedThroughput")
    void refusesThroughputRecords(List<String> values, ErrorCode code, String field) {
        RecordRejected rejected = assertThrows(RecordRejected.class,
                () -> RecordRules.throughput(record(SubmissionPart.THROUGHPUT, values), REPORTING_YEAR));
        assertEquals(code, rejected.finding().code());
        assertEquals(field, rejected.finding().field());
        assertReasonAndMessage(rejected);
    }

    @Test
    void teuRefusalsQuoteTheSubmittedText() {
        RecordRejected notNumber = assertThrows(RecordRejected.class,
                () -> RecordRules.throughput(throughput("2024", "12,000x"), REPORTING_YEAR));
        assertEquals("TEU '12,000x' is not a whole number", notNumber.finding().message());
        assertEquals("PV-1301: TEU '12,000x' is not a whole number (field teu)", notNumber.getMessage());
        RecordRejected zero = assertThrows(RecordRejected.class,
                () -> RecordRules.throughput(throughput("2024", "0"), REPORTING_YEAR));
        assertEquals("PV-1302: TEU 0 must be greater than zero (field teu)", zero.getMessage());
    }

    // ---------------------------------------------------------------- the rejected record kept for port staff

    @Test
    void rejectedRecordKeepsLineFieldCodeReasonAndRawText() {
        SourceRecord source = emission("2024", "OGV", "", "DPM", "1.0", "lbs");
        RecordRejected rejection = assertThrows(RecordRejected.class,
                () -> RecordRules.emission(source, REPORTING_YEAR));
        RejectedRecord kept = new RejectedRecord(source.submissionId(), rejection.finding());
        assertEquals(source.submissionId(), kept.getSubmissionId());
        assertEquals("emissions.csv", kept.finding().fileName());
        assertEquals(LINE, kept.finding().line());
        assertEquals("unit", kept.finding().field());
        assertEquals("PV-1206", kept.finding().code().code());
        assertEquals("Unknown unit 'lbs'; allowed: short_tons, metric_tons", kept.finding().message());
        assertEquals("2024,OGV,,DPM,1.0,lbs", kept.finding().rawLine());
        assertEquals("lbs", kept.finding().value());
        assertEquals(rejection.finding(), kept.finding());
    }

    private static void assertReasonAndMessage(RecordRejected rejected) {
        String code = rejected.finding().code().code();
        assertFalse(rejected.finding().message().contains("PV-"), rejected.finding().message());
        assertTrue(rejected.getMessage().startsWith(code + ": "), rejected.getMessage());
        assertTrue(rejected.getMessage().endsWith("(field " + rejected.finding().field() + ")"), rejected.getMessage());
    }
}
