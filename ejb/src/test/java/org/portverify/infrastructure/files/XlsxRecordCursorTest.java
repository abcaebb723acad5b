package org.portverify.infrastructure.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.submission.SourceRecord;
import org.portverify.domain.submission.SubmissionPart;

class XlsxRecordCursorTest {

    /** Row 1 of the throughput sheet, in inline strings. */
    static final String HEADER = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>data_year</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>teu</t></is></c></row>";

    @TempDir
    Path dir;

    private List<SourceRecord> throughput(boolean date1904, List<String> sharedStrings, String rows)
            throws IOException {
        Path file = HandWrittenXlsx.write(dir.resolve("hand.xlsx"), "throughput", date1904, sharedStrings,
                HEADER + rows);
        List<SourceRecord> records = new ArrayList<>();
        try (RecordCursor cursor = SubmissionPackages.open(file).open(SubmissionPart.THROUGHPUT, 1, 0)) {
            for (SourceRecord record = cursor.next(); record != null; record = cursor.next()) {
                records.add(record);
            }
        }
        return records;
    }

    private static SourceRecord record(long row, String raw, String... values) {
        return new SourceRecord(1, SubmissionPart.THROUGHPUT, row, List.of(values), raw);
    }

    @ParameterizedTest
    @CsvSource({
        "2024, 2024",
        "2024.0, 2024",
        "1.2345E3, 1234.5",
        "1.0296E7, 10296000",
        "88.652, 88.652",
        "88.65200, 88.652",
        "1E-3, 0.001",
        "-0.0, 0",
        "0, 0",
        "100, 100",
        "-12.5, -12.5",
        "0.30000000000000004, 0.30000000000000004",
        "1E+999999999, 1E+999999999", // no billion-digit string from a hostile exponent
        "not a number, not a number"})
    void numbersAreRenderedAsACsvWouldHoldThem(String stored, String rendered) {
        assertEquals(rendered, XlsxRecordCursor.number(stored));
    }

    @Test
    void theRawLineQuotesOnlyWhatCsvRequires() {
        assertEquals(",a b,\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\",#N/A,",
                XlsxRecordCursor.csvLine(List.of("", "a b", "x, y", "say \"hi\"", "two\nlines", "#N/A", "")));
    }

    @Test
    void everyKindOfCellIsRendered() throws IOException {
        List<SourceRecord> records = throughput(false, List.of("2019", "  spaced  "),
                // shared string, number with a plain "0.00" format (not a date)
                "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" s=\"3\"><v>9.5E6</v></c></row>"
                // boolean, formula with its cached string
                + "<row r=\"3\"><c r=\"A3\" t=\"b\"><v>1</v></c>"
                + "<c r=\"B3\" t=\"str\"><f>TEXT(1,\"0\")</f><v>17</v></c></row>"
                // rich inline text with a phonetic run that is not part of the value; an error
                + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><r><t>20</t></r><r><t xml:space=\"preserve\">2 0"
                + "</t></r><rPh sb=\"0\" eb=\"1\"><t>ni</t></rPh></is></c><c r=\"B4\" t=\"e\"><v>#N/A</v></c></row>"
                // a shared string kept with its spaces; a formula with no cached value
                + "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>1</v></c><c r=\"B5\"><f>A5*2</f></c></row>"
                // false
                + "<row r=\"6\"><c r=\"A6\" t=\"b\"><v>0</v></c></row>");
        assertEquals(List.of(
                record(2, "2019,9500000", "2019", "9500000"),
                record(3, "TRUE,17", "TRUE", "17"),
                record(4, "202 0,#N/A", "202 0", "#N/A"),
                record(5, "  spaced  ,", "  spaced  ", ""),
                record(6, "FALSE,", "FALSE", "")), records);
    }

    @Test
    void datesBecomeIsoDatesInEitherDateSystem() throws IOException {
        String rows = "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>46112</v></c><c r=\"B2\" s=\"2\"><v>46112.5</v></c></row>";
        assertEquals(List.of(record(2, "2026-03-31,2026-03-31T12:00", "2026-03-31", "2026-03-31T12:00")),
                throughput(false, List.of(), rows));
        // the same serial numbers count from 1904-01-01 in a workbook saved with the 1904 date system
        assertEquals(List.of(record(2, "2030-04-01,2030-04-01T12:00", "2030-04-01", "2030-04-01T12:00")),
                throughput(true, List.of(), rows));
    }

