package org.portverify.interfaces.rest;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.portverify.reports.tables.CsvWriter;
import org.portverify.reports.tables.CsvWriter.Column;

/**
 * A list as a CSV attachment, streamed row by row through the {@link CsvWriter}. The rows are read before the answer
 * starts, so that a refusal (an unknown run, another port) is still an error answer and not a cut file.
 */
final class CsvDownload {

    private CsvDownload() {
    }

    static <T> Response of(String fileName, List<Column<T>> columns, List<T> rows) {
        return Response.ok(body(columns, rows), CsvWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /**
     * Rows handed over one at a time while the answer is written (a validation report of any length): memory does not
     * grow with the rows. Whatever may refuse the request must be checked before.
     */
    static <T> Response streamed(String fileName, List<Column<T>> columns, Consumer<Consumer<T>> rows) {
        StreamingOutput body = out -> {
            try {
                CsvWriter csv = CsvWriter.utf8(out, CsvWriter.Quoting.CAUTIOUS).headings(columns);
                rows.accept(row -> csv.row(columns, row));
                csv.flush();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
        return Response.ok(body, CsvWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /**
     * Cautious quoting: these files were written with Commons CSV's RFC 4180 format (minimal quoting) and keep its
     * bytes.
     */
    static <T> StreamingOutput body(List<Column<T>> columns, List<T> rows) {
        return out -> {
            try {
                CsvWriter.write(out, CsvWriter.Quoting.CAUTIOUS, columns, rows);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
    }
}
