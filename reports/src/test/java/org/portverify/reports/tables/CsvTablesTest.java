package org.portverify.reports.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTablesTest {

    private static String csv(ReportTable table) {
        return new String(CsvTables.write(table), StandardCharsets.UTF_8);
    }

    @Test
    void headingRowThenRowsWithCrlfLineEnds() {
        ReportTable table = new ReportTable("penalty-totals", List.of("Port", "This year", "To date"),
                List.of(List.of("Port of Long Beach", "$100,000", "$300,000")));
        assertEquals("Port,This year,To date\r\nPort of Long Beach,\"$100,000\",\"$300,000\"\r\n", csv(table));
    }

    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreQuotedQuotesDoubled() {
        ReportTable table = new ReportTable("t", List.of("A", "B", "C", "D"),
                List.of(List.of("say \"hi\"", "two\nlines", "cr\rhere", "plain")));
        assertEquals("A,B,C,D\r\n\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",plain\r\n", csv(table));
    }

    @Test
    void wholeNumbersAreDigitsAndTextIsUtf8() {
        ReportTable table = new ReportTable("t", List.of("Line", "Reason"),
                List.of(List.of(418L, "São Paulo – 12 µg/m³")));
        byte[] bytes = CsvTables.write(table);
        assertEquals("Line,Reason\r\n418,São Paulo – 12 µg/m³\r\n", new String(bytes, StandardCharsets.UTF_8));
        // no byte order mark: the first byte is the 'L' of the heading
        assertEquals('L', bytes[0]);
    }

    @Test
    void formulaTextIsNeutralisedAndSignedFiguresAreNot() {
        ReportTable table = new ReportTable("t", List.of("Reason", "Change", "Tab"),
                List.of(List.of("=HYPERLINK(\"http://x.test\",\"x\")", "-90%", "\tx")));
        assertEquals("Reason,Change,Tab\r\n\"'=HYPERLINK(\"\"http://x.test\"\",\"\"x\"\")\",-90%,'\tx\r\n",
                csv(table));
    }

    @Test
    void decimalsArePlainDigits() {
        ReportTable table = new ReportTable("t", List.of("Value"),
                List.of(List.of(new java.math.BigDecimal("1.0E-4")), List.of(new java.math.BigDecimal("-15370.0"))));
        assertEquals("Value\r\n0.00010\r\n-15370.0\r\n", csv(table));
    }

    @Test
    void anEmptyTableIsItsHeading() {
        assertEquals("Port,Rule\r\n", csv(new ReportTable("defaults", List.of("Port", "Rule"), List.of())));
    }
}
