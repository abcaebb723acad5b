package org.portverify.domain.metrics.trend;

import java.util.Objects;

/**
 * A value a series should reach, in the series' own unit: at or below it (tons, tons per 10,000 TEU) or at or above
 * it (a reduction, a zero-emission share), optionally by a deadline year.
 */
public record Goal(double value, Direction direction, Integer deadlineYear) {

    public enum Direction {
        AT_OR_BELOW,
        AT_OR_ABOVE
    }

    public Goal {
        Objects.requireNonNull(direction, "direction");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("A goal needs a finite value, not " + value);
        }
    }

    public static Goal atOrBelow(double value) {
        return new Goal(value, Direction.AT_OR_BELOW, null);
    }

    public static Goal atOrAbove(double value) {
        return new Goal(value, Direction.AT_OR_ABOVE, null);
    }

    public Goal by(int year) {
        return new Goal(value, direction, year);
    }

    public boolean isMetBy(double observed) {
        return direction == Direction.AT_OR_BELOW ? observed <= value : observed >= value;
    }

    /** +1 when the series must rise to the goal, -1 when it must fall. */
    int towards() {
        return direction == Direction.AT_OR_ABOVE ? 1 : -1;
    }
}
