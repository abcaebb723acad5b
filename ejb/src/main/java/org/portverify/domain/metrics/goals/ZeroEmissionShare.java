package org.portverify.domain.metrics.goals;

import java.math.BigDecimal;
import java.util.Comparator;

import org.portverify.domain.metrics.Percentages;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.SourceCategory;

/**
 * The zero-emission share of a scope's fleet in one source category at the end of a data year, and where it stands
 * against the category's CAAP goal.
 *
 * @param share               {@code zeUnits / totalUnits}, or null with {@code issue} when there are no units
 * @param goal                the category's zero-emission goal, or null (no CAAP goal for the category)
 * @param yearsToGoal         {@code goal year - data year} while the goal is ahead, else null
 * @param gap                 {@code 1 - share}: the part of the fleet still to convert
 * @param requiredGainPerYear {@code gap / yearsToGoal}: the average yearly rise of the share (a fraction) that meets
 *                            the goal on time; null unless {@link Status#IN_PROGRESS}
 */
public record ZeroEmissionShare(Scope scope, SourceCategory category, int dataYear, long zeUnits, long totalUnits,
                                BigDecimal share, ZeroEmissionGoal goal, Status status, Integer yearsToGoal,
                                BigDecimal gap, BigDecimal requiredGainPerYear, String issue) {

    public enum Status {
        /** Every unit is zero-emission. */
        GOAL_MET,
        /** Before the goal year, not all units zero-emission yet. */
        IN_PROGRESS,
        /** The goal year has come and not all units are zero-emission. */
        GOAL_MISSED,
        /** The category has no CAAP zero-emission goal; the share is informative. */
        NO_GOAL,
        /** No units at all (PV-3011): the share is undefined. */
        NO_DATA
    }

    /** Scope, category, data year. */
    public static final Comparator<ZeroEmissionShare> ORDER = Comparator.comparing(ZeroEmissionShare::scope)
            .thenComparing(ZeroEmissionShare::category).thenComparingInt(ZeroEmissionShare::dataYear);

    /** The share as board tables show it ("20%"), or "n/a". */
    public String displayShare() {
        return share == null ? "n/a" : Percentages.wholePercent(share) + "%";
    }
}
