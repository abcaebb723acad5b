package org.portverify.reports;

import java.util.Objects;

/**
 * A default charged by the run: one line of the defaults and penalties table, display-ready.
 *
 * @param port        the port, e.g. "POLB"
 * @param rule        what was defaulted on: a milestone id (e.g. "POLB-P1-01") or a plan deadline
 *                    (e.g. "Phase 1 approved plan, drayage")
 * @param dueDate     the due date of the default, e.g. "2025-12-15"
 * @param statusFound the status found as of the report's date, e.g. "Missed", "Completed late"
 * @param charge      {@code FIRST}, {@code REPEAT} or {@code CONTINUING}
 * @param amount      the penalty charged, e.g. "$50,000"
 */
public record DefaultRow(String port, String rule, String dueDate, String statusFound, String charge, String amount) {

    public DefaultRow {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(statusFound, "statusFound");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(amount, "amount");
    }
}
