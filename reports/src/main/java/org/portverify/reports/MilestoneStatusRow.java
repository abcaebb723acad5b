package org.portverify.reports;

import java.util.Objects;

/**
 * One row of the Cooperative Agreement status table: a project milestone or a plan deadline of one
 * port, with its status as of the report's date, display-ready.
 *
 * @param port          the port, e.g. "POLA"
 * @param phase         the agreement phase, e.g. "1"
 * @param category      the source category, e.g. "Drayage"
 * @param item          the milestone id (e.g. "POLB-P1-01"), or the plan for a plan deadline the port
 *                      reported nothing for (e.g. "Approved plan")
 * @param title         the milestone's title
 * @param dueDate       the due date, e.g. "2025-12-15"
 * @param completedDate the completion date, or {@code ""} when none is known as of the report's date
 * @param status        e.g. "Completed on time", "Completed late", "Missed", "Excused", "Due soon",
 *                      "Not yet due"
 * @param note          the flexibility reference that excuses the row, or {@code ""}
 */
public record MilestoneStatusRow(
        String port,
        String phase,
        String category,
        String item,
        String title,
        String dueDate,
        String completedDate,
        String status,
        String note) {

    public MilestoneStatusRow {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(completedDate, "completedDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
    }
}
