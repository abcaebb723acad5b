package org.portverify.domain.verification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.portverify.domain.submission.ClaimMeasure;
import org.portverify.domain.model.Arithmetic;

/**
 * One claimed figure against the figure the engine recomputes from the accepted package. A claim is read as it is
 * written: "-93" claims a whole percent, "-93.6" a tenth, so each is confirmed by the recomputed figure rounded
 * half-up (away from zero, as the ports publish) to as many decimals as the claim has.
 *
 * @param outcome    how the claim compares
 * @param claimed    the claim as written: percent for the changes (-93 = -93 %), tons otherwise
 * @param recomputed the engine's figure in the claim's unit (percent, not a fraction, for the changes), unrounded;
 *                   null when {@link ClaimOutcome#NOT_RECOMPUTABLE}
 * @param difference {@code claimed - recomputed}: percentage points for the changes, tons otherwise; null when
 *                   not recomputable
 * @param reasonCode why the engine has no figure, e.g. {@code PV-3001}; null when it has one
 */
public record ClaimComparison(ClaimOutcome outcome, BigDecimal claimed, BigDecimal recomputed, BigDecimal difference,
                              String reasonCode) {

    public ClaimComparison {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(claimed, "claimed");
        boolean recomputable = outcome != ClaimOutcome.NOT_RECOMPUTABLE;
        if (recomputable != (recomputed != null) || recomputable != (difference != null)
                || recomputable == (reasonCode != null)) {
            throw new IllegalArgumentException("A " + outcome.displayName() + " claim has "
                    + (recomputable ? "a recomputed figure and a difference, and no reason code"
                    : "a reason code, and no recomputed figure or difference"));
        }
    }

    /**
     * Compares {@code claimed} with {@code recomputed}: for the changes the signed change as a fraction, negative
     * when emissions fell (the negation of a stored reduction: -0.936... for -93.6 %), for tons measures in tons.
     * Confirmed when the recomputed figure rounds to the claim; else within rounding when the difference is within
     * {@code materiality} (percentage points, or relative to the recomputed tons, bounds included); else misstated.
     * Recomputed tons of zero leave no relative difference: only a claim of zero matches them.
     */
    public static ClaimComparison compare(ClaimMeasure measure, BigDecimal claimed, BigDecimal recomputed,
                                          Materiality materiality) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(claimed, "claimed");
        Objects.requireNonNull(recomputed, "recomputed");
        Objects.requireNonNull(materiality, "materiality");
        BigDecimal figure = measure.percentage() ? recomputed.movePointRight(2) : recomputed;
        BigDecimal difference = claimed.subtract(figure);
        ClaimOutcome outcome;
        if (figure.setScale(Math.max(claimed.scale(), 0), RoundingMode.HALF_UP).compareTo(claimed) == 0) {
            outcome = ClaimOutcome.CONFIRMED;
        } else if (measure.percentage() ? withinPoints(difference, materiality)
                : withinRelative(difference, figure, materiality)) {
            outcome = ClaimOutcome.WITHIN_ROUNDING;
        } else {
            outcome = ClaimOutcome.MISSTATED;
        }
        return new ClaimComparison(outcome, claimed, figure, difference, null);
    }

    /** A claim the engine has no figure for, with the code that says why (e.g. {@code PV-3001}, no 2005 baseline). */
    public static ClaimComparison notRecomputable(BigDecimal claimed, String reasonCode) {
        return new ClaimComparison(ClaimOutcome.NOT_RECOMPUTABLE, claimed, null, null,
                Objects.requireNonNull(reasonCode, "reasonCode"));
    }

    /**
     * The difference relative to the recomputed tons, as a fraction (0.04 = 4 %) of its size; null when the
     * recomputed figure is zero or missing, where no relative difference exists.
     */
    public BigDecimal relativeDifference() {
        if (recomputed == null || recomputed.signum() == 0) {
            return null;
        }
        return difference.abs().divide(recomputed.abs(), Arithmetic.CONTEXT);
    }

    private static boolean withinPoints(BigDecimal difference, Materiality materiality) {
        return difference.abs().compareTo(materiality.percentagePoints()) <= 0;
    }

    private static boolean withinRelative(BigDecimal difference, BigDecimal tons, Materiality materiality) {
        if (tons.signum() == 0) {
            return difference.signum() == 0;
        }
        return difference.abs().divide(tons.abs(), Arithmetic.CONTEXT).compareTo(materiality.relativeTons()) <= 0;
    }

    /** The claim as the report shows it: "-90 %", "1200 tons". */
    public String claimedShown(ClaimMeasure measure) {
        return claimed.toPlainString() + " " + unit(measure);
    }

    /** The recomputed figure as the report shows it: "-93.6 %", "1000.5 tons"; "n/a" when not recomputable. */
    public String recomputedShown(ClaimMeasure measure) {
        if (recomputed == null) {
            return "n/a";
        }
        return (measure.percentage() ? oneDecimal(recomputed) : tons(recomputed)) + " " + unit(measure);
    }

    /** "%" for the changes; for tons measures their name, e.g. "tons per 10,000 TEU". */
    static String unit(ClaimMeasure measure) {
        return measure.percentage() ? "%" : measure.displayName();
    }

    static String oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Three decimals, trailing zeros dropped, as the package rules show tons: 88.652, 1000. */
    static String tons(BigDecimal value) {
        return value.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
