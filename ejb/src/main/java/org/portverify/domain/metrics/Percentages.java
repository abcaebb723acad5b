package org.portverify.domain.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How board tables show a fraction: whole percent, rounded half-up (half away from zero, as the ports publish), with
 * its sign. Stored values stay unrounded; only display goes through here.
 */
public final class Percentages {

    private Percentages() {
    }

    /** The fraction as whole percent, half-up: 0.9265 gives 93, -0.735 gives -74. */
    public static int wholePercent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /** A change (negative when emissions fell) as shown in board tables: "-90%", "+4%", "0%". */
    public static String change(BigDecimal fraction) {
        int percent = wholePercent(fraction);
        return (percent > 0 ? "+" : "") + percent + "%";
    }

    /** Percentage points, whole and half-up with their sign, as board tables show a margin: "+13 pp", "-2 pp". */
    public static String points(BigDecimal points) {
        int whole = points.setScale(0, RoundingMode.HALF_UP).intValueExact();
        return (whole > 0 ? "+" : "") + whole + " pp";
    }
}
