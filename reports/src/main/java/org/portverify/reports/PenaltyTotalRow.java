package org.portverify.reports;

import java.util.Objects;

/**
 * Penalties paid into the Clean Air Mitigation Fund, per port and for both ports, display-ready.
 * The table prints the last row (normally the fund's total) in bold.
 *
 * @param port     e.g. "Port of Los Angeles", "Port of Long Beach", "Clean Air Mitigation Fund (both ports)"
 * @param thisYear the penalties charged for the reporting year of the run, e.g. "$100,000"
 * @param toDate   the penalties charged since the start of the agreement, e.g. "$300,000"
 */
public record PenaltyTotalRow(String port, String thisYear, String toDate) {

    public PenaltyTotalRow {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(thisYear, "thisYear");
        Objects.requireNonNull(toDate, "toDate");
    }
}
