package org.portverify.domain.model;

import java.math.BigDecimal;

/**
 * Units a figure may be submitted in. Conversions are explicit and exact: 1 short ton = 0.90718474 metric tons
 * (2,000 lb at 0.45359237 kg/lb).
 */
public enum MassUnit implements Coded {
    SHORT_TONS("short_tons", "short tons"),
    METRIC_TONS("metric_tons", "metric tons");

    static final BigDecimal METRIC_TONS_PER_SHORT_TON = new BigDecimal("0.90718474");

    private final String code;
    private final String displayName;

    MassUnit(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    @Override
    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    /** Converts a value in this unit into {@code target}; exact for SHORT_TONS to METRIC_TONS. */
    public BigDecimal convert(BigDecimal value, MassUnit target) {
        if (this == target) {
            return value;
        }
        if (this == SHORT_TONS) {
            return value.multiply(METRIC_TONS_PER_SHORT_TON);
        }
        return value.divide(METRIC_TONS_PER_SHORT_TON, Arithmetic.CONTEXT);
    }
}
