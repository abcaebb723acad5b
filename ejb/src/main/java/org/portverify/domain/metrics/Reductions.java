package org.portverify.domain.metrics;

import java.math.BigDecimal;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Arithmetic;

/**
 * The CAAP formulas. Every division is guarded: a zero denominator is a {@link RuleViolation} with a stable code,
 * never a NaN or an infinity.
 */
public final class Reductions {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Reductions() {
    }

    /** Reduction vs the baseline: {@code r = (E_base - E_y) / E_base}; positive when emissions fell. */
    public static BigDecimal reduction(BigDecimal baseline, BigDecimal current) {
        if (baseline.signum() == 0) {
            throw new RuleViolation(ErrorCode.BASELINE_ZERO);
        }
        return baseline.subtract(current).divide(baseline, Arithmetic.CONTEXT);
    }

    /** Emissions efficiency: {@code eff = E / (TEU / 10,000)}, tons per 10,000 TEU. */
    public static BigDecimal tonsPer10kTeu(BigDecimal tons, long teu, int dataYear) {
        if (teu <= 0) {
            throw new RuleViolation(ErrorCode.THROUGHPUT_ZERO, dataYear);
        }
        return tons.multiply(TEN_THOUSAND).divide(BigDecimal.valueOf(teu), Arithmetic.CONTEXT);
    }

    /** Efficiency reduction: {@code 1 - eff_y / eff_base}, equivalently {@code 1 - (1 - r) / (1 + g)}. */
    public static BigDecimal efficiencyReduction(BigDecimal baselineEfficiency, BigDecimal efficiency) {
        return reduction(baselineEfficiency, efficiency);
    }
}
