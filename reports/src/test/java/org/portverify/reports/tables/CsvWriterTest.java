package org.portverify.reports.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.portverify.reports.tables.CsvWriter.Column;
import org.portverify.reports.tables.CsvWriter.Quoting;

class CsvWriterTest {

    private static String row(Quoting quoting, Object... cells) {
        StringWriter out = new StringWriter();
        new CsvWriter(out, quoting).row(cells).flush();
        return out.toString();
    }

    @Test
    void requiredQuotingQuotesOnlyCommasQuotesAndLineBreaks() {
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n",
                row(Quoting.REQUIRED, "a", "b,c", "say \"hi\"", "two\nlines", "cr\rhere"));
        assertEquals(",#x, lead,trail ,!x,\r\n", row(Quoting.REQUIRED, "", "#x", " lead", "trail ", "!x", null));
    }

    @Test
    void cautiousQuotingAlsoQuotesOddStartsAndEndsAndAnEmptyFirstField() {
        assertEquals("\"\",\"#x\",\" lead\",\"trail \",\"!x\",,\"\tx\",$x,x\ty\r\n",
                row(Quoting.CAUTIOUS, "", "#x", " lead", "trail ", "!x", null, "\tx", "$x", "x\ty"));
        // only the first field's emptiness is quoted; a null first field stays empty
        assertEquals("a,\r\n", row(Quoting.CAUTIOUS, "a", ""));
        assertEquals(",a\r\n", row(Quoting.CAUTIOUS, null, "a"));
        assertEquals("\"x,y\",\"x\"\"y\"\r\n", row(Quoting.CAUTIOUS, "x,y", "x\"y"));
    }

    @Test
    void cellsAreTheirTextAndFiguresAreTheCallersToFormat() {
        assertEquals("2025,POLA,1E+3,0.5\r\n", row(Quoting.REQUIRED, 2025, Scope.POLA,
                new java.math.BigDecimal("1E+3"), 0.5));
    }

    private enum Scope { POLA }

    private record Figure(String label, Integer year, String note) {
    }

    @Test
    void columnsGiveHeadingsAndNeutraliseOnlyTheirTextCells() {
        List<Column<Figure>> columns = List.of(Column.value("label", Figure::label), Column.value("year", Figure::year),
                Column.text("note", Figure::note));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvWriter.write(bytes, Quoting.CAUTIOUS, columns, List.of(new Figure("-1E-5", 2024, "=SUM(A1)"),
                new Figure("São", null, null), new Figure("x", 2025, "-90%")));
        assertEquals("label,year,note\r\n-1E-5,2024,'=SUM(A1)\r\nSão,,\r\nx,2025,-90%\r\n",
                bytes.toString(StandardCharsets.UTF_8));
        // UTF-8 without byte order mark
        assertEquals('l', bytes.toByteArray()[0]);
    }

    /** A long list reaches the stream while its rows are still being read: the CSV is never held whole. */
    @Test
    void rowsAreStreamedNotCollectedFirst() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicInteger produced = new AtomicInteger();
        AtomicInteger writtenBeforeTheLastRow = new AtomicInteger(-1);
        Iterable<Integer> rows = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return produced.get() < 10_000;
            }

            @Override
            public Integer next() {
                if (produced.get() == 9_999) {
                    writtenBeforeTheLastRow.set(bytes.size());
                }
                return produced.incrementAndGet();
            }
        };
        CsvWriter.write(bytes, Quoting.REQUIRED, List.of(Column.<Integer>value("n", n -> n)), rows);
        assertTrue(writtenBeforeTheLastRow.get() > 40_000, "bytes written before the last row: "
                + writtenBeforeTheLastRow.get());
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\r\n9999\r\n10000\r\n"));
    }

    @Test
    void aFailingStreamIsAnUncheckedIoException() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThrows(UncheckedIOException.class, () -> CsvWriter.write(broken, Quoting.REQUIRED,
                List.of(Column.<String>value("a", s -> s)), List.of("x")));
    }
}
