package org.portverify.domain.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
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
}
