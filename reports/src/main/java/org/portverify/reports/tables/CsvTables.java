package org.portverify.reports.tables;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * A table as CSV (RFC 4180): UTF-8 without byte order mark, CRLF line ends, a heading row, a field quoted when it
 * holds a comma, a quote, CR or LF (quotes doubled). Text cells are {@linkplain SpreadsheetText#neutralised
 * neutralised}; numbers are written as plain digits.
 */
public final class CsvTables {

    /** The media type of what {@link #write} returns. */
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private CsvTables() {
    }

    public static byte[] write(ReportTable table) {
        StringBuilder csv = new StringBuilder();
        line(csv, table.headers());
        table.rows().forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, java.util.List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object cell = cells.get(i);
            csv.append(cell instanceof Number number ? figure(number)
                    : field(SpreadsheetText.neutralised(cell.toString())));
        }
        csv.append("\r\n");
    }

    /** A number as plain digits, never in exponent notation ({@code 0.0001}, not {@code 1E-4}). */
    static String figure(Number number) {
        return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
    }

    static String field(String text) {
        boolean quoted = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf('\n') >= 0;
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
