package org.portverify.reports.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "=HYPERLINK(\"http://x.test\",\"click\")", "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)", "\t=1", "\r=1", "-", "+", "-1e5", "- 4", "-12%A1", "-12,34",
            "-1,2345", "+3.", "-.5", "--1", "-$50,000", "-12 %"})
    void textThatStartsLikeAFormulaGetsAnApostrophe(String text) {
        assertEquals("'" + text, SpreadsheetText.neutralised(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-90%", "-12%", "+3.4", "-93%", "+0%", "-1,234.5", "-1,234,567%", "+12", "-0.25",
            "-1234.5"})
    void signedFiguresStayReadable(String figure) {
        assertEquals(figure, SpreadsheetText.neutralised(figure));
    }

    @ParameterizedTest
    @CsvSource(quoteCharacter = '"', value = {"Port of Los Angeles", "n/a", "$50,000", "1,062.0", "2025-12-15",
            "POLB-P1-01", "PV-1204", "' already quoted", "a=b", "x-1"})
    void otherTextIsUnchanged(String text) {
        assertEquals(text, SpreadsheetText.neutralised(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void emptyOrMissingTextIsUnchanged(String text) {
        // a validation finding without a value (a missing field) has no text to neutralise
        assertEquals(text, SpreadsheetText.neutralised(text));
    }
}
