package org.portverify.domain.verification;

/**
 * How a claimed figure compares with the recomputed one. Only a misstatement stands against the port's year; a
 * figure the engine cannot recompute is a finding, since the regulator cannot confirm it either.
 */
public enum ClaimOutcome {
    /** The recomputed figure, rounded as the claim is written, is the claim. */
    CONFIRMED("confirmed"),
    /** Not the claim when rounded, but within the materiality: a difference nobody should act on. */
    WITHIN_ROUNDING("within rounding"),
    /** Beyond the materiality. */
    MISSTATED("misstated"),
    /** The engine has no figure to compare with, e.g. no 2005 baseline (PV-3001). */
    NOT_RECOMPUTABLE("not recomputable");

    private final String displayName;

    ClaimOutcome(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
