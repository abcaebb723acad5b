package org.portverify.domain.submission;

import org.portverify.domain.model.Coded;

/**
 * What a port's headline claim states, as the claims file spells it. The four changes are percentages as published
 * (-93 means emissions fell 93 %), signed like the board tables: negative when emissions fell. The engine stores
 * reductions the other way round (positive when emissions fell), so a stored reduction is negated before it is
 * compared.
 */
public enum ClaimMeasure implements Coded {
    CHANGE_VS_2005(true, "change vs 2005"),
    CHANGE_VS_2017(true, "change vs 2017"),
    EFFICIENCY_CHANGE_VS_2005(true, "tons per 10,000 TEU change vs 2005"),
    EFFICIENCY_CHANGE_VS_2017(true, "tons per 10,000 TEU change vs 2017"),
    /** Tons per year in the pollutant's reporting unit (short tons, or metric tons for greenhouse gases). */
    TONS(false, "tons"),
    TONS_PER_10000_TEU(false, "tons per 10,000 TEU");

    private final boolean percentage;
    private final String displayName;

    ClaimMeasure(boolean percentage, String displayName) {
        this.percentage = percentage;
        this.displayName = displayName;
    }

    /** The code is the constant's name: the claims file spells the measure as it is named here. */
    @Override
    public String code() {
        return name();
    }

    /** Whether the claim is a percentage (compared in percentage points) rather than tons (compared relatively). */
    public boolean percentage() {
        return percentage;
    }

    public String displayName() {
        return displayName;
    }
}
