package org.portverify.reports.tables;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * A table as CSV through the {@link CsvWriter} (RFC 4180, {@link CsvWriter.Quoting#REQUIRED required quoting}): UTF-8
 * without byte order mark, CRLF line ends, a heading row. Text cells are {@linkplain SpreadsheetText#neutralised
 * neutralised}; numbers are written as plain digits.
 */
public final class CsvTables {

    /** The media type of what {@link #write} returns. */
    public static final String MEDIA_TYPE = CsvWriter.MEDIA_TYPE;

    private CsvTables() {
    }

    /** The whole CSV: the exports answer with bytes, so that a failure is still an error answer, not a cut file. */
    public static byte[] write(ReportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(table, bytes);
        return bytes.toByteArray();
    }

    /** Streams the CSV to {@code out}, row by row; {@code out} stays open. */
    public static void write(ReportTable table, OutputStream out) {
        CsvWriter csv = CsvWriter.utf8(out, CsvWriter.Quoting.REQUIRED);
        csv.row(cells(table.headers()));
        table.rows().forEach(row -> csv.row(cells(row)));
        csv.flush();
    }

    private static List<String> cells(List<?> cells) {
        return cells.stream().map(cell -> cell instanceof Number number ? figure(number)
                : SpreadsheetText.neutralised(cell.toString())).toList();
    }

    /** A number as plain digits, never in exponent notation ({@code 0.0001}, not {@code 1E-4}). */
    static String figure(Number number) {
        return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
    }
}
