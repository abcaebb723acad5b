package org.portverify.reports;

import java.util.Objects;

/**
 * One line of the verification opinion table: a port's opinion and one of its reasons, display-ready. A port with
 * no reason has one line.
 *
 * @param entity  e.g. "Port of Los Angeles"
 * @param opinion "Verified", "Verified with findings" or "Not verified"
 * @param reason  e.g. "Critical inconsistency PV-1220: emissions.csv line 12: PM2.5 of OGV in 2024 ...", or
 *                "No finding."
 */
public record OpinionRow(String entity, String opinion, String reason) {

    public OpinionRow {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(opinion, "opinion");
        Objects.requireNonNull(reason, "reason");
    }
}
