package org.portverify.domain.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;

/**
 * Which default earns which penalty, in USD with two decimals. The agreement publishes only the range, $50,000 to
 * $200,000 per default ({@link CooperativeAgreement#PENALTY_MIN}, {@link CooperativeAgreement#PENALTY_MAX}); every
 * amount of a schedule is checked against it when the schedule is built, so a run can never charge outside it.
 *
 * <p>A schedule is a list of amounts by <em>escalation level</em>: level 0 is the first charge for a rule (a
 * milestone or a plan deadline), level {@code n} the charge after {@code n} earlier charges for the same rule (a
 * continuing or repeated default); levels past the end of the list pay its last amount, the cap.
 *
 * <p>{@link #assumed()} is an <strong>ASSUMPTION</strong>, not the agreement's text: replace it with a new rules
 * version when the executed agreement's penalty terms are loaded.
 */
public final class PenaltySchedule {

    /** What happens to a default that is still uncured when a later reporting year is verified. */
    public enum Continuing {
        /** A default is charged once, however long it lasts. */
        CHARGED_ONCE,
        /** An uncured default (still MISSED) is charged again in each later reporting year that finds it. */
        CHARGED_EACH_REPORTING_YEAR
    }

    private static final BigDecimal STEP_ASSUMED = new BigDecimal("50000.00");

    private final List<BigDecimal> amountsByLevel;
    private final Continuing continuing;

    private PenaltySchedule(List<BigDecimal> amountsByLevel, Continuing continuing) {
        this.amountsByLevel = List.copyOf(amountsByLevel);
        this.continuing = Objects.requireNonNull(continuing, "continuing");
    }

    /**
     * ASSUMPTION until the executed agreement is loaded: $50,000 for the first charge of a rule, $50,000 more for
     * each further charge of the same rule (a repeat, or each later reporting year a default stays uncured), capped
     * at $200,000: 50,000, 100,000, 150,000, 200,000, 200,000, ...
     */
    public static PenaltySchedule assumed() {
        return escalating(CooperativeAgreement.PENALTY_MIN, STEP_ASSUMED, CooperativeAgreement.PENALTY_MAX,
                Continuing.CHARGED_EACH_REPORTING_YEAR);
    }

    /**
     * {@code first}, then {@code first + step}, {@code first + 2 step}, ... up to {@code cap}, which is the last
     * level. A step of 0 is a flat penalty.
     *
     * @throws RuleViolation PV-2010 when {@code first} or {@code cap} is outside the agreement's range, PV-2011 when an
     *                       amount is negative or has fractions of a cent, PV-2012 when {@code cap} is below
     *                       {@code first}
     */
    public static PenaltySchedule escalating(BigDecimal first, BigDecimal step, BigDecimal cap, Continuing continuing) {
        BigDecimal from = inRange("first amount", first);
        BigDecimal to = inRange("cap", cap);
        BigDecimal increment = cents("step", step);
        if (to.compareTo(from) < 0) {
            throw new RuleViolation(ErrorCode.PENALTY_SCHEDULE_DECREASES, 1, to.toPlainString(), 0,
                    from.toPlainString());
        }
        List<BigDecimal> amounts = new ArrayList<>();
        amounts.add(from);
        if (increment.signum() > 0) {
            for (BigDecimal next = from.add(increment); amounts.get(amounts.size() - 1).compareTo(to) < 0;
                    next = next.add(increment)) {
                amounts.add(next.min(to));
            }
        }
        return new PenaltySchedule(amounts, continuing);
    }

    /**
     * An explicit list of amounts by escalation level, for a schedule that is not a constant step.
     *
     * @throws RuleViolation PV-2013 when the list is empty, PV-2010 when an amount is outside the agreement's range,
     *                       PV-2011 when an amount has fractions of a cent, PV-2012 when a level pays less than the
     *                       one before
     */
    public static PenaltySchedule of(List<BigDecimal> amountsByLevel, Continuing continuing) {
        if (amountsByLevel == null || amountsByLevel.isEmpty()) {
            throw new RuleViolation(ErrorCode.PENALTY_SCHEDULE_EMPTY);
        }
        List<BigDecimal> amounts = new ArrayList<>();
        for (int level = 0; level < amountsByLevel.size(); level++) {
            BigDecimal amount = inRange("level " + level, amountsByLevel.get(level));
            if (level > 0 && amount.compareTo(amounts.get(level - 1)) < 0) {
                throw new RuleViolation(ErrorCode.PENALTY_SCHEDULE_DECREASES, level, amount.toPlainString(),
                        level - 1, amounts.get(level - 1).toPlainString());
            }
            amounts.add(amount);
        }
        return new PenaltySchedule(amounts, continuing);
    }

    /** The penalty for a charge with {@code level} earlier charges of the same rule; the cap beyond the list. */
    public BigDecimal amount(int level) {
        if (level < 0) {
            throw new IllegalArgumentException("An escalation level is 0 or more: " + level);
        }
        return amountsByLevel.get(Math.min(level, amountsByLevel.size() - 1));
    }

    /** The amounts of levels 0, 1, ...; the last one also applies to every later level. */
    public List<BigDecimal> amountsByLevel() {
        return amountsByLevel;
    }

    public Continuing continuing() {
        return continuing;
    }

    private static BigDecimal inRange(String what, BigDecimal amount) {
        BigDecimal value = cents(what, amount);
        if (value.compareTo(CooperativeAgreement.PENALTY_MIN) < 0
                || value.compareTo(CooperativeAgreement.PENALTY_MAX) > 0) {
            throw new RuleViolation(ErrorCode.PENALTY_OUT_OF_RANGE, what, value.toPlainString(),
                    CooperativeAgreement.PENALTY_MIN.toPlainString(), CooperativeAgreement.PENALTY_MAX.toPlainString());
        }
        return value;
    }

    /** USD in whole cents, scale 2, so that sums and equality never depend on how an amount was written. */
    private static BigDecimal cents(String what, BigDecimal amount) {
        if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation(ErrorCode.PENALTY_NOT_AN_AMOUNT, what,
                    amount == null ? "missing" : amount.toPlainString());
        }
        return amount.setScale(2);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PenaltySchedule that && amountsByLevel.equals(that.amountsByLevel)
                && continuing == that.continuing;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amountsByLevel, continuing);
    }

    @Override
    public String toString() {
        return "PenaltySchedule" + amountsByLevel + " " + continuing;
    }
}
