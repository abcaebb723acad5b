package org.portverify.domain.metrics.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.metrics.goals.ZeroEmissionShare.Status;
import org.portverify.domain.metrics.trend.Goal;
import org.portverify.domain.metrics.trend.GoalProjection;
import org.portverify.domain.metrics.trend.Trend;
import org.portverify.domain.metrics.trend.TrendOptions;
import org.portverify.domain.metrics.trend.YearValue;
import org.portverify.domain.model.Arithmetic;
import org.portverify.domain.model.Port;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.submission.FleetFigure;

/**
 * Zero-emission shares from the submitted fleet figures: per port and for San Pedro Bay (units of both ports summed,
 * only where both report the category and year, as for tons), per source category and data year.
 */
public final class ZeroEmissionShares {

    /** The accepted fleet figures of one port's current submission. */
    public record PortFleet(Port port, Collection<FleetFigure> figures) {
    }

    private record Key(Scope scope, SourceCategory category, int dataYear) {
    }

    private record Units(long ze, long total) {
        Units plus(Units other) {
            return new Units(ze + other.ze, total + other.total);
        }
    }

    private static final Comparator<Key> KEY_ORDER = Comparator.comparing(Key::scope).thenComparing(Key::category)
            .thenComparingInt(Key::dataYear);

    private ZeroEmissionShares() {
    }

    /** Every share, in {@link ZeroEmissionShare#ORDER}, whatever the order of the input rows. */
    public static List<ZeroEmissionShare> compute(Collection<PortFleet> fleets) {
        SortedMap<Key, Units> units = new TreeMap<>(KEY_ORDER);
        for (PortFleet fleet : fleets) {
            Scope scope = Scope.of(fleet.port());
            for (FleetFigure f : fleet.figures()) {
                units.merge(new Key(scope, f.getCategory(), f.getDataYear()),
                        new Units(f.getZeUnits(), f.getTotalUnits()), Units::plus);
            }
        }
        SortedMap<Key, Units> combined = new TreeMap<>(KEY_ORDER);
        units.forEach((key, pola) -> {
            if (key.scope() == Scope.POLA) {
                Units polb = units.get(new Key(Scope.POLB, key.category(), key.dataYear()));
                if (polb != null) {
                    combined.put(new Key(Scope.SAN_PEDRO_BAY, key.category(), key.dataYear()), pola.plus(polb));
                }
            }
        });
        units.putAll(combined);
        List<ZeroEmissionShare> shares = new ArrayList<>(units.size());
        units.forEach((key, u) -> shares.add(share(key, u)));
        return shares;
    }

    private static ZeroEmissionShare share(Key key, Units units) {
        ZeroEmissionGoal goal = ZeroEmissionGoal.of(key.category()).orElse(null);
        if (units.total() <= 0) {
            return new ZeroEmissionShare(key.scope(), key.category(), key.dataYear(), units.ze(), units.total(), null,
                    goal, Status.NO_DATA, null, null, null, ErrorCode.FLEET_TOTAL_ZERO.code());
        }
        BigDecimal share = BigDecimal.valueOf(units.ze()).divide(BigDecimal.valueOf(units.total()),
                Arithmetic.CONTEXT);
        BigDecimal gap = BigDecimal.ONE.subtract(share);
        if (goal == null) {
            return new ZeroEmissionShare(key.scope(), key.category(), key.dataYear(), units.ze(), units.total(),
                    share, null, Status.NO_GOAL, null, gap, null, null);
        }
        if (units.ze() >= units.total()) {
            return new ZeroEmissionShare(key.scope(), key.category(), key.dataYear(), units.ze(), units.total(),
                    share, goal, Status.GOAL_MET, null, gap, null, null);
        }
        int yearsToGoal = goal.year() - key.dataYear();
        if (yearsToGoal <= 0) {
            return new ZeroEmissionShare(key.scope(), key.category(), key.dataYear(), units.ze(), units.total(),
                    share, goal, Status.GOAL_MISSED, null, gap, null, null);
        }
        BigDecimal perYear = gap.divide(BigDecimal.valueOf(yearsToGoal), Arithmetic.CONTEXT);
        return new ZeroEmissionShare(key.scope(), key.category(), key.dataYear(), units.ze(), units.total(), share,
                goal, Status.IN_PROGRESS, yearsToGoal, gap, perYear, null);
    }

    /** The trend of one scope and category's shares (rows without a share are not points). */
    public static Trend trend(Collection<ZeroEmissionShare> shares, Scope scope, SourceCategory category,
                              TrendOptions options) {
        return Trend.fit(shares.stream().filter(s -> s.scope() == scope && s.category() == category
                && s.share() != null).map(s -> YearValue.of(s.dataYear(), s.share())).toList(), options);
    }

    /**
     * When that trend reaches 100% zero-emission, with the goal year as deadline ({@link GoalProjection#byDeadline()}
     * says whether the goal is met on time). Empty for a category without a goal.
     */
    public static Optional<GoalProjection> projection(Collection<ZeroEmissionShare> shares, Scope scope,
                                                      SourceCategory category, TrendOptions options) {
        return ZeroEmissionGoal.of(category).map(goal -> trend(shares, scope, category, options)
                .project(Goal.atOrAbove(1).by(goal.year())));
    }
}
