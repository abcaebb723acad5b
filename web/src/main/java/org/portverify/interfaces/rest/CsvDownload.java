package org.portverify.interfaces.rest;

import java.io.UncheckedIOException;
import java.util.List;

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
