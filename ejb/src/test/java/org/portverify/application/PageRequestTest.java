package org.portverify.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/** A page of a version's findings: 100 from the first by default, at most 1000. */
class PageRequestTest {

    @Test
    void absentParametersAreTheFirstPageOf100() {
        assertEquals(new PageRequest(0, 100), PageRequest.of(null, null));
        assertEquals(new PageRequest(40, 1000), PageRequest.of(" 40 ", "1000"));
    }

    @ParameterizedTest
    @CsvSource({"-1, 10", "0, 0", "0, 1001", "x, 10", "0, ten"})
    void anythingElseIsRefusedWithPv4022(String offset, String limit) {
        assertEquals(ErrorCode.PAGE_INVALID,
                assertThrows(RuleViolation.class, () -> PageRequest.of(offset, limit)).code());
    }
}
