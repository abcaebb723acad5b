package org.portverify.reports;

import java.util.Objects;

/**
 * One claim a port states in its package, as the run compared it, display-ready.
 *
 * @param entity     the port that states it, e.g. "Port of Los Angeles"
 * @param claim      what it is about and where, e.g. "POLA DPM 2025 change vs 2005 (claims.csv line 2)"
 * @param claimed    as published, e.g. "-90 %"
 * @param recomputed the engine's figure, e.g. "-93.6 %", or "n/a"
 * @param outcome    e.g. "Confirmed", "Misstated", "Not recomputable (PV-3006)"
 */
public record ClaimRow(String entity, String claim, String claimed, String recomputed, String outcome) {

    public ClaimRow {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(claimed, "claimed");
        Objects.requireNonNull(recomputed, "recomputed");
        Objects.requireNonNull(outcome, "outcome");
    }
}
