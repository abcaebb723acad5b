package org.portverify.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A copy of record: what a port certified, display-ready. The application decides the wording; the renderer lays it
 * out (title, a line per fact, the statement signed) as a tagged PDF/A-1a that the same receipt always renders to the
 * same bytes.
 *
 * @param title           e.g. "Copy of record: POLA 2026, version 3"
 * @param lines           the facts, in order
 * @param statement       the certification statement's text as signed
 * @param date            the PDF's creation date (the day of signing: no clock)
 * @param softwareVersion written to the PDF's metadata
 */
public record Receipt(String title, List<Line> lines, String statement, LocalDate date, String softwareVersion) {

    /** One fact; {@code code} sets it in a monospaced font (digests, signatures). */
    public record Line(String label, String value, boolean code) {

        public Line {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    public Receipt {
        Objects.requireNonNull(title, "title");
        lines = List.copyOf(lines);
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(softwareVersion, "softwareVersion");
    }
}
