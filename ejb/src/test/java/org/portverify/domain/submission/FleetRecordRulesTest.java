package org.portverify.domain.submission;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.model.CapacityUnit;
import org.portverify.domain.model.SourceCategory;

/** {@link RecordRules#fleet}: data_year, category, ze_units, total_units, chargers, capacity, capacity_unit. */
class FleetRecordRulesTest {

    private static final long SUBMISSION = 41L;
    private static final long LINE = 9L;
    private static final int REPORTING_YEAR = 2025;

    private static SourceRecord fleet(String... values) {
        return new SourceRecord(SUBMISSION, SubmissionPart.FLEET, LINE, List.of(values), String.join(",", values));
    }

    @Test
    void acceptsAFleetRecord() {
        FleetFigure figure = RecordRules.fleet(fleet("2025", "CHE", "20", "100", "12", "4.50", "MW"),
                REPORTING_YEAR);
        assertAll(
                () -> assertEquals(SUBMISSION, figure.getSubmissionId()),
                () -> assertEquals(LINE, figure.getSourceLine()),
                () -> assertEquals(2025, figure.getDataYear()),
                () -> assertEquals(SourceCategory.CHE, figure.getCategory()),
                () -> assertEquals(20L, figure.getZeUnits()),
                () -> assertEquals(100L, figure.getTotalUnits()),
                () -> assertEquals(12L, figure.getChargers()),
                () -> assertEquals("4.50", figure.getCapacity().toPlainString()),
                () -> assertEquals(CapacityUnit.MW, figure.getCapacityUnit()));
    }

    @Test
    void acceptsZerosAHydrogenCapacityAndAnAllZeroEmissionFleet() {
        FleetFigure none = RecordRules.fleet(fleet("2017", "HDV", "0", "0", "0", "0", "MW"), REPORTING_YEAR);
        assertEquals(0L, none.getTotalUnits());
        FleetFigure hydrogen = RecordRules.fleet(fleet(" 2025 ", " HDV ", " 40 ", " 40 ", " 0 ", " 1200 ",
                " KG_H2_PER_DAY "), REPORTING_YEAR);
        assertEquals(40L, hydrogen.getZeUnits());
        assertEquals(40L, hydrogen.getTotalUnits());
        assertEquals(CapacityUnit.KG_H2_PER_DAY, hydrogen.getCapacityUnit());
    }

    static Stream<Arguments> refusedFleet() {
        return Stream.of(
                Arguments.of(List.of("2025", "CHE", "20", "100", "12", "4.5"), ErrorCode.WRONG_FIELD_COUNT,
                        "(record)"),
                Arguments.of(List.of("25", "CHE", "20", "100", "12", "4.5", "MW", ""), ErrorCode.WRONG_FIELD_COUNT,
                        "(record)"),
                Arguments.of(List.of("y2025", "CHE", "20", "100", "12", "4.5", "MW"),
                        ErrorCode.DATA_YEAR_NOT_A_YEAR, "data_year"),
                Arguments.of(List.of("2026", "CHE", "20", "100", "12", "4.5", "MW"),
                        ErrorCode.DATA_YEAR_AFTER_REPORTING_YEAR, "data_year"),
                Arguments.of(List.of("2004", "CHE", "20", "100", "12", "4.5", "MW"),
                        ErrorCode.DATA_YEAR_BEFORE_BASELINE, "data_year"),
                Arguments.of(List.of("2025", "CHE_CONTAINER", "20", "100", "12", "4.5", "MW"),
                        ErrorCode.UNKNOWN_CATEGORY, "category"),
                Arguments.of(List.of("2025", "CHE", "1.5", "100", "12", "4.5", "MW"),
                        ErrorCode.COUNT_NOT_A_WHOLE_NUMBER, "ze_units"),
                Arguments.of(List.of("2025", "CHE", "", "100", "12", "4.5", "MW"),
                        ErrorCode.COUNT_NOT_A_WHOLE_NUMBER, "ze_units"),
                Arguments.of(List.of("2025", "CHE", "-1", "100", "12", "4.5", "MW"),
                        ErrorCode.COUNT_NEGATIVE, "ze_units"),
                Arguments.of(List.of("2025", "CHE", "20", "1e2", "12", "4.5", "MW"),
                        ErrorCode.COUNT_NOT_A_WHOLE_NUMBER, "total_units"),
                Arguments.of(List.of("2025", "CHE", "20", "-100", "12", "4.5", "MW"),
                        ErrorCode.COUNT_NEGATIVE, "total_units"),
                Arguments.of(List.of("2025", "CHE", "101", "100", "12", "4.5", "MW"),
                        ErrorCode.ZE_UNITS_EXCEED_TOTAL, "ze_units"),
                Arguments.of(List.of("2025", "CHE", "20", "100", "12.0", "4.5", "MW"),
                        ErrorCode.COUNT_NOT_A_WHOLE_NUMBER, "chargers"),
                Arguments.of(List.of("2025", "CHE", "20", "100", "-3", "4.5", "MW"),
                        ErrorCode.COUNT_NEGATIVE, "chargers"),
                Arguments.of(List.of("2025", "CHE", "20", "100", "12", "", "MW"),
                        ErrorCode.CAPACITY_NOT_A_NUMBER, "capacity"),
                Arguments.of(List.of("2025", "CHE", "20", "100", "12", "4,5", "MW"),
                        ErrorCode.CAPACITY_NOT_A_NUMBER, "capacity"),
                Arguments.of(List.of("2025", "CHE", "20", "100", "12", "-0.1", "MW"),
                        ErrorCode.CAPACITY_NEGATIVE, "capacity"),
                Arguments.of(List.of("2025", "CHE", "20", "100", "12", "4.5", ""),
                        ErrorCode.CAPACITY_UNIT_MISSING, "capacity_unit"),
                Arguments.of(List.of("2025", "CHE", "20", "100", "12", "4.5", "mw"),
                        ErrorCode.UNKNOWN_CAPACITY_UNIT, "capacity_unit"),
                Arguments.of(List.of("2025", "CHE", "20", "100", "12", "4.5", "kW"),
                        ErrorCode.UNKNOWN_CAPACITY_UNIT, "capacity_unit"));
    }

