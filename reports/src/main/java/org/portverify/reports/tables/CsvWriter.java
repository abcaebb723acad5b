package org.portverify.reports.tables;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Every CSV the application serves, written row by row: RFC 4180 with CRLF line ends, UTF-8 without byte order mark
 * (when given an {@link OutputStream}), a field in quotes with its quotes doubled when the {@link Quoting} asks for
 * it. A {@code null} cell is an empty field; any other cell is its {@code toString()}, so the caller formats figures.
 * Spreadsheet-formula text is neutralised per {@link Column column} ({@link SpreadsheetText}), or by the caller for
 * cells it writes with {@link #row(List)}.
 *
 * <p>The writer does not close what it writes to: the caller owns the stream.
 */
public final class CsvWriter {

    /** The media type of a CSV answer. */
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    /** When a field goes in quotes. */
    public enum Quoting {
        /** Only where RFC 4180 requires it: a field holding a comma, a quote, CR or LF. The report tables. */
        REQUIRED,
        /**
         * Also a field starting with a character up to {@code #} (space, control characters, {@code !}, {@code "},
         * {@code #}), one ending with a space or control character, and an empty (not null) first field of a row:
         * what the validation report and the progress exports have written since they were built on Commons CSV
         * (RFC4180 format, minimal quoting), kept so their bytes do not change.
         */
        CAUTIOUS
    }

    /**
     * One column of rows of type {@code T}: its heading and how a row gives its cell. A text column's cells are
     * neutralised ({@link SpreadsheetText}); a value column's (enums, codes, counts, formatted figures) are written as
     * they are.
     */
    public record Column<T>(String heading, Function<? super T, ?> cell, boolean text) {

        public static <T> Column<T> value(String heading, Function<? super T, ?> cell) {
            return new Column<>(heading, cell, false);
        }

        public static <T> Column<T> text(String heading, Function<? super T, String> cell) {
            return new Column<>(heading, cell, true);
        }

        Object of(T row) {
            Object value = cell.apply(row);
            return text ? SpreadsheetText.neutralised((String) value) : value;
        }
    }

    private final Writer out;
    private final Quoting quoting;

    public CsvWriter(Writer out, Quoting quoting) {
        this.out = out;
        this.quoting = quoting;
    }

    /** A writer of UTF-8 bytes to {@code out}, buffered: {@link #flush()} when done. */
    public static CsvWriter utf8(OutputStream out, Quoting quoting) {
        return new CsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), quoting);
    }

    /**
     * Writes the headings, then each row through the columns, and flushes: the whole CSV of a list, streamed.
     *
     * @throws UncheckedIOException when writing fails
     */
    public static <T> void write(OutputStream out, Quoting quoting, List<Column<T>> columns, Iterable<T> rows) {
        CsvWriter csv = utf8(out, quoting);
        csv.row(columns.stream().map(Column::heading).toList());
        for (T row : rows) {
            csv.row(columns.stream().map(column -> column.of(row)).toList());
        }
        csv.flush();
    }

    /** Writes the headings of {@code columns}: the first row of a CSV streamed row by row. */
    public <T> CsvWriter headings(List<Column<T>> columns) {
        return row(columns.stream().map(Column::heading).toList());
    }

    /** Writes one row through {@code columns}, text neutralised as {@link #write} does. */
    public <T> CsvWriter row(List<Column<T>> columns, T row) {
        return row(columns.stream().map(column -> column.of(row)).toList());
    }

    /** Writes one row of cells, as they are: neutralising text is the caller's part here. */
    public CsvWriter row(List<?> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                Object cell = cells.get(i);
                if (cell != null) {
                    field(cell.toString(), i == 0);
                }
            }
            out.write("\r\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CsvWriter row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void field(String text, boolean first) throws IOException {
        if (quoted(text, first)) {
            out.write('"');
            out.write(text.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(text);
        }
    }

    private boolean quoted(String text, boolean first) {
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            return true;
        }
        if (quoting == Quoting.REQUIRED) {
            return false;
        }
        if (text.isEmpty()) {
            return first;
        }
        return text.charAt(0) <= '#' || text.charAt(text.length() - 1) <= ' ';
    }
}