    @Test
    void cellsArePlacedByReferenceAndMissingOnesAreEmpty() throws IOException {
        List<SourceRecord> records = throughput(false, List.of(),
                "<row r=\"2\"><c r=\"B2\"><v>10296000</v></c></row>"
                // neither rows nor cells need a reference: each follows the previous one
                + "<row><c><v>2024</v></c><c><v>10296000</v></c></row>"
                // a value beyond the header is kept, so that the field-count rule refuses the record
                + "<row r=\"9\"><c r=\"A9\"><v>2024</v></c><c r=\"B9\"><v>1</v></c><c r=\"D9\"><v>2</v></c></row>"
                // formatted but empty cells beyond the header are not values
                + "<row r=\"10\"><c r=\"A10\"><v>2025</v></c><c r=\"B10\"><v>3</v></c><c r=\"C10\" s=\"3\"/></row>");
        assertEquals(List.of(
                record(2, ",10296000", "", "10296000"),
                record(3, "2024,10296000", "2024", "10296000"),
                record(9, "2024,1,,2", "2024", "1", "", "2"),
                record(10, "2025,3", "2025", "3")), records);
    }

    @Test
    void blankRowsAreSkipped() throws IOException {
        List<SourceRecord> records = throughput(false, List.of(" "),
                "<row r=\"2\" spans=\"1:2\" s=\"3\" customFormat=\"1\"/>"
                        + "<row r=\"3\"><c r=\"A3\" s=\"3\"/><c r=\"B3\" t=\"s\"><v>0</v></c></row>"
                        + "<row r=\"4\"><c r=\"A4\"><v>2024</v></c><c r=\"B4\"><v>5</v></c></row>");
        assertEquals(List.of(record(4, "2024,5", "2024", "5")), records);
    }

    @Test
    void anEmptySheetHasNoHeader() throws IOException {
        Path file = HandWrittenXlsx.write(dir.resolve("empty.xlsx"), "throughput", false, List.of(), "");
        SubmissionPackage pkg = SubmissionPackages.open(file);
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> pkg.open(SubmissionPart.THROUGHPUT, 1, 0));
        assertEquals("PV-1003: empty.xlsx, sheet throughput: header must be exactly 'data_year,teu' but is ''",
                violation.getMessage());
    }

    @Test
    void aHeaderOnlySheetHasNoRecords() throws IOException {
        assertEquals(List.of(), throughput(false, List.of(), ""));
    }

    @Test
    void aCellBeyondColumnXfdIsRefused() throws IOException {
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> throughput(false, List.of(), "<row r=\"2\"><c r=\"XFE2\"><v>1</v></c></row>"));
        assertEquals("PV-1008: hand.xlsx, sheet throughput could not be read: "
                + "cell reference 'XFE2' is not a column from A to XFD", violation.getMessage());
    }

    @Test
    void aMissingSharedStringIsRefused() throws IOException {
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> throughput(false, List.of("2024"), "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c></row>"));
        assertEquals("PV-1008: hand.xlsx, sheet throughput could not be read: "
                + "row 2 refers to shared string 5, which does not exist", violation.getMessage());
    }

    @Test
    void entitiesAreNeverExpanded() throws IOException {
        Path file = HandWrittenXlsx.writeRawSheet(dir.resolve("xxe.xlsx"), "throughput",
                "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + HEADER + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row>"
                        + "</sheetData></worksheet>");
        SubmissionPackage pkg = SubmissionPackages.open(file);
        RuleViolation violation = assertThrows(RuleViolation.class, () -> {
            try (RecordCursor cursor = pkg.open(SubmissionPart.THROUGHPUT, 1, 0)) {
                cursor.next();
            }
        });
        // the DTD itself is refused, before any entity could be resolved
        assertEquals(ErrorCode.XML_DTD_REFUSED, violation.code());
    }

    @Test
    void aClosedCursorCanBeClosedAgain() throws IOException {
        Path file = HandWrittenXlsx.write(dir.resolve("twice.xlsx"), "throughput", false, List.of(),
                HEADER + "<row r=\"2\"><c r=\"A2\"><v>2024</v></c><c r=\"B2\"><v>1</v></c></row>");
        RecordCursor cursor = SubmissionPackages.open(file).open(SubmissionPart.THROUGHPUT, 1, 0);
        assertEquals(record(2, "2024,1", "2024", "1"), cursor.next());
        assertNull(cursor.next());
        cursor.close();
        cursor.close();
    }
}