    @ParameterizedTest(name = "{0} -> {1} on {2}")
    @MethodSource("refusedFleet")
    void refusesFleetRecords(List<String> values, ErrorCode code, String field) {
        RecordRejected rejected = assertThrows(RecordRejected.class,
                () -> RecordRules.fleet(fleet(values.toArray(String[]::new)), REPORTING_YEAR));
        assertEquals(code, rejected.finding().code());
        assertEquals(field, rejected.finding().field());
    }

    @Test
    void refusalsSayWhatIsWrong() {
        assertEquals("PV-1503: ze_units 101 exceed total_units 100; zero-emission units are counted in the total"
                + " (field ze_units)", refused("2025", "CHE", "101", "100", "12", "4.5", "MW").getMessage());
        assertEquals("PV-1502: chargers -3 is negative; a count cannot be below zero (field chargers)",
                refused("2025", "CHE", "20", "100", "-3", "4.5", "MW").getMessage());
        assertEquals("PV-1501: total_units '1e2' is not a whole number (field total_units)",
                refused("2025", "CHE", "20", "1e2", "12", "4.5", "MW").getMessage());
        assertEquals("PV-1506: The capacity unit is missing; every row states MW or KG_H2_PER_DAY"
                + " (field capacity_unit)", refused("2025", "CHE", "20", "100", "12", "4.5", "").getMessage());
        assertEquals("PV-1507: Unknown capacity unit 'kW'; allowed: MW, KG_H2_PER_DAY (field capacity_unit)",
                refused("2025", "CHE", "20", "100", "12", "4.5", "kW").getMessage());
    }

    @Test
    void exactCodesOfTheFleetRefusals() {
        assertEquals("PV-1501", ErrorCode.COUNT_NOT_A_WHOLE_NUMBER.code());
        assertEquals("PV-1502", ErrorCode.COUNT_NEGATIVE.code());
        assertEquals("PV-1503", ErrorCode.ZE_UNITS_EXCEED_TOTAL.code());
        assertEquals("PV-1504", ErrorCode.CAPACITY_NOT_A_NUMBER.code());
        assertEquals("PV-1505", ErrorCode.CAPACITY_NEGATIVE.code());
        assertEquals("PV-1506", ErrorCode.CAPACITY_UNIT_MISSING.code());
        assertEquals("PV-1507", ErrorCode.UNKNOWN_CAPACITY_UNIT.code());
    }

    private static RecordRejected refused(String... values) {
        return assertThrows(RecordRejected.class, () -> RecordRules.fleet(fleet(values), REPORTING_YEAR));
    }
}
