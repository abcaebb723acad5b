package org.portverify.domain.verification;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far a claim may be from the recomputed figure before it is misstated: percentage points for the changes
 * (a claimed -93 % against a recomputed -93.6 % is 0.6 pp off), a fraction of the recomputed figure for tons (1040
 * against 1000 is 4 % off). Ports round their headlines, and a regulator should not refuse a year over a rounding.
 *
 * <p>Values are kept without trailing zeros, so that {@code 1pp} and {@code 1.0pp} are the same setting.
 *
 * @param percentagePoints largest difference in percentage points that is within rounding, e.g. 1
 * @param relativeTons     largest difference relative to the recomputed tons that is within rounding, as a fraction
 *                         (0.05 = 5 %)
 */
public record Materiality(BigDecimal percentagePoints, BigDecimal relativeTons) {

    /** 1 percentage point, 5 % of the tons: written {@code 1pp,5%}. */
    public static final Materiality DEFAULT = new Materiality(BigDecimal.ONE, new BigDecimal("0.05"));

    private static final Pattern SETTING =
            Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*pp\\s*,\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*");

    public Materiality {
        if (percentagePoints == null || relativeTons == null) {
            throw new IllegalArgumentException("Materiality needs both percentage points and a share of the tons");
        }
        if (percentagePoints.signum() < 0 || relativeTons.signum() < 0) {
            throw new IllegalArgumentException("Materiality cannot be negative: " + percentagePoints.toPlainString()
                    + " pp, " + relativeTons.toPlainString() + " of the tons");
        }
        percentagePoints = percentagePoints.stripTrailingZeros();
        relativeTons = relativeTons.stripTrailingZeros();
    }

    /**
     * The setting as written: percentage points, then percent of the tons, e.g. {@code 1pp,5%} or {@code 1.5pp,
     * 2.5%}; blanks are ignored. Anything else (a sign, a missing unit, another order) is refused.
     */
    public static Materiality parse(String text) {
        Matcher m = SETTING.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("Materiality '" + text + "' is invalid: write percentage points, then"
                    + " percent of the tons, e.g. 1pp,5%");
        }
        return new Materiality(new BigDecimal(m.group(1)), new BigDecimal(m.group(2)).movePointLeft(2));
    }

    /** The setting as {@link #parse} reads it: {@code 1pp,5%}. */
    public String text() {
        return percentagePoints.toPlainString() + "pp," + relativeTons.movePointRight(2).toPlainString() + "%";
    }
}
